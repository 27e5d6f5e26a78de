package id.rekon.pispk.source;

import id.rekon.pispk.model.CellValue;

import id.rekon.pispk.source.eppgbm.EppgbmColumn;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import static id.rekon.pispk.source.TestRows.row;
import static org.assertj.core.api.Assertions.assertThat;

class TotalsRowsTest {

    // No, NIK, Nama, Tanggal Pengukuran, Berat
    private final TotalsRows totals = new TotalsRows(Map.of(EppgbmColumn.NIK, 1, EppgbmColumn.NAMA, 2,
            EppgbmColumn.TANGGAL_PENGUKURAN, 3, EppgbmColumn.BERAT, 4));

    @ParameterizedTest(name = "[{0}|{1}|{2}|{3}|{4}] totals={5}")
    @CsvSource(delimiter = '|', value = {
            "JUMLAH|        |                 |          |  1234,5 | true",
            "      |        |TOTAL            |          |  1234,5 | true",
            "      |        |Grand Total:     |          |  88     | true",
            "      |        |Jumlah Balita    |          |  88     | true",
            "      |        |                 |          |  1234,5 | true",
            "3     |        |                 |          |  12     | true",
            "1     |5301234567890123|SITI     |01/02/2026|  12,5   | false",
            "1     |        |SITI             |01/02/2026|  12,5   | false",
            "      |5301234567890123|TOTAL    |          |         | false",
            // regression: the generator's e-PPGBM export puts the row count under Nama beside TOTAL in No
            "TOTAL |        |962              |          |         | true",
            "TOTAL |        |SITI             |          |         | false",
            "1     |        |TOTALITAS        |          |  12     | false",
            "      |        |                 |catatan   |         | false"
    })
    void totalsRowsAreToldFromDataRows(String no, String nik, String nama, String tanggal, String berat,
                                       boolean expected) {
        RawRow row = row(9, blank(no), blank(nik), blank(nama), blank(tanggal), blank(berat));

        assertThat(totals.isTotals(row)).isEqualTo(expected);
    }

    @Test
    void numericCellsCountAsNumbersButDatesDoNot() {
        RawRow sums = new RawRow(9, List.of(CellValue.EMPTY, CellValue.EMPTY, CellValue.EMPTY, CellValue.EMPTY,
                CellValue.number("1234.5")));
        RawRow dateOnly = new RawRow(9, List.of(CellValue.EMPTY, CellValue.EMPTY, CellValue.EMPTY, CellValue.EMPTY,
                CellValue.date(LocalDate.of(2026, 1, 2), "2026-01-02")));

        assertThat(totals.isTotals(sums)).isTrue();
        assertThat(totals.isTotals(dateOnly)).isFalse();
    }

    private static String blank(String value) {
        return value == null ? "" : value;
    }
}
