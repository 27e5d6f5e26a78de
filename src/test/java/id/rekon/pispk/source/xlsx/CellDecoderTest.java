package id.rekon.pispk.source.xlsx;

import org.apache.poi.ss.usermodel.DateUtil;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;

class CellDecoderTest {

    @Test
    void everyWholeDayOfBothDateSystemsIsTheDayPoiGives() {
        for (boolean date1904 : new boolean[] {false, true}) {
            long counted = 0;
            for (int serial = 0; serial <= 2_958_466; serial++) {
                if (!DateUtil.isValidExcelDate(serial)) {
                    continue;
                }
                LocalDate poi;
                try {
                    poi = DateUtil.getLocalDateTime(serial, date1904).toLocalDate();
                } catch (RuntimeException e) {
                    continue; // past year 9999 in the 1904 system: POI's own business
                }
                assertThat(CellDecoder.date(serial, date1904)).as("serial %d, 1904 %s", serial, date1904).isEqualTo(poi);
                counted++;
            }
            assertThat(counted).isGreaterThan(2_900_000);
        }
        assertThat(CellDecoder.date(45160, false)).isEqualTo(LocalDate.of(2023, 8, 22));
        assertThat(CellDecoder.date(61, false)).isEqualTo(LocalDate.of(1900, 3, 1));
    }

    @Test
    void timesOfDayAndEarlyDaysAreLeftToPoi() {
        java.util.Random random = new java.util.Random(5);
        for (int i = 0; i < 100_000; i++) {
            double serial = random.nextDouble() * 60_000;
            for (boolean date1904 : new boolean[] {false, true}) {
                assertThat(CellDecoder.date(serial, date1904)).as("serial %s", serial)
                        .isEqualTo(DateUtil.getLocalDateTime(serial, date1904).toLocalDate());
            }
        }
        for (int serial = 0; serial < 61; serial++) {
            assertThat(CellDecoder.date(serial, false)).isEqualTo(DateUtil.getLocalDateTime(serial, false).toLocalDate());
        }
    }
}
