package id.rekon.pispk.source.xlsx;

import id.rekon.pispk.model.CellValue;
import id.rekon.pispk.source.RawRow;
import id.rekon.pispk.source.RowReader;
import id.rekon.pispk.source.TestWorkbooks;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import static id.rekon.pispk.source.xlsx.HandWrittenXlsx.put;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class XlsxFileTest {

    @TempDir
    Path dir;

    private static List<RawRow> readAll(Path file, int sheet) throws IOException {
        List<RawRow> rows = new ArrayList<>();
        try (XlsxFile xlsx = XlsxFile.open(file)) {
            RowReader reader = xlsx.rows(sheet);
            RawRow row;
            while ((row = reader.next()) != null) {
                rows.add(row);
            }
        }
        return rows;
    }

    @Test
    void cellsKeepWhatTheWorkbookStores() throws IOException {
        TestWorkbooks book = TestWorkbooks.xlsx();
        book.sheet("Data",
                new Object[]{"NIK", "Nama", "Tgl Lahir", "Tgl Teks", "Serial Teks", "Berat", "Aktif"},
                new Object[]{5301234567890000d, "SITI", LocalDate.of(2021, 8, 12), "12 Agt 2021", "44562", 12.5, true},
                new Object[]{"5301234567890123", "ANI", LocalDate.of(1999, 12, 31), "12/08/2021", "x", 3d, false});
        Path file = book.write(dir.resolve("data.xlsx"));

        List<RawRow> rows = readAll(file, 0);

        RawRow siti = rows.get(1);
        assertThat(siti.cell(0)).isEqualTo(CellValue.number("5301234567890000"));
        assertThat(siti.cell(1)).isEqualTo(CellValue.text("SITI"));
        assertThat(siti.cell(2)).isEqualTo(CellValue.date(LocalDate.of(2021, 8, 12), "2021-08-12"));
        assertThat(siti.cell(3)).isEqualTo(CellValue.text("12 Agt 2021"));
        assertThat(siti.cell(4)).isEqualTo(CellValue.text("44562"));
        assertThat(siti.cell(5)).isEqualTo(CellValue.number("12.5"));
        assertThat(siti.cell(6)).isEqualTo(CellValue.text("TRUE"));
        RawRow ani = rows.get(2);
        assertThat(ani.cell(0)).isEqualTo(CellValue.text("5301234567890123"));
        assertThat(ani.cell(2).date()).isEqualTo(LocalDate.of(1999, 12, 31));
        assertThat(ani.cell(5)).isEqualTo(CellValue.number("3"));
        assertThat(ani.cell(6)).isEqualTo(CellValue.text("FALSE"));
        assertThat(rows).extracting(RawRow::rowNumber).containsExactly(1L, 2L, 3L);
    }

    @Test
    void builtInDateFormatIsADate() throws IOException {
        TestWorkbooks book = TestWorkbooks.xlsx();
        XSSFWorkbook workbook = (XSSFWorkbook) book.workbook();
        CellStyle builtIn = workbook.createCellStyle();
        builtIn.setDataFormat((short) 14); // m/d/yy, Excel's default short date: no custom numFmt in styles.xml
        book.sheet("Data", new Object[]{44562d, 44562d});
        workbook.getSheetAt(0).getRow(0).getCell(0).setCellStyle(builtIn);
        Path file = book.write(dir.resolve("builtin.xlsx"));

        List<CellValue> cells = readAll(file, 0).get(0).cells();

        assertThat(cells).containsExactly(CellValue.date(LocalDate.of(2022, 1, 1), "2022-01-01"), CellValue.number("44562"));
    }

    @Test
    void hiddenSheetsAreLeftOut() throws IOException {
        TestWorkbooks book = TestWorkbooks.xlsx();
        book.sheet("Rahasia", new Object[]{"x"});
        book.sheet("Data Balita", new Object[]{"NIK"});
        book.workbook().setSheetHidden(0, true);
        Path file = book.write(dir.resolve("data.xlsx"));

        try (XlsxFile xlsx = XlsxFile.open(file)) {
            assertThat(xlsx.sheetNames()).containsExactly("Data Balita");
        }
        assertThat(readAll(file, 0).get(0).cell(0).text()).isEqualTo("NIK");
    }

    @Test
    void datesOfA1904WorkbookAreRight() throws IOException {
        TestWorkbooks book = TestWorkbooks.xlsx();
        XSSFWorkbook workbook = (XSSFWorkbook) book.workbook();
        workbook.getCTWorkbook().addNewWorkbookPr().setDate1904(true);
        // The serial counts days from 1904-01-01, so it is 1462 less than the same date in 1900 terms.
        double serial = DateUtil.getExcelDate(LocalDate.of(2021, 8, 12).atStartOfDay(), true);
        book.sheet("Data", new Object[]{LocalDate.of(2000, 1, 1)}).getRow(0).getCell(0).setCellValue(serial);
        Path file = book.write(dir.resolve("mac.xlsx"));

        assertThat(readAll(file, 0).get(0).cell(0).date()).isEqualTo(LocalDate.of(2021, 8, 12));
    }

    @Test
    void excelNumberWrittenWithExponentBecomesPlainDigits() throws IOException {
        Path file = HandWrittenXlsx.write(dir.resolve("nik.xlsx"), "",
                w -> put(w, "<row r=\"1\"><c r=\"A1\"><v>5.30123456789012E+15</v></c></row>"));

        assertThat(readAll(file, 0).get(0).cell(0)).isEqualTo(CellValue.number("5301234567890120"));
    }

    @Test
    void cellsArePlacedByReferenceAndRowsKeepTheirNumbers() throws IOException {
        Path file = HandWrittenXlsx.write(dir.resolve("gaps.xlsx"), "", w -> put(w, """
                <row r="2"><c r="B2" t="inlineStr"><is><t>NIK</t></is></c><c r="D2" t="inlineStr"><is><t>Nama</t></is></c></row>
                <row r="5"><c r="B5"><v>7</v></c><c t="inlineStr"><is><t>tanpa r</t></is></c>\
                <c r="E5" t="inlineStr"><is><r><t>SI</t></r><r><t xml:space="preserve">TI </t></r><rPh sb="0" eb="1"><t>ph</t></rPh></is></c></row>
                <row><c r="A6" t="inlineStr"><is><t>baris tanpa r</t></is></c></row>
                """));

        List<RawRow> rows = readAll(file, 0);

        assertThat(rows).extracting(RawRow::rowNumber).containsExactly(2L, 5L, 6L);
        assertThat(rows.get(0).cells()).containsExactly(CellValue.EMPTY, CellValue.text("NIK"), CellValue.EMPTY,
                CellValue.text("Nama"));
        assertThat(rows.get(1).cells()).containsExactly(CellValue.EMPTY, CellValue.number("7"),
                CellValue.text("tanpa r"), CellValue.EMPTY, CellValue.text("SITI "));
        assertThat(rows.get(2).cell(0).text()).isEqualTo("baris tanpa r");
    }

    @Test
    void formulasGiveTheirCachedValueAndErrorsTheirCode() throws IOException {
        Path file = HandWrittenXlsx.write(dir.resolve("f.xlsx"), "", w -> put(w, """
                <row r="1"><c r="A1"><f>SUM(B1:C1)</f><v>6</v></c><c r="B1" t="str"><f>CONCATENATE("a","b")</f><v>ab</v></c>\
                <c r="C1" t="e"><f>VLOOKUP(1,X,2)</f><v>#N/A</v></c><c r="D1" t="b"><v>1</v></c><c r="E1" s="0"/>\
                <c r="F1" t="d"><v>2021-08-12T00:00:00</v></c></row>
                """));

        List<CellValue> cells = readAll(file, 0).get(0).cells();

        assertThat(cells).containsExactly(CellValue.number("6"), CellValue.text("ab"), CellValue.text("#N/A"),
                CellValue.text("TRUE"), CellValue.EMPTY, CellValue.date(LocalDate.of(2021, 8, 12), "2021-08-12"));
    }

    @Test
    void rowsAreReturnedBeforeAFaultFurtherDownTheSheet() throws IOException {
        // The sheet XML is cut off after row 500 mid-element: a reader that loads the sheet first
        // would fail before giving a row; a pull reader gives the 500 rows, then fails.
        Path file = HandWrittenXlsx.write(dir.resolve("cut.xlsx"), "", w -> {
            for (int r = 1; r <= 500; r++) {
                put(w, "<row r=\"" + r + "\"><c r=\"A" + r + "\"><v>" + r + "</v></c></row>");
            }
            put(w, "<row r=\"501\"><c r=\"A501\"><v>50");
        }, false);

        try (XlsxFile xlsx = XlsxFile.open(file)) {
            RowReader reader = xlsx.rows(0);
            for (int r = 1; r <= 500; r++) {
                assertThat(reader.next().rowNumber()).isEqualTo(r);
            }
            assertThatThrownBy(reader::next).isInstanceOf(IOException.class);
        }
    }

    @Test
    void columnLettersGiveZeroBasedIndices() {
        assertThat(SheetRows.columnIndex("A1", 9)).isZero();
        assertThat(SheetRows.columnIndex("D5", 9)).isEqualTo(3);
        assertThat(SheetRows.columnIndex("Z1", 9)).isEqualTo(25);
        assertThat(SheetRows.columnIndex("AA12", 9)).isEqualTo(26);
        assertThat(SheetRows.columnIndex("XFD1", 9)).isEqualTo(16383);
        assertThat(SheetRows.columnIndex(null, 9)).isEqualTo(9);
    }
}
