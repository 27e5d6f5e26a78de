package id.rekon.pispk.normalise;

import id.rekon.pispk.model.Jawaban;

import java.util.Map;

/**
 * Reads a PIS-PK indicator answer: {@code Y, Ya, Yes, 1} are {@link Jawaban#Y};
 * {@code T, Tidak, Tdk, No, 0} are {@link Jawaban#T}; {@code N, NA, N/A} are {@link Jawaban#N}
 * (not applicable). Case-insensitive, punctuation ignored. Blank, {@code "-"} or anything else
 * is {@code null}: "not asked" is never turned into an answer. Immutable and thread-safe.
 */
public final class JawabanParser {

    private static final Map<String, Jawaban> WORDS = Map.ofEntries(
            Map.entry("Y", Jawaban.Y), Map.entry("YA", Jawaban.Y), Map.entry("YES", Jawaban.Y), Map.entry("1", Jawaban.Y),
            Map.entry("T", Jawaban.T), Map.entry("TIDAK", Jawaban.T), Map.entry("TDK", Jawaban.T),
            Map.entry("NO", Jawaban.T), Map.entry("0", Jawaban.T),
            Map.entry("N", Jawaban.N), Map.entry("NA", Jawaban.N));

    /** @return the answer, or {@code null} when blank or not an answer */
    public Jawaban parse(String text) {
        return WORDS.get(TextKey.compact(text));
    }
}
