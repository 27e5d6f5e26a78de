package id.rekon.pispk.normalise;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@link TextKey}'s character loops give exactly what the patterns gave ({@link TextKeyViaRegex}),
 * on real shapes and random text, and the inputs reach both the ASCII loop and the fallback.
 */
class TextKeyOracleTest {

    private static final List<String> INPUTS = RandomTexts.samples(20261205L, 60_000);

    @Test
    void foldWordsAndCompactAsBefore() {
        int fast = 0;
        int fallback = 0;
        for (String s : INPUTS) {
            assertThat(TextKey.fold(s)).as("fold [%s]", s).isEqualTo(TextKeyViaRegex.fold(s));
            assertThat(TextKey.words(s)).as("words [%s]", s).isEqualTo(TextKeyViaRegex.words(s));
            assertThat(TextKey.compact(s)).as("compact [%s]", s).isEqualTo(TextKeyViaRegex.compact(s));
            if (TextKey.ascii(TextKey.fold(s))) {
                fast++;
            } else {
                fallback++;
            }
        }
        assertThat(fast).isGreaterThan(20_000);
        assertThat(fallback).isGreaterThan(5_000);
        assertThat(TextKey.fold(null)).isEqualTo(TextKeyViaRegex.fold(null));
        assertThat(TextKey.words(null)).isEqualTo(TextKeyViaRegex.words(null));
    }

    @Test
    void spacedAndLettersAndDigitsWithoutFolding() {
        int fast = 0;
        int fallback = 0;
        for (String s : INPUTS) {
            assertThat(TextKey.spaced(s)).as("spaced [%s]", s)
                    .isEqualTo(s.replaceAll("[^\\p{L}\\p{N}]+", " ").trim());
            assertThat(TextKey.lettersAndDigits(s)).as("lettersAndDigits [%s]", s)
                    .isEqualTo(s.replaceAll("[^\\p{L}\\p{N}]+", ""));
            if (TextKey.ascii(s)) {
                fast++;
            } else {
                fallback++;
            }
        }
        assertThat(fast).isGreaterThan(20_000);
        assertThat(fallback).isGreaterThan(5_000);
    }
}
