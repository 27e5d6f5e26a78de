package id.rekon.pispk.normalise;

import id.rekon.pispk.model.Nik;
import id.rekon.pispk.model.NikStatus;
import id.rekon.pispk.model.Sex;
import id.rekon.pispk.model.CellValue;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.time.LocalDate;
import java.util.Set;
import java.util.stream.Stream;

import static id.rekon.pispk.model.NikStatus.BLANK;
import static id.rekon.pispk.model.NikStatus.DAMAGED;
import static id.rekon.pispk.model.NikStatus.DUMMY;
import static id.rekon.pispk.model.NikStatus.INCONSISTENT;
import static id.rekon.pispk.model.NikStatus.INVALID;
import static id.rekon.pispk.model.NikStatus.VALID;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.params.provider.Arguments.arguments;

/** The spec's "NIK and No KK" section, case by case. All NIKs are synthetic, built from parts. */
class NikClassifierTest {

    /** Today's province codes (Kemendagri 2025). */
    static final ProvinceCodes PROVINCES = Set.of("11", "12", "13", "14", "15", "16", "17", "18", "19", "21", "31",
            "32", "33", "34", "35", "36", "51", "52", "53", "61", "62", "63", "64", "65", "71", "72", "73", "74", "75",
            "76", "81", "82", "91", "92", "93", "94", "95", "96")::contains;

    private final NikClassifier classifier = new NikClassifier(PROVINCES);

    /** PP KK CC DD MM YY SSSS: a synthetic NIK from its parts; {@code dd} already +40 for women. */
    static String nik(String prov, int dd, int mm, int yy, String serial) {
        return prov + "0201" + two(dd) + two(mm) + two(yy) + serial;
    }

    static String nik(int dd, int mm, int yy) {
        return nik("53", dd, mm, yy, "0001");
    }

    private static String two(int n) {
        return String.format("%02d", n);
    }

    private static final LocalDate DOB = LocalDate.of(1990, 5, 12);
    private static final String MALE = nik(12, 5, 90);
    private static final String FEMALE = nik(52, 5, 90);

