package id.rekon.pispk.model;

import java.time.LocalDate;

/**
 * One cell as a reader found it, before any cleaning.
 *
 * @param text    the text: for text cells the string as stored (a leading apostrophe kept if the
 *                file has one); for numeric cells the number written in plain decimal without
 *                grouping (a 16-digit NIK cell becomes {@code 5301234567890000}, a whole number has no
 *                {@code .0}); for CSV the field; never {@code null}, empty when blank
 * @param numeric whether the source stored a number (numeric XLSX/XLS cell, JSON number) rather
 *                than text; this is how a NIK damaged by Excel is recognised
 * @param date    the date when the cell is a date-formatted spreadsheet cell, else {@code null}
 */
public record CellValue(String text, boolean numeric, LocalDate date) {

    public static final CellValue EMPTY = new CellValue("", false, null);

    public CellValue {
        text = text == null ? "" : text;
    }

    public static CellValue text(String text) {
        return text == null || text.isEmpty() ? EMPTY : new CellValue(text, false, null);
    }

    public static CellValue number(String plain) {
        return new CellValue(plain, true, null);
    }

    public static CellValue date(LocalDate date, String text) {
        return new CellValue(text, true, date);
    }

    public boolean isBlank() {
        return text.isBlank() && date == null;
    }
}
