package id.rekon.pispk.normalise;

import id.rekon.pispk.model.Sex;

import java.util.Map;
import java.util.Optional;

/**
 * Reads sex as exports write it, case-insensitively and ignoring spaces and punctuation:
 * {@code L, LK, 1, Laki-laki, Laki Laki, Laki2, Pria, M, Male} are {@link Sex#L};
 * {@code P, PR, 2, Perempuan, Wanita, W, F, Female} are {@link Sex#P}. Anything else, or blank,
 * is empty. Immutable and thread-safe.
 */
public final class JenisKelaminParser {

    private static final Map<String, Sex> WORDS = Map.ofEntries(
            Map.entry("L", Sex.L), Map.entry("LK", Sex.L), Map.entry("1", Sex.L), Map.entry("LAKILAKI", Sex.L),
            Map.entry("LAKI", Sex.L), Map.entry("LAKI2", Sex.L), Map.entry("PRIA", Sex.L), Map.entry("M", Sex.L),
            Map.entry("MALE", Sex.L), Map.entry("COWOK", Sex.L),
            Map.entry("P", Sex.P), Map.entry("PR", Sex.P), Map.entry("2", Sex.P), Map.entry("PEREMPUAN", Sex.P),
            Map.entry("WANITA", Sex.P), Map.entry("W", Sex.P), Map.entry("F", Sex.P), Map.entry("FEMALE", Sex.P),
            Map.entry("CEWEK", Sex.P));

    public Optional<Sex> parse(String text) {
        return Optional.ofNullable(WORDS.get(TextKey.compact(text)));
    }
}
