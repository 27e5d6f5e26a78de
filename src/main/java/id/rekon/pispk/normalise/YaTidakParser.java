package id.rekon.pispk.normalise;

import java.util.Map;

/**
 * Reads a Ya/Tidak question ({@code Merokok}, {@code Kartu JKN}, {@code Sedang Hamil}, e-PPGBM
 * {@code ASI Eksklusif}): {@code Y, Ya, Yes, 1, True, Ada, Punya} are {@code true};
 * {@code T, Tidak, Tdk, No, 0, False, Tidak Ada, Belum} are {@code false}. Blank, {@code N}
 * (in the survey "not applicable", which answers neither way) and anything else are
 * {@code null}. Case-insensitive, punctuation ignored. Immutable and thread-safe.
 */
public final class YaTidakParser {

    private static final Map<String, Boolean> WORDS = Map.ofEntries(
            Map.entry("Y", true), Map.entry("YA", true), Map.entry("YES", true), Map.entry("1", true),
            Map.entry("TRUE", true), Map.entry("ADA", true), Map.entry("PUNYA", true),
            Map.entry("T", false), Map.entry("TIDAK", false), Map.entry("TDK", false), Map.entry("NO", false),
            Map.entry("0", false), Map.entry("FALSE", false), Map.entry("TIDAKADA", false),
            Map.entry("TIDAKPUNYA", false), Map.entry("BELUM", false));

    /** @return the answer, or {@code null} when blank or not a yes/no */
    public Boolean parse(String text) {
        return WORDS.get(TextKey.compact(text));
    }
}
