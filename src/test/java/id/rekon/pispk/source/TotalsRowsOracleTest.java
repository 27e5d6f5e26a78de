package id.rekon.pispk.source;

import id.rekon.pispk.normalise.RandomTexts;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@link TotalsRows}' count scan and label shortcut answer exactly as the patterns they replaced,
 * on real and random cell text, counts and labels; some text reaches the label pattern, most is
 * turned away before it.
 */
class TotalsRowsOracleTest {

    private static final Pattern LABEL =
            Pattern.compile("(?i)^(grand\\s*|sub\\s*)?(total|jumlah)\\b.*", Pattern.DOTALL);
    private static final Pattern COUNT = Pattern.compile("^\\d{1,9}([.,]\\d+)?$");

    @Test
    void countsAndLabelsAsThePatterns() {
        List<String> inputs = new ArrayList<>(RandomTexts.samples(21L, 50_000));
        Random rng = new Random(2L);
        String[] words = {"TOTAL", "total", "Jumlah", "JUMLAH", "Grand", "GRAND ", "sub ", "Sub\t", "ſub", "totaL",
            "Total_", "TOTALé", " ", ":", "3", "12", "1234567890", ".", ",", "5", "\u212Aota", "jumlah\n"};
        for (int i = 0; i < 50_000; i++) {
            StringBuilder sb = new StringBuilder();
            int k = 1 + rng.nextInt(3);
            for (int w = 0; w < k; w++) {
                sb.append(words[rng.nextInt(words.length)]);
            }
            inputs.add(sb.toString());
        }
        int counts = 0;
        int labels = 0;
        int labelChecks = 0;
        for (String s : inputs) {
            for (String t : List.of(s, s.trim())) {
                boolean count = COUNT.matcher(t).matches();
                boolean label = LABEL.matcher(t).matches();
                assertThat(TotalsRows.isCount(t)).as("count [%s]", t).isEqualTo(count);
                assertThat(TotalsRows.isLabel(t)).as("label [%s]", t).isEqualTo(label);
                counts += count ? 1 : 0;
                labels += label ? 1 : 0;
                labelChecks += t.regionMatches(true, 0, "total", 0, 5) || t.regionMatches(true, 0, "jumlah", 0, 6)
                        || t.regionMatches(true, 0, "grand", 0, 5) || t.regionMatches(true, 0, "sub", 0, 3) ? 1 : 0;
            }
        }
        assertThat(counts).isGreaterThan(3_000);
        assertThat(labels).isGreaterThan(10_000);
        assertThat(labelChecks).isGreaterThan(labels).isLessThan(inputs.size());
    }
}