    static Stream<Arguments> cases() {
        return Stream.of(
                // name, cell, record dob, record sex, parent NIK text, expected, reason fragment
                arguments("valid male", text(MALE), DOB, Sex.L, null, VALID, ""),
                arguments("valid female, day + 40", text(FEMALE), DOB, Sex.P, null, VALID, ""),
                arguments("valid without record dob or sex", text(MALE), null, null, null, VALID, ""),
                arguments("valid, 29 Feb in a 2-digit leap year", text(nik(29, 2, 88)), null, null, null, VALID, ""),
                arguments("valid, 29 Feb 00 (2000 was leap)", text(nik(69, 2, 0)), null, null, null, VALID, ""),
                arguments("leading apostrophe", text("'" + MALE), DOB, Sex.L, null, VALID, ""),
                arguments("dashes", text("5302-0112-0590-0001"), DOB, Sex.L, null, VALID, ""),
                arguments("dots and spaces", text(" 5302.0112 0590.0001 "), DOB, Sex.L, null, VALID, ""),

                arguments("blank cell", CellValue.EMPTY, DOB, Sex.L, null, BLANK, "kosong"),
                arguments("only a dash", text("-"), DOB, Sex.L, null, BLANK, "kosong"),

                arguments("numeric cell (Excel dropped the last digits)", CellValue.number("5302011205900000"), DOB,
                        Sex.L, null, DAMAGED, "angka"),
                arguments("numeric cell that looks whole", CellValue.number(MALE), DOB, Sex.L, null, DAMAGED, "angka"),
                arguments("scientific notation", text("5.30201E+15"), DOB, Sex.L, null, DAMAGED, "notasi ilmiah"),
                arguments("scientific notation, comma", text("5,30201E+15"), DOB, Sex.L, null, DAMAGED, "notasi ilmiah"),
                arguments("order: numeric zeros are damaged, not dummy", CellValue.number("5302010000000000"), null,
                        null, null, DAMAGED, "angka"),
                arguments("order: numeric short value is damaged, not invalid", CellValue.number("123"), null, null,
                        null, DAMAGED, "angka"),

                arguments("dummy: 6-digit region + 10 zeros", text("5302010000000000"), null, null, null, DUMMY,
                        "nol"),
                arguments("dummy: 4-digit region + zeros", text("5302000000000000"), null, null, null, DUMMY, "nol"),
                arguments("dummy: 2-digit region + zeros", text("5300000000000000"), null, null, null, DUMMY, "nol"),
                arguments("dummy: the parent's NIK reused", text(FEMALE), LocalDate.of(2024, 1, 3), Sex.L, FEMALE,
                        DUMMY, "orang tua"),
                arguments("unknown province + zeros is not a region code", text("9900000000000000"), null, null,
                        null, INVALID, "provinsi 99"),

                arguments("unknown province", text(nik("99", 12, 5, 90, "0001")), null, null, null, INVALID,
                        "provinsi 99"),
                arguments("day 00", text(nik(0, 5, 90)), null, null, null, INVALID, "hari 00"),
                arguments("day 32", text(nik(32, 5, 90)), null, null, null, INVALID, "hari 32"),
                arguments("day 40", text(nik(40, 5, 90)), null, null, null, INVALID, "hari 40"),
                arguments("day 72", text(nik(72, 5, 90)), null, null, null, INVALID, "hari 72"),
                arguments("31 February", text(nik(31, 2, 90)), null, null, null, INVALID, "31-02 tidak ada"),
                arguments("31 February, female", text(nik(71, 2, 90)), null, null, null, INVALID, "31-02 tidak ada"),
                arguments("31 April", text(nik(31, 4, 90)), null, null, null, INVALID, "31-04 tidak ada"),
                arguments("29 February, not a leap year", text(nik(29, 2, 90)), null, null, null, INVALID,
                        "29-02 tidak ada"),
                arguments("month 13", text(nik(12, 13, 90)), null, null, null, INVALID, "bulan 13"),
                arguments("month 00", text(nik(12, 0, 90)), null, null, null, INVALID, "bulan 00"),
                arguments("serial 0000", text(nik("53", 12, 5, 90, "0000")), null, null, null, INVALID,
                        "nomor urut 0000"),
                arguments("all one digit", text("1111111111111111"), null, null, null, INVALID, "satu angka"),
                arguments("ascending run", text("1234567890123456"), null, null, null, INVALID, "berurutan"),
                arguments("descending run", text("6543210987654321"), null, null, null, INVALID, "berurutan"),
                arguments("15 digits", text(MALE.substring(1)), null, null, null, INVALID, "bukan 16 digit (15"),
                arguments("17 digits", text(MALE + "1"), null, null, null, INVALID, "bukan 16 digit (17"),
                arguments("a letter O for a zero", text("53020112O5900001"), null, null, null, INVALID,
                        "selain angka"),

                arguments("inconsistent with the date of birth (day)", text(MALE), LocalDate.of(1990, 5, 13), Sex.L,
                        null, INCONSISTENT, "tanggal lahir dalam NIK (12-05-90)"),
                arguments("inconsistent with the date of birth (year)", text(MALE), LocalDate.of(1991, 5, 12), null,
                        null, INCONSISTENT, "tanggal lahir"),
                arguments("inconsistent with sex (female NIK, male record)", text(FEMALE), DOB, Sex.L, null,
                        INCONSISTENT, "jenis kelamin dalam NIK (perempuan)"),
                arguments("inconsistent with sex (male NIK, female record)", text(MALE), null, Sex.P, null,
                        INCONSISTENT, "jenis kelamin dalam NIK (laki-laki)"),
                arguments("order: invalid before inconsistent", text(nik(32, 5, 90)), DOB, Sex.P, null, INVALID,
                        "hari 32"),
                arguments("order: dummy before invalid", text(nik(32, 5, 90)), null, null, nik(32, 5, 90), DUMMY,
                        "orang tua"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void classifiesNik(String name, CellValue cell, LocalDate dob, Sex sex, String parent, NikStatus expected,
                       String reason) {
        Nik parentNik = parent == null ? null : classifier.classify(text(parent));

        Nik nik = classifier.classify(cell, dob, sex, parentNik);

        assertThat(nik.status()).as(name).isEqualTo(expected);
        assertThat(nik.reason()).as(name).contains(reason);
        if (expected == VALID) {
            assertThat(nik.reason()).isEmpty();
            assertThat(nik.key()).isEqualTo(nik.digits()).hasSize(16);
        }
    }

    @Test
    void keepsWhatArrivedNeverRepairs() {
        Nik numeric = classifier.classify(CellValue.number("5302011205900000"));
        assertThat(numeric.raw()).isEqualTo("5302011205900000");
        assertThat(numeric.digits()).isEqualTo("5302011205900000");
        assertThat(numeric.key()).isNull();

        Nik scientific = classifier.classify(text("5.30201E+15"));
        assertThat(scientific.raw()).isEqualTo("5.30201E+15");
        assertThat(scientific.digits()).isEqualTo("53020115");

        Nik dashed = classifier.classify(text("'5302-0112-0590-0001"));
        assertThat(dashed.raw()).isEqualTo("'5302-0112-0590-0001");
        assertThat(dashed.digits()).isEqualTo(MALE);
    }

    @Test
    void inconsistentIsStillAKeyButFlagged() {
        Nik nik = classifier.classify(text(MALE), DOB, Sex.P, null);
        assertThat(nik.status()).isEqualTo(INCONSISTENT);
        assertThat(nik.key()).isEqualTo(MALE);
    }

    @Test
    void reasonNeverHoldsTheNik() {
        for (CellValue cell : new CellValue[] {text(MALE), CellValue.number(MALE), text(nik(32, 5, 90)),
                text("5302010000000000")}) {
            Nik nik = classifier.classify(cell, LocalDate.of(2001, 1, 1), Sex.P, null);
            assertThat(nik.reason()).doesNotContain(nik.digits());
        }
    }

    static Stream<Arguments> kkCases() {
        return Stream.of(
                arguments(text(nik(12, 5, 15)), VALID, ""),
                arguments(text("'5302-0112-0515-0001"), VALID, ""),
                arguments(CellValue.EMPTY, BLANK, "No KK kosong"),
                arguments(CellValue.number(nik(12, 5, 15)), DAMAGED, "No KK rusak"),
                arguments(text("5.30201E+15"), DAMAGED, "notasi ilmiah"),
                arguments(text("5302010000000000"), DUMMY, "No KK dummy"),
                // The issue date has no +40: day 52 is not plausible for a KK.
                arguments(text(nik(52, 5, 15)), INVALID, "tanggal terbit"),
                arguments(text(nik(31, 2, 15)), INVALID, "31-02 tidak ada"),
                arguments(text(nik(12, 13, 15)), INVALID, "bulan 13"),
                arguments(text(nik("53", 12, 5, 15, "0000")), INVALID, "nomor urut 0000"),
                arguments(text(nik("99", 12, 5, 15, "0001")), INVALID, "provinsi 99"),
                arguments(text("123456789012345"), INVALID, "bukan 16 digit"));
    }

    @ParameterizedTest
    @MethodSource("kkCases")
    void classifiesNoKk(CellValue cell, NikStatus expected, String reason) {
        Nik kk = classifier.classifyKk(cell);
        assertThat(kk.status()).isEqualTo(expected);
        assertThat(kk.reason()).contains(reason);
        if (expected != VALID) {
            assertThat(kk.reason()).startsWith("No KK");
        }
    }

    private static CellValue text(String s) {
        return CellValue.text(s);
    }
}
