package id.rekon.pispk.normalise;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@link KodeTeks} and {@link RtRwParser}'s loops give exactly what the {@code String.replaceAll},
 * {@code String.matches} and patterns they replaced gave ({@link RtRwParserViaRegex}), on real
 * codes and random text. The loops have no fallback: their character classes are ASCII, so they
 * decide every text; the inputs include plenty that is not.
 */
class KodeTeksOracleTest {

    private static final List<String> INPUTS = RandomTexts.samples(31L, 80_000);

    @Test
    void blanksDigitsAndCodesAsTheRegexes() {
        int changed = 0;
        int notAscii = 0;
        for (String s : INPUTS) {
            assertThat(KodeTeks.withoutBlanks(s)).as("[%s]", s).isEqualTo(s.replaceAll("\\s+", ""));
            assertThat(KodeTeks.withoutBlanksAnd(s, ".'-")).as("[%s]", s).isEqualTo(s.replaceAll("[\\s.'\\-]", ""));
            assertThat(KodeTeks.withoutBlanksAnd(s, "-")).as("[%s]", s).isEqualTo(s.replaceAll("[\\s\\-]", ""));
            assertThat(KodeTeks.digitsOnly(s)).as("[%s]", s).isEqualTo(s.replaceAll("[^0-9]", ""));
            String compact = s.replaceAll("[\\s.'\\-]", "");
            assertThat(KodeTeks.isDigits(compact, 10, 10)).as("[%s]", s).isEqualTo(compact.matches("\\d{10}"));
            assertThat(KodeTeks.isDigits(compact, 1, 12)).as("[%s]", s).isEqualTo(compact.matches("\\d{1,12}"));
            changed += s.equals(KodeTeks.withoutBlanksAnd(s, ".'-")) ? 0 : 1;
            notAscii += TextKey.ascii(s) ? 0 : 1;
        }
        assertThat(changed).isGreaterThan(20_000).isLessThan(INPUTS.size() - 10_000);
        assertThat(notAscii).isGreaterThan(10_000);
    }

    @Test
    void rtRwAsBefore() {
        RtRwParser now = new RtRwParser();
        RtRwParserViaRegex before = new RtRwParserViaRegex();
        for (int i = 0; i + 2 < INPUTS.size(); i += 3) {
            String a = INPUTS.get(i);
            String b = INPUTS.get(i + 1);
            String c = INPUTS.get(i + 2);
            assertThat(now.combine(a, b, c)).as("[%s|%s|%s]", a, b, c).isEqualTo(before.combine(a, b, c));
            assertThat(now.combine(null, b, c)).as("[|%s|%s]", b, c).isEqualTo(before.combine(null, b, c));
            assertThat(now.combine(null, null, c)).as("[||%s]", c).isEqualTo(before.combine(null, null, c));
        }
        assertThat(now.combine("RT 000 RW 0007", null, null)).isEqualTo(before.combine("RT 000 RW 0007", null, null));
    }
}
