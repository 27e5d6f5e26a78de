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
}
