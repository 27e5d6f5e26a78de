package id.rekon.pispk.output;

import org.apache.poi.ss.usermodel.Sheet;

import java.util.Arrays;

/**
 * Column widths that fit, tracked while rows stream by: SXSSF cannot autosize columns whose rows
 * are already flushed, and tracking every cell for {@code autoSizeColumn} costs a font
 * measurement per cell. Counting characters is cheap and close enough for the fonts Excel uses.
 * Not thread safe.
 */
final class ColumnWidths {

    /** Excel's own limit is 255 characters; beyond ~60 a column stops being readable anyway. */
    static final int DEFAULT_CAP = 60;
    private static final int MIN = 6;
    private static final int PADDING = 2;

    private final int[] longest;
    private final int cap;

    ColumnWidths(int columns, int cap) {
        this.longest = new int[columns];
        this.cap = cap;
    }

    /** Notes a cell's displayed length, in characters. */
    void note(int column, int length) {
        if (column < longest.length && length > longest[column]) {
            longest[column] = length;
        }
    }

    void note(int column, String text) {
        if (text != null) {
            note(column, text.length());
        }
    }

    /** Width of a column, in characters, between the minimum and the cap. */
    int width(int column) {
        return Math.min(cap, Math.max(MIN, longest[column] + PADDING));
    }

    /** Sets every tracked column's width on {@code sheet} (units of 1/256 of a character). */
    void applyTo(Sheet sheet) {
        for (int c = 0; c < longest.length; c++) {
            sheet.setColumnWidth(c, width(c) * 256);
        }
    }

    @Override
    public String toString() {
        return "ColumnWidths" + Arrays.toString(longest);
    }
}
