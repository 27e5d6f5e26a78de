package id.rekon.pispk.source;

import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Writes small workbooks with POI's usermodel for reader tests. Cell values: {@code String} text
 * cell, {@code Number} numeric cell, {@code LocalDate} date cell in {@code dd/mm/yyyy}, {@code Boolean}
 * boolean cell, {@code null} no cell at all.
 */
public final class TestWorkbooks {

    private final Workbook workbook;
    private final CellStyle dateStyle;

    private TestWorkbooks(Workbook workbook) {
        this.workbook = workbook;
        this.dateStyle = workbook.createCellStyle();
        dateStyle.setDataFormat(workbook.getCreationHelper().createDataFormat().getFormat("dd/mm/yyyy"));
    }

    public static TestWorkbooks xlsx() {
        return new TestWorkbooks(new XSSFWorkbook());
    }

    public static TestWorkbooks xls() {
        return new TestWorkbooks(new HSSFWorkbook());
    }

    public Workbook workbook() {
        return workbook;
    }

    /** Adds a sheet; row {@code i} of {@code rows} goes to sheet row {@code i + 1}. */
    public Sheet sheet(String name, Object[]... rows) {
        Map<Integer, Object[]> numbered = new LinkedHashMap<>();
        for (int i = 0; i < rows.length; i++) {
            numbered.put(i + 1, rows[i]);
        }
        return sheet(name, numbered);
    }

    /** Adds a sheet with rows at the given 1-based row numbers. */
    public Sheet sheet(String name, Map<Integer, Object[]> rows) {
        Sheet sheet = workbook.createSheet(name);
        rows.forEach((number, values) -> {
            Row row = sheet.createRow(number - 1);
            for (int c = 0; c < values.length; c++) {
                put(row, c, values[c]);
            }
        });
        return sheet;
    }

    private void put(Row row, int column, Object value) {
        if (value == null) {
            return;
        }
        Cell cell = row.createCell(column);
        if (value instanceof String s) {
            cell.setCellValue(s);
        } else if (value instanceof Number n) {
            cell.setCellValue(n.doubleValue());
        } else if (value instanceof LocalDate d) {
            cell.setCellValue(d);
            cell.setCellStyle(dateStyle);
        } else if (value instanceof Boolean b) {
            cell.setCellValue(b);
        } else {
            throw new IllegalArgumentException("unsupported cell value " + value.getClass());
        }
    }

    public Path write(Path file) throws IOException {
        try (OutputStream out = Files.newOutputStream(file); Workbook wb = workbook) {
            wb.write(out);
        }
        return file;
    }
}
