package id.rekon.pispk.output;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;

import java.time.LocalDate;

/**
 * Writes typed cells with the workbook's styles and notes their widths. Every text goes through
 * {@link #text} or {@link #kode}, so formula-like text always gets the {@code quotePrefix} style
 * ({@link SafeText}). Empty text writes no cell (smaller files, and filters show "(Blanks)").
 */
final class CellWriter {

    /** Displayed length of {@link WorkbookStyles#DATE_FORMAT}, e.g. {@code 05 Agu 2026}. */
    private static final int DATE_LENGTH = 11;

    private final WorkbookStyles styles;

    CellWriter(WorkbookStyles styles) {
        this.styles = styles;
    }

    WorkbookStyles styles() {
        return styles;
    }

    /** Free text; formula-like text is kept as text with the quote prefix style. */
    void text(Row row, int column, String value, ColumnWidths widths) {
        put(row, column, value, SafeText.isFormulaLike(value) ? styles.textQuoted : styles.text, widths);
    }

    /** Identifier text (NIK, No KK, ids): a string cell with the text format {@code @}. */
    void kode(Row row, int column, String value, ColumnWidths widths) {
        put(row, column, value, SafeText.isFormulaLike(value) ? styles.kodeQuoted : styles.kode, widths);
    }

    /** Free text that wraps inside its cell instead of being clipped. */
    void wrapped(Row row, int column, String value, ColumnWidths widths) {
        put(row, column, value, SafeText.isFormulaLike(value) ? styles.wrappedQuoted : styles.wrapped, widths);
    }

    /** Text with a given style; formula-like text still gets a quote prefix style. */
    void styled(Row row, int column, String value, CellStyle style, ColumnWidths widths) {
        put(row, column, value, SafeText.isFormulaLike(value) ? styles.textQuoted : style, widths);
    }

    void date(Row row, int column, LocalDate value, ColumnWidths widths) {
        if (value == null) {
            return;
        }
        Cell cell = row.createCell(column);
        cell.setCellValue(value);
        cell.setCellStyle(styles.date);
        if (widths != null) {
            widths.note(column, DATE_LENGTH);
        }
    }

    void number(Row row, int column, Number value, CellStyle style, ColumnWidths widths) {
        if (value == null) {
            return;
        }
        Cell cell = row.createCell(column);
        cell.setCellValue(value.doubleValue());
        cell.setCellStyle(style);
        if (widths != null) {
            widths.note(column, String.valueOf(value.longValue()).length());
        }
    }

    private static void put(Row row, int column, String value, CellStyle style, ColumnWidths widths) {
        if (value == null || value.isEmpty()) {
            return;
        }
        Cell cell = row.createCell(column);
        cell.setCellValue(value);
        cell.setCellStyle(style);
        if (widths != null) {
            widths.note(column, value);
        }
    }
}
