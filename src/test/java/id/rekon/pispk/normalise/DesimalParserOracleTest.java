package id.rekon.pispk.normalise;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@link DesimalParser}'s char scan accepts exactly what the pattern accepted
 * ({@link DesimalParserViaRegex}), on real and random text and on many strings of digits, signs
 * and separators, both numbers and not.
 */
class DesimalParserOracleTest {

    private final DesimalParser now = new DesimalParser();
    private final DesimalParserViaRegex before = new DesimalParserViaRegex();

    @Test
    void sameNumberAsBefore() {
        List<String> inputs = new ArrayList<>(RandomTexts.samples(11L, 30_000));
        inputs.addAll(numberish(new Random(4L), 80_000));
        int numbers = 0;
        int notNumbers = 0;
        for (String s : inputs) {
            assertThat(now.parse(s)).as("[%s]", s).isEqualTo(before.parse(s));
            if (before.parse(s) != null) {
                numbers++;
            } else {
                notNumbers++;
            }
        }
        assertThat(numbers).isGreaterThan(20_000);
        assertThat(notNumbers).isGreaterThan(20_000);
        assertThat(now.parse(null)).isNull();
    }

    /** Up to ten characters from digits, signs, separators, blanks, a percent sign and strays. */
    private static List<String> numberish(Random rng, int n) {
        String common = "0123456789012345678901234567890123456789.,.,+-";
        String rare = " \u00A0\u2212%x٣E";
        List<String> out = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            StringBuilder sb = new StringBuilder();
            int len = rng.nextInt(11);
            for (int c = 0; c < len; c++) {
                sb.append(rng.nextInt(12) == 0 ? rare.charAt(rng.nextInt(rare.length()))
                        : common.charAt(rng.nextInt(common.length())));
            }
            out.add(sb.toString());
        }
        return out;
    }
}
