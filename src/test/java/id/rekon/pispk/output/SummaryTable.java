package id.rekon.pispk.output;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Test reader of one titled table of the {@code Ringkasan} sheet: the title row, the header row
 * under it, data rows up to the first blank row; a row labelled {@code Jumlah} is the totals row.
 */
final class SummaryTable {

    private static final DataFormatter FORMAT = new DataFormatter();

    private final Map<String, Integer> columns = new LinkedHashMap<>();
    private final Map<String, Row> rows = new LinkedHashMap<>();
    private Row total;

    static SummaryTable find(Sheet sheet, String title) {
        for (int r = 0; r <= sheet.getLastRowNum(); r++) {
            Row row = sheet.getRow(r);
            if (row != null && row.getCell(0) != null && title.equals(FORMAT.formatCellValue(row.getCell(0)))) {
                return new SummaryTable(sheet, r);
            }
        }
        throw new AssertionError("tabel tidak ada: " + title);
    }

    private SummaryTable(Sheet sheet, int titleRow) {
        Row header = sheet.getRow(titleRow + 1);
        header.forEach(c -> columns.put(FORMAT.formatCellValue(c), c.getColumnIndex()));
        for (int r = titleRow + 2; r <= sheet.getLastRowNum(); r++) {
            Row row = sheet.getRow(r);
            if (row == null || row.getCell(0) == null) {
                break;
            }
            String label = FORMAT.formatCellValue(row.getCell(0));
            if (label.startsWith("Tidak ada")) {
                break;
            }
            if (RingkasanSheet.JUMLAH.equals(label)) {
                total = row;
                break;
            }
            rows.put(label, row);
        }
    }

    List<String> rowLabels() {
        return new ArrayList<>(rows.keySet());
    }

    Cell cell(String rowLabel, String column) {
        Row row = rows.get(rowLabel);
        if (row == null) {
            throw new AssertionError("baris tidak ada: " + rowLabel);
        }
        return row.getCell(column(column));
    }

    long value(String rowLabel, String column) {
        return (long) cell(rowLabel, column).getNumericCellValue();
    }

    long total(String column) {
        if (total == null) {
            throw new AssertionError("baris Jumlah tidak ada");
        }
        return (long) total.getCell(column(column)).getNumericCellValue();
    }

    private int column(String name) {
        Integer c = columns.get(name);
        if (c == null) {
            throw new AssertionError("kolom tidak ada: " + name + " di " + columns.keySet());
        }
        return c;
    }
}
