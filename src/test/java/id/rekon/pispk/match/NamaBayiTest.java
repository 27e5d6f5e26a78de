package id.rekon.pispk.match;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

class NamaBayiTest {

    @ParameterizedTest(name = "''{0}'' -> {1}")
    @CsvSource({
            "BY NY SITI, true",
            "By. Siti Aminah, true",
            "BY.NY.SITI, true",
            "BAYI NY SITI, true",
            "BY, true",
            "BYAN SAPUTRA, false",
            "ABY, false",
            "AN. RIZKI, false",
            "SITI AMINAH, false",
            "'', false",
    })
    void recognisesPlaceholders(String asli, boolean expected) {
        assertThat(NamaBayi.isPlaceholder(asli)).isEqualTo(expected);
    }
}
