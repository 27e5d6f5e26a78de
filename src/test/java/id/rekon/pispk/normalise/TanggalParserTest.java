package id.rekon.pispk.normalise;

import id.rekon.pispk.model.CellValue;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.time.LocalDate;
import java.time.Year;

import static org.assertj.core.api.Assertions.assertThat;

class TanggalParserTest {

    private final TanggalParser parser = new TanggalParser(Year.of(2026));

    @ParameterizedTest(name = "[{0}] -> {1}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', value = {
            "12/01/2021              | 2021-01-12",
            "12-01-2021              | 2021-01-12",
            "2021-01-12              | 2021-01-12",
            "2021/01/12              | 2021-01-12",
            "2/1/2021                | 2021-01-02",
            "12.01.2021              | 2021-01-12",
            "20210112                | 2021-01-12",
            "'12/01/2021             | 2021-01-12",
            // Excel serial number as text
            "44562                   | 2022-01-01",
            "44562.75                | 2022-01-01",
            "61                      | 1900-03-01",
            "59                      | 1900-02-28",
            "1                       | 1900-01-01",
            // Indonesian month names and abbreviations
            "12 Januari 2021         | 2021-01-12",
            "12-Jan-2021             | 2021-01-12",
            "12 Februari 2021        | 2021-02-12",
            "12 Peb 2021             | 2021-02-12",
            "12 Pebruari 2021        | 2021-02-12",
            "12 Feb 2021             | 2021-02-12",
            "12 Maret 2021           | 2021-03-12",
            "12 Mar 2021             | 2021-03-12",
            "12 Apr 2021             | 2021-04-12",
            "12 Mei 2021             | 2021-05-12",
            "12 Juni 2021            | 2021-06-12",
            "12 Jun 2021             | 2021-06-12",
            "12 Jul 2021             | 2021-07-12",
            "12 Agustus 2021         | 2021-08-12",
            "12 Agu 2021             | 2021-08-12",
            "12 Agt 2021             | 2021-08-12",
            "12 Ags 2021             | 2021-08-12",
            "12 Agust 2021           | 2021-08-12",
            "12 Sep 2021             | 2021-09-12",
            "12 Sept 2021            | 2021-09-12",
            "12 Okt 2021             | 2021-10-12",
            "12 Nov 2021             | 2021-11-12",
            "12 Nop 2021             | 2021-11-12",
            "12 Des 2021             | 2021-12-12",
            "12 desember 2021        | 2021-12-12",
            "12-Agt.-2021            | 2021-08-12",
            "Senin, 12 Juli 2021     | 2021-07-12",
            // English month names
            "12 May 2021             | 2021-05-12",
            "12-Aug-2021             | 2021-08-12",
            "12 Oct 2021             | 2021-10-12",
            "12 Dec 2021             | 2021-12-12",
            "Dec 12, 2021            | 2021-12-12",
            // with a time part
            "2021-01-12 00:00:00     | 2021-01-12",
            "2021-01-12T08:30:00.000+07:00 | 2021-01-12",
            "12/01/2021 08:30        | 2021-01-12",
            "12 Januari 2021 08:30 WIB | 2021-01-12",
            // two-digit years: 20yy up to next year (2027), else 19yy
            "12/01/21                | 2021-01-12",
            "12-Jan-27               | 2027-01-12",
            "12/01/28                | 1928-01-12",
            "12/01/99                | 1999-01-12",
            // leap years
            "29/02/2020              | 2020-02-29",
    })
    void readsEveryForm(String text, LocalDate expected) {
        assertThat(parser.parse(CellValue.text(text))).contains(expected);
    }

    @ParameterizedTest(name = "[{0}] unreadable: {1}")
    @CsvSource(delimiter = '|', value = {
            "31/02/2021     | tidak ada di kalender",
            "00/01/2020     | tidak ada di kalender",
            "29/02/2021     | tidak ada di kalender",
            "12/13/2021     | tidak ada di kalender",
            "1/13/2021      | tidak ada di kalender",
            "32 Januari 2021 | tidak ada di kalender",
            "60             | 29-02-1900",
            "0              | di luar rentang",
            "80001          | di luar rentang",
            "2021           | hanya tahun",
            "12 Foo 2021    | nama bulan",
            "kemarin        | format tanggal tidak dikenali",
            "12/01/1850     | tahun di luar rentang",
            "2021-01        | format tanggal tidak dikenali",
    })
    void rejectsImpossibleDates(String text, String reason) {
        Tanggal t = parser.read(CellValue.text(text));
        assertThat(t.value()).isNull();
        assertThat(t.isUnreadable()).isTrue();
        assertThat(t.reason()).contains(reason);
        assertThat(t.asli()).isEqualTo(text);
        assertThat(parser.parse(CellValue.text(text))).isEmpty();
    }

    @Test
    void readsDateCellsAndNumericSerials() {
        LocalDate d = LocalDate.of(2021, 1, 12);
        assertThat(parser.parse(CellValue.date(d, "12/01/2021"))).contains(d);
        assertThat(parser.parse(CellValue.number("44562"))).contains(LocalDate.of(2022, 1, 1));
    }

    @Test
    void blankIsNotUnreadable() {
        Tanggal t = parser.read(CellValue.text("  "));
        assertThat(t.isBlank()).isTrue();
        assertThat(t.isUnreadable()).isFalse();
        assertThat(t.problem("Tanggal Lahir")).isEqualTo("Tanggal Lahir kosong");
        assertThat(parser.read(null).isBlank()).isTrue();
    }

    @Test
    void problemQuotesTheValueSeen() {
        assertThat(parser.read(CellValue.text("31/02/2021")).problem("Tanggal Lahir"))
                .isEqualTo("Tanggal Lahir tidak dapat dibaca: \"31/02/2021\" (tanggal tidak ada di kalender)");
        assertThat(parser.read(CellValue.text("12/01/2021")).problem("Tanggal Lahir")).isNull();
    }

    @Test
    void pivotFollowsTheReferenceYear() {
        assertThat(new TanggalParser(Year.of(2040)).parse("01/01/35")).contains(LocalDate.of(2035, 1, 1));
        assertThat(new TanggalParser(Year.of(2026)).parse("01/01/35")).contains(LocalDate.of(1935, 1, 1));
    }
}
