package id.rekon.pispk.normalise;

import id.rekon.pispk.model.CellValue;
import org.junit.jupiter.api.Test;

import java.time.Year;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@link TanggalParser}'s hand-read shapes give exactly what the patterns gave
 * ({@link TanggalParserViaRegex}): on real and random text, and on many groups of digits with
 * separators, which reach the hand-read path and, when their shape is unusual, the patterns.
 */
class TanggalParserOracleTest {

    private final TanggalParser now = new TanggalParser(Year.of(2026));
    private final TanggalParserViaRegex before = new TanggalParserViaRegex(Year.of(2026));

    @Test
    void sameDateOrReasonAsBefore() {
        List<String> inputs = new ArrayList<>(RandomTexts.samples(77L, 40_000));
        inputs.addAll(digitGroups(new Random(3L), 60_000));
        int handRead = 0;
        int patterns = 0;
        for (String s : inputs) {
            CellValue cell = CellValue.text(s);
            assertThat(now.read(cell)).as("[%s]", s).isEqualTo(before.read(cell));
            if (handReadShape(s)) {
                handRead++;
            } else {
                patterns++;
            }
        }
        assertThat(handRead).isGreaterThan(20_000);
        assertThat(patterns).isGreaterThan(20_000);
        assertThat(now.read(null)).isEqualTo(before.read(null));
        assertThat(now.read(CellValue.number("44562"))).isEqualTo(before.read(CellValue.number("44562")));
    }

    /** Digits and date separators only, after the leading apostrophes: what {@code plain} reads. */
    private static boolean handReadShape(String s) {
        String t = s.trim();
        while (!t.isEmpty() && "'\u2018\u2019`".indexOf(t.charAt(0)) >= 0) {
            t = t.substring(1).trim();
        }
        return !t.isEmpty() && t.chars().allMatch(c -> (c >= '0' && c <= '9') || ".,-/".indexOf(c) >= 0);
    }

    /** One to four groups of 0-6 digits between separators, now and then a stray character. */
    private static List<String> digitGroups(Random rng, int n) {
        String seps = "-/.,-/.: T";
        List<String> out = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            StringBuilder sb = new StringBuilder();
            if (rng.nextInt(20) == 0) {
                sb.append('\'');
            }
            int groups = 1 + rng.nextInt(4);
            for (int g = 0; g < groups; g++) {
                if (g > 0) {
                    sb.append(seps.charAt(rng.nextInt(rng.nextInt(4) == 0 ? seps.length() : 3)));
                }
                int len = rng.nextInt(7);
                for (int d = 0; d < len; d++) {
                    sb.append((char) ('0' + rng.nextInt(d == 0 ? 4 : 10)));
                }
            }
            if (rng.nextInt(30) == 0) {
                sb.insert(rng.nextInt(sb.length() + 1), rng.nextBoolean() ? "٣" : "x");
            }
            out.add(sb.toString());
        }
        return out;
    }
}
