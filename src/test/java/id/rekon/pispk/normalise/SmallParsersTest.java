package id.rekon.pispk.normalise;

import id.rekon.pispk.model.Jawaban;
import id.rekon.pispk.model.Sex;
import id.rekon.pispk.model.StatusKawin;
import id.rekon.pispk.model.StatusNikah;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

import java.math.BigDecimal;

import static org.assertj.core.api.Assertions.assertThat;

/** Table tests of the one-job parsers: sex, answers, decimals, weights, statuses, Prolanis. */
class SmallParsersTest {

    @ParameterizedTest
    @CsvSource({"L,L", "l,L", "1,L", "Laki-laki,L", "LAKI - LAKI,L", "laki laki,L", "LK,L", "M,L", "Pria,L",
            "P,P", "p,P", "2,P", "Perempuan,P", "PR,P", "F,P", "Wanita,P", "female,P"})
    void sex(String text, Sex expected) {
        assertThat(new JenisKelaminParser().parse(text)).contains(expected);
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"-", "X", "3", "Lainnya"})
    void sexUnknown(String text) {
        assertThat(new JenisKelaminParser().parse(text)).isEmpty();
    }

    @ParameterizedTest
    @CsvSource({"Y,Y", "y,Y", "Ya,Y", "YA,Y", "1,Y", "T,T", "Tidak,T", "TIDAK,T", "0,T", "N,N", "n,N", "N/A,N"})
    void jawaban(String text, Jawaban expected) {
        assertThat(new JawabanParser().parse(text)).isEqualTo(expected);
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {" ", "-", "?", "Mungkin"})
    void jawabanBlankIsNull(String text) {
        assertThat(new JawabanParser().parse(text)).isNull();
    }

    @ParameterizedTest
    @CsvSource({"Y,true", "Ya,true", "YA,true", "1,true", "true,true", "T,false", "Tidak,false", "TIDAK,false",
            "0,false", "false,false", "Tidak Ada,false"})
    void yaTidak(String text, boolean expected) {
        assertThat(new YaTidakParser().parse(text)).isEqualTo(expected);
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"N", "-", "Mungkin"})
    void yaTidakBlankOrNotApplicableIsNull(String text) {
        assertThat(new YaTidakParser().parse(text)).isNull();
    }

    @ParameterizedTest(name = "[{0}] -> {1}")
    @CsvSource(delimiter = '|', value = {
            "12,5      | 12.5",
            "12.5      | 12.5",
            "1.234,5   | 1234.5",
            "1,234.5   | 1234.5",
            "1.234.567 | 1234567",
            "3.200     | 3.200",
            "-2,31     | -2.31",
            "\u22122.31 | -2.31",
            "+1.2      | 1.2",
            "' 12 '    | 12",
            "58,3%     | 58.3",
            ",5        | 0.5",
    })
    void desimal(String text, BigDecimal expected) {
        assertThat(new DesimalParser().parse(text)).isEqualByComparingTo(expected);
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"-", "abc", "1..2", "12,5,3.1.2", "12 kg"})
    void desimalUnreadableIsNull(String text) {
        assertThat(new DesimalParser().parse(text)).isNull();
    }

    @ParameterizedTest(name = "Berat [{0}] -> {1} kg")
    @CsvSource(delimiter = '|', value = {"12,5 | 12.5", "12.5 | 12.5", "100 | 100", "12500 | 12.5", "8200 | 8.2",
            "101 | 0.101"})
    void beratOver100IsGrams(String text, BigDecimal kg) {
        assertThat(new BeratParser().beratKg(text)).isEqualByComparingTo(kg);
    }

    @ParameterizedTest(name = "BB Lahir [{0}] -> {1} kg")
    @CsvSource(delimiter = '|', value = {"3,2 | 3.2", "3.2 | 3.2", "9.9 | 9.9", "3200 | 3.2", "2500 | 2.5",
            "10 | 0.01"})
    void beratLahirFrom10IsGrams(String text, BigDecimal kg) {
        assertThat(new BeratParser().beratLahirKg(text)).isEqualByComparingTo(kg);
    }

    @Test
    void gramsGivePlainKilograms() {
        assertThat(new BeratParser().beratKg("12000")).isEqualTo(new BigDecimal("12"));
        assertThat(new BeratParser().beratLahirKg("3200")).isEqualTo(new BigDecimal("3.2"));
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"0", "-1", "abc"})
    void beratMissing(String text) {
        assertThat(new BeratParser().beratKg(text)).isNull();
        assertThat(new BeratParser().beratLahirKg(text)).isNull();
    }

    @ParameterizedTest
    @CsvSource({"Belum Kawin,BELUM_KAWIN", "BELUM KAWIN,BELUM_KAWIN", "belum menikah,BELUM_KAWIN", "1,BELUM_KAWIN",
            "Kawin,KAWIN", "KAWIN TERCATAT,KAWIN", "Kawin Belum Tercatat,KAWIN", "Menikah,KAWIN", "2,KAWIN",
            "Cerai Hidup,CERAI_HIDUP", "CERAI HIDUP,CERAI_HIDUP", "3,CERAI_HIDUP",
            "Cerai Mati,CERAI_MATI", "cerai-mati,CERAI_MATI", "4,CERAI_MATI"})
    void statusKawin(String text, StatusKawin expected) {
        assertThat(new StatusKawinParser().parse(text)).isEqualTo(expected);
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"Janda", "-", "5"})
    void statusKawinUnknown(String text) {
        assertThat(new StatusKawinParser().parse(text)).isNull();
    }

    @ParameterizedTest
    @CsvSource({"Terdaftar,TERDAFTAR", "TERDAFTAR,TERDAFTAR", "Daftar,TERDAFTAR", "Pendaftaran,TERDAFTAR",
            "Belum Nikah,TERDAFTAR", "Nikah,NIKAH", "NIKAH,NIKAH", "Sudah Nikah,NIKAH", "Menikah,NIKAH",
            "Selesai,NIKAH"})
    void statusNikah(String text, StatusNikah expected) {
        assertThat(new StatusNikahParser().parse(text)).isEqualTo(expected);
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"Batal", "-"})
    void statusNikahUnknown(String text) {
        assertThat(new StatusNikahParser().parse(text)).isNull();
    }

    @ParameterizedTest(name = "aktif=[{0}] ket=[{1}] -> {2}")
    @CsvSource(delimiter = '|', nullValues = "null", value = {
            "null  | AKTIF                      | true",
            "null  | Aktif                      | true",
            "null  | TIDAK AKTIF                | false",
            "null  | NON AKTIF                  | false",
            "null  | Non-Aktif                  | false",
            "null  | NONAKTIF                   | false",
            "null  | Tidak Aktif - Menunggak    | false",
            "null  | Tidak Aktif - Meninggal    | false",
            "null  | Meninggal                  | false",
            "true  | AKTIF                      | true",
            "false | Tidak Aktif - PBI dicabut  | false",
            "false | AKTIF                      | false",
            "true  | null                       | true",
            "false | null                       | false",
    })
    void statusPcare(String aktif, String ket, boolean expected) {
        assertThat(new StatusPcareParser().aktif(aktif, ket)).contains(expected);
    }

    @Test
    void statusPcareUnknown() {
        assertThat(new StatusPcareParser().aktif(null, null)).isEmpty();
        assertThat(new StatusPcareParser().aktif("", "Entah")).isEmpty();
    }

    @ParameterizedTest(name = "[{0}] ht={1} dm={2}")
    @CsvSource(delimiter = '|', nullValues = "null", value = {
            "HT       | true  | false",
            "DM       | false | true",
            "HT+DM    | true  | true",
            "DM/HT    | true  | true",
            "ht, dm   | true  | true",
            "HTDM     | true  | true",
            "Hipertensi | true | false",
            "Diabetes Melitus | false | true",
            "null     | false | false",
            "-        | false | false",
    })
    void prolanis(String text, boolean ht, boolean dm) {
        assertThat(new ProlanisParser().parse(text)).isEqualTo(new ProlanisParser.Prolanis(ht, dm));
    }
}
