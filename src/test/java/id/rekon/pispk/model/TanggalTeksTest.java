package id.rekon.pispk.model;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;

class TanggalTeksTest {

    @Test
    void dayTwoDigitsIndonesianMonthAndYear() {
        assertThat(TanggalTeks.of(LocalDate.of(2026, 10, 5))).isEqualTo("05 Okt 2026");
        assertThat(TanggalTeks.of(LocalDate.of(2024, 8, 17))).isEqualTo("17 Agu 2024");
        assertThat(TanggalTeks.of(LocalDate.of(1945, 12, 31))).isEqualTo("31 Des 1945");
        assertThat(TanggalTeks.of(null)).isEmpty();
    }

    @Test
    void everyDayOfFourYearsIsWrittenAsTheFormatPatternWouldWriteIt() {
        String[] bulan = {"Jan", "Feb", "Mar", "Apr", "Mei", "Jun", "Jul", "Agu", "Sep", "Okt", "Nov", "Des"};
        for (LocalDate d = LocalDate.of(2023, 1, 1); d.getYear() < 2027; d = d.plusDays(1)) {
            assertThat(TanggalTeks.of(d)).isEqualTo(String.format("%02d %s %d", d.getDayOfMonth(),
                    bulan[d.getMonthValue() - 1], d.getYear()));
        }
    }
}
