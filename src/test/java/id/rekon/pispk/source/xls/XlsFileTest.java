package id.rekon.pispk.source.xls;

import id.rekon.pispk.model.CellValue;
import id.rekon.pispk.source.RawRow;
import id.rekon.pispk.source.RowReader;
import id.rekon.pispk.source.TestWorkbooks;
import org.apache.poi.hssf.usermodel.HSSFFormulaEvaluator;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.ss.usermodel.Sheet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class XlsFileTest {

    @TempDir
    Path dir;

    private static List<RawRow> readAll(Path file) throws IOException {
        List<RawRow> rows = new ArrayList<>();
        try (XlsFile xls = XlsFile.open(file)) {
            RowReader reader = xls.rows(0);
            RawRow row;
            while ((row = reader.next()) != null) {
                rows.add(row);
            }
        }
        return rows;
    }

    @Test
    void cellsKeepWhatTheWorkbookStores() throws IOException {
        TestWorkbooks book = TestWorkbooks.xls();
        Sheet sheet = book.sheet("Data", Map.of(
                1, new Object[]{"NIK", "Nama", "Tgl Lahir", "Tgl Teks", "Serial Teks", "Berat", "Aktif", "Jumlah"},
                3, new Object[]{5301234567890000d, "SITI", LocalDate.of(2021, 8, 12), "12 Agt 2021", "44562", 12.5, true,
                        null, null, "'5301234567890123"}));
        sheet.getRow(2).createCell(7).setCellFormula("2+3");
        HSSFFormulaEvaluator.evaluateAllFormulaCells((HSSFWorkbook) book.workbook());
        Path file = book.write(dir.resolve("data.xls"));

        List<RawRow> rows = readAll(file);

        assertThat(rows).extracting(RawRow::rowNumber).containsExactly(1L, 3L);
        assertThat(rows.get(1).cells()).containsExactly(
                CellValue.number("5301234567890000"),
                CellValue.text("SITI"),
                CellValue.date(LocalDate.of(2021, 8, 12), "2021-08-12"),
                CellValue.text("12 Agt 2021"),
                CellValue.text("44562"),
                CellValue.number("12.5"),
                CellValue.text("TRUE"),
                CellValue.number("5"),
                CellValue.EMPTY,
                CellValue.text("'5301234567890123"));
    }

    @Test
    void hiddenSheetsAreLeftOut() throws IOException {
        TestWorkbooks book = TestWorkbooks.xls();
        book.sheet("Rahasia", new Object[]{"x"});
        book.sheet("Data Balita", new Object[]{"NIK"});
        book.workbook().setSheetHidden(0, true);
        Path file = book.write(dir.resolve("data.xls"));

        try (XlsFile xls = XlsFile.open(file)) {
            assertThat(xls.sheetNames()).containsExactly("Data Balita");
            assertThat(xls.rows(0).next().cell(0).text()).isEqualTo("NIK");
        }
    }
}
