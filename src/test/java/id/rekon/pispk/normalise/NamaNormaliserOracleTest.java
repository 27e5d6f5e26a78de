package id.rekon.pispk.normalise;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@link NamaNormaliser} without patterns on its hot path gives exactly what it gave with them
 * ({@link NamaNormaliserViaRegex}), on real name shapes and random text; the inputs reach both
 * the ASCII loops and the fallback (text still not ASCII once folded).
 */
class NamaNormaliserOracleTest {

    private static final List<String> INPUTS = RandomTexts.samples(5L, 60_000);

    private final NamaNormaliser now = new NamaNormaliser();
    private final NamaNormaliserViaRegex before = new NamaNormaliserViaRegex();

    @Test
    void everyPublicMethodAsBefore() {
        int fast = 0;
        int fallback = 0;
        for (String s : INPUTS) {
            assertThat(now.normalise(s)).as("normalise [%s]", s).isEqualTo(before.normalise(s));
            assertThat(now.normal(s)).as("normal [%s]", s).isEqualTo(before.normal(s));
            assertThat(now.isBayiNyonya(s)).as("isBayiNyonya [%s]", s).isEqualTo(before.isBayiNyonya(s));
            assertThat(now.isTitleOnly(s)).as("isTitleOnly [%s]", s).isEqualTo(before.isTitleOnly(s));
            assertThat(NamaNormaliser.fold(s)).as("fold [%s]", s).isEqualTo(NamaNormaliserViaRegex.fold(s));
            if (TextKey.ascii(TextKey.fold(s))) {
                fast++;
            } else {
                fallback++;
            }
        }
        assertThat(fast).isGreaterThan(20_000);
        assertThat(fallback).isGreaterThan(5_000);
        assertThat(now.normalise(null)).isEqualTo(before.normalise(null));
        assertThat(NamaNormaliser.fold(null)).isEqualTo(NamaNormaliserViaRegex.fold(null));
    }

    @Test
    void apostrophesDroppedAsThePatternDid() {
        for (String s : INPUTS) {
            assertThat(NamaNormaliser.withoutApostrophes(s)).as("[%s]", s)
                    .isEqualTo(s.replaceAll("['\u2018\u2019`\u00B4\u02BC\u02BB]", ""));
        }
    }
}
