package id.rekon.pispk.match;

import id.rekon.pispk.model.Nama;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;

class OrangSamaTest {

    private static final LocalDate D1 = LocalDate.of(2024, 3, 5);
    private static final LocalDate D2 = LocalDate.of(2023, 3, 5);

    @Test
    void differentDatesOfBirthAreTwoPeople() {
        assertThat(OrangSama.berbeda(nama("SITI"), D1, nama("SITI"), D2, 0.85)).isTrue();
    }

    @Test
    void dissimilarNamesAreTwoPeople() {
        assertThat(OrangSama.berbeda(nama("SITI AMINAH"), D1, nama("YOHANES BOSCO"), D1, 0.85)).isTrue();
    }

    @Test
    void aTypoIsOnePerson() {
        assertThat(OrangSama.berbeda(nama("MUHAMMAD RIZKI"), D1, nama("MUHAMMAD RIZKY"), D1, 0.85)).isFalse();
    }

    @Test
    void aNewbornPlaceholderLaterNamedIsOnePerson() {
        Nama bayi = new Nama("BY NY SITI", "SITI");
        assertThat(OrangSama.berbeda(bayi, D1, nama("AISYAH PUTRI"), D1, 0.85)).isFalse();
    }

    @Test
    void unknownValuesAreNoEvidence() {
        assertThat(OrangSama.berbeda(nama(""), null, nama("AISYAH"), D1, 0.85)).isFalse();
    }

    private static Nama nama(String n) {
        return new Nama(n, n);
    }
}
