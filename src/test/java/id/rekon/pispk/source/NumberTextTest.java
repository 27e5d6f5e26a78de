package id.rekon.pispk.source;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

class NumberTextTest {

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({
            "5.30123456789012E+15,  5301234567890120",
            "5.301234567890120E15,  5301234567890120",
            "5301234567890000,      5301234567890000",
            "3.0,                   3",
            "1.50,                  1.5",
            "12.3,                  12.3",
            "1E-3,                  0.001",
            "-0.0,                  0",
            "44562,                 44562",
            "abc,                   abc"
    })
    void literalsAreWrittenInPlainDecimal(String literal, String expected) {
        assertThat(NumberText.plain(literal)).isEqualTo(expected);
    }

    @Test
    void doublesAreWrittenAsTheirShortestPlainForm() {
        assertThat(NumberText.plain(5.30123456789012E15)).isEqualTo("5301234567890120");
        assertThat(NumberText.plain(12.5)).isEqualTo("12.5");
        assertThat(NumberText.plain(7d)).isEqualTo("7");
    }

    /** The quick path for ordinary decimals gives what the BigDecimal path gives, on random literals. */
    @Test
    void ordinaryDecimalsGiveWhatBigDecimalGives() {
        java.util.Random random = new java.util.Random(20261205);
        String[] parts = {"0", "00", "1", "7", "10", "45160", "5301234567890000", "", ".", ".0", ".00", ".5",
                ".50", ".25", ".8", "-", "E3", "e-2", "+"};
        int quick = 0;
        for (int k = 0; k < 200_000; k++) {
            StringBuilder literal = new StringBuilder();
            int pieces = 1 + random.nextInt(3);
            for (int p = 0; p < pieces; p++) {
                literal.append(parts[random.nextInt(parts.length)]);
            }
            String s = literal.toString();
            if (s.isEmpty()) {
                continue;
            }
            String simple = NumberText.simpleDecimal(s);
            if (simple == null) {
                continue;
            }
            quick++;
            assertThat(simple).as(s).isEqualTo(viaBigDecimal(s));
        }
        assertThat(quick).isGreaterThan(10_000);
        assertThat(NumberText.simpleDecimal("45160.0")).isEqualTo("45160");
        assertThat(NumberText.simpleDecimal("-1.250")).isEqualTo("-1.25");
        assertThat(NumberText.simpleDecimal("-0.00")).isEqualTo("0");
        assertThat(NumberText.simpleDecimal("1E3")).isNull();
        assertThat(NumberText.simpleDecimal("007")).isNull();
    }

    private static String viaBigDecimal(String s) {
        java.math.BigDecimal value = new java.math.BigDecimal(s);
        if (value.scale() > 0) {
            value = value.stripTrailingZeros();
        }
        if (value.scale() < 0) {
            value = value.setScale(0);
        }
        return value.toPlainString();
    }
}
