package id.rekon.pispk.normalise;

import id.rekon.pispk.model.Nama;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

class NamaNormaliserTest {

    private final NamaNormaliser normaliser = new NamaNormaliser();

    @ParameterizedTest(name = "[{0}] -> [{1}]")
    @CsvSource(delimiter = '|', value = {
            // case and spaces
            "siti   aminah            | SITI AMINAH",
            "  Siti Aminah  | SITI AMINAH",
            // diacritics
            "José Marí Ñúñez          | JOSE MARI NUNEZ",
            "Sitì Âminah              | SITI AMINAH",
            // apostrophes dropped, not spaced
            "MA'RUF AMIN              | MARUF AMIN",
            "Nur’aini                 | NURAINI",
            // hyphens as spaces
            "Nur-Aini                 | NUR AINI",
            // honorifics at the start
            "NY. SITI AMINAH          | SITI AMINAH",
            "NY SITI AMINAH           | SITI AMINAH",
            "Ny.Siti Aminah           | SITI AMINAH",
            "TN. BUDI SANTOSO         | BUDI SANTOSO",
            "AN. ANDI                 | ANDI",
            "AN ANDI                  | ANDI",
            "BY. ANDI                 | ANDI",
            "BY NY SITI               | SITI",
            "BY. NY. SITI AMINAH      | SITI AMINAH",
            "BAYI NY SITI             | SITI",
            "H. ABDUL RAHMAN          | ABDUL RAHMAN",
            "H.ABDUL RAHMAN           | ABDUL RAHMAN",
            "HJ. SITI AMINAH          | SITI AMINAH",
            "Hj Siti Aminah           | SITI AMINAH",
            "DR. H. ABDUL RAHMAN      | ABDUL RAHMAN",
            "Drs. Yohanes             | YOHANES",
            "Ir. Yohanes              | YOHANES",
            // degrees at the end
            "SITI AMINAH, S.PD        | SITI AMINAH",
            "SITI AMINAH S.Pd         | SITI AMINAH",
            "SITI AMINAH, S. Pd.      | SITI AMINAH",
            "SITI AMINAH SPD          | SITI AMINAH",
            "Maria Goreti, S.Kep., Ns | MARIA GORETI",
            "MARIA GORETI, AMD.KEB    | MARIA GORETI",
            "MARIA GORETI A.Md.Keb    | MARIA GORETI",
            "MARIA GORETI, A.MD       | MARIA GORETI",
            "YOHANES S.H.             | YOHANES",
            "YOHANES, SE              | YOHANES",
            "YOHANES, S.E., M.PD      | YOHANES",
            "Hj. Siti Aminah, S.KM, M.Kes | SITI AMINAH",
            "YOHANES S.T              | YOHANES",
            // title-like text that is a name: untouched
            "HANAN                    | HANAN",
            "SITI HANAN               | SITI HANAN",
            "ANDI NYOMAN              | ANDI NYOMAN",
            "MUHAMMAD H ABDULLAH      | MUHAMMAD H ABDULLAH",
            "BUDI SE                  | BUDI SE",
            "ST. AMINAH               | ST AMINAH",
            "M. YUSUF                 | M YUSUF",
            // never strips the last token
            "NY.                      | NY",
    })
    void normalises(String original, String expected) {
        assertThat(normaliser.normal(original)).isEqualTo(expected);
    }

    @Test
    void keepsTheOriginal() {
        Nama nama = normaliser.normalise(" Ny. Sitì  Aminah ");
        assertThat(nama.asli()).isEqualTo("Ny. Sitì  Aminah");
        assertThat(nama.normal()).isEqualTo("SITI AMINAH");
    }

    @Test
    void blankAndNull() {
        assertThat(normaliser.normalise(null).isBlank()).isTrue();
        assertThat(normaliser.normalise("   ").normal()).isEmpty();
        assertThat(normaliser.normal(" . , - ")).isEmpty();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "BY NY SITI       | true",
            "BY. NY. SITI     | true",
            "By.Ny.Siti       | true",
            "BAYI NY SITI     | true",
            "BY SITI          | true",
            "SITI             | false",
            "BYANTORO         | false",
            "NY. SITI         | false",
            "BY               | false",
    })
    void recognisesBabyOfMrs(String original, boolean expected) {
        assertThat(normaliser.isBayiNyonya(original)).isEqualTo(expected);
    }

    @Test
    void babyOfMrsNormalisesToTheMothersName() {
        assertThat(normaliser.normal("By.Ny.Siti Aminah")).isEqualTo("SITI AMINAH");
    }

    @Test
    void titleOnly() {
        assertThat(normaliser.isTitleOnly("S.PD")).isTrue();
        assertThat(normaliser.isTitleOnly("NY.")).isTrue();
        assertThat(normaliser.isTitleOnly("SITI")).isFalse();
        assertThat(normaliser.isTitleOnly("")).isFalse();
    }

    @Test
    void foldsPlaceNamesWithoutRemovingTitles() {
        assertThat(NamaNormaliser.fold("Oe'kabiti - Soe")).isEqualTo("OEKABITI SOE");
        assertThat(NamaNormaliser.fold("Puskesmas  H. Hasan")).isEqualTo("PUSKESMAS H HASAN");
    }
}
