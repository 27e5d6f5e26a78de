package id.rekon.pispk.match;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

class JaroWinklerTest {

    @ParameterizedTest(name = "{0} ~ {1} = {2}")
    @CsvSource({
            // Winkler's published examples
            "MARTHA, MARHTA, 0.9611",
            "DWAYNE, DUANE, 0.8400",
            "DIXON, DICKSONX, 0.8133",
            "SITI, SITI, 1.0",
            "ABC, XYZ, 0.0",
            "A, B, 0.0",
    })
    void knownValues(String a, String b, double expected) {
        assertThat(JaroWinkler.similarity(a, b)).isCloseTo(expected, within(0.0001));
        assertThat(JaroWinkler.similarity(b, a)).isCloseTo(expected, within(0.0001));
    }

    @Test
    void jaroWithoutPrefixBonus() {
        assertThat(JaroWinkler.jaro("MARTHA", "MARHTA")).isCloseTo(0.9444, within(0.0001));
    }

    @Test
    void emptyStrings() {
        assertThat(JaroWinkler.similarity("", "")).isEqualTo(1.0);
        assertThat(JaroWinkler.similarity("", "SITI")).isEqualTo(0.0);
    }

    @Test
    void noPrefixBonusBelowBoostThreshold() {
        // jaro("AB", "AC") = 2/3, not above 0.7: no bonus even though the first letter agrees.
        assertThat(JaroWinkler.similarity("AB", "AC")).isCloseTo(2.0 / 3, within(1e-9));
    }

    @Test
    void rejectsNull() {
        assertThatThrownBy(() -> JaroWinkler.similarity(null, "A")).isInstanceOf(IllegalArgumentException.class);
    }
}
