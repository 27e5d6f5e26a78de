package id.rekon.pispk.normalise;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@link NamaOrtuSplitter}'s hand split gives exactly the pieces of the pattern it replaced, and
 * the splitter the names it gave before ({@link NamaOrtuSplitterViaRegex}), on parents cells,
 * real and random text, reaching both the ASCII split and the pattern.
 */
class NamaOrtuSplitterOracleTest {

    private static final Pattern SEPARATOR =
            Pattern.compile("\\s*(?:[/\\\\&+,;]|\\s-|-\\s|(?<![\\p{L}\\p{N}])(?i:dan)(?![\\p{L}\\p{N}]))\\s*");

    private final NamaOrtuSplitter now = new NamaOrtuSplitter();
    private final NamaOrtuSplitterViaRegex before = new NamaOrtuSplitterViaRegex();

    @Test
    void samePiecesAndNamesAsBefore() {
        List<String> inputs = new ArrayList<>(RandomTexts.samples(9L, 40_000));
        inputs.addAll(parents(new Random(8L), 60_000));
        int ascii = 0;
        int other = 0;
        for (String s : inputs) {
            assertThat(NamaOrtuSplitter.pieces(s)).as("pieces [%s]", s).containsExactly(SEPARATOR.split(s));
            assertThat(now.split(s)).as("split [%s]", s).isEqualTo(before.split(s));
            if (TextKey.ascii(s)) {
                ascii++;
            } else {
                other++;
            }
        }
        assertThat(ascii).isGreaterThan(40_000);
        assertThat(other).isGreaterThan(5_000);
        assertThat(now.split(null)).isEqualTo(before.split(null));
    }

    /** Names and separators glued in every way, blanks and hyphens around them, now and then a stray. */
    private static List<String> parents(Random rng, int n) {
        String[] names = {"MARIA", "YOHANES", "DANIEL", "RAMDANI", "SITI", "AN-NUR", "S.PD", "NY.", "dan", "DAN",
            "Dan", "daN", "MA'RUF", "JOSÉ", "ÉDAN", "٣", "1", "X"};
        String[] seps = {" / ", "/", " DAN ", " dan ", "dan", " & ", "&", "+", " + ", ", ", ",", ";", " - ", " -", "- ",
            "-", " ", "  ", "\t-\t", " \\ ", "\u00A0-\u00A0", "\u00A0dan\u00A0", " ,", "//", " \n "};
        List<String> out = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            StringBuilder sb = new StringBuilder();
            if (rng.nextInt(8) == 0) {
                sb.append(seps[rng.nextInt(seps.length)]);
            }
            int k = 1 + rng.nextInt(4);
            for (int w = 0; w < k; w++) {
                if (w > 0) {
                    sb.append(seps[rng.nextInt(seps.length)]);
                }
                sb.append(names[rng.nextInt(rng.nextInt(5) == 0 ? names.length : 13)]);
            }
            if (rng.nextInt(8) == 0) {
                sb.append(seps[rng.nextInt(seps.length)]);
            }
            out.add(sb.toString());
        }
        return out;
    }
}
