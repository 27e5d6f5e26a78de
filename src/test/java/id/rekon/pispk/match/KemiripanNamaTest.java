package id.rekon.pispk.match;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class KemiripanNamaTest {

    @Test
    void tokenOrderDoesNotMatter() {
        assertThat(KemiripanNama.nilai("SITI AMINAH", "AMINAH SITI")).isEqualTo(1.0);
    }

    @Test
    void caseAndSpacesAreFolded() {
        assertThat(KemiripanNama.nilai(" siti  aminah ", "SITI AMINAH")).isEqualTo(1.0);
    }

    @Test
    void typoStaysAboveDefaultThreshold() {
        assertThat(KemiripanNama.nilai("MUHAMMAD RIZKI", "MUHAMMAD RIZKY")).isGreaterThan(0.85);
    }

    @Test
    void differentPeopleFallBelowDefaultThreshold() {
        assertThat(KemiripanNama.nilai("SITI AMINAH", "YOHANES BOSCO")).isLessThan(0.85);
    }

    @Test
    void blankIsZero() {
        assertThat(KemiripanNama.nilai("", "SITI")).isEqualTo(0.0);
        assertThat(KemiripanNama.nilai(null, "SITI")).isEqualTo(0.0);
    }

    @Test
    void bestOfLists() {
        assertThat(KemiripanNama.terbaik(List.of("MARIA", "YOHANES"), List.of("YOHANES"))).isEqualTo(1.0);
        assertThat(KemiripanNama.terbaik(List.of(), List.of("YOHANES"))).isEqualTo(0.0);
    }
}
