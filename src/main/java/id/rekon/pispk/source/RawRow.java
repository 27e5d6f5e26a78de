package id.rekon.pispk.source;

import id.rekon.pispk.model.CellValue;

import java.util.List;

/**
 * One physical row of a tabular file.
 *
 * @param rowNumber 1-based row number as the user sees it: the spreadsheet row number, or for CSV
 *                  the line on which the record starts; for JSON the 1-based object number
 * @param cells     cells in column order; may be shorter than the header (trailing blanks)
 * @param rusak     why the row could not be read at all (then {@code cells} holds its text), or {@code null}
 */
public record RawRow(long rowNumber, List<CellValue> cells, String rusak) {

    public RawRow(long rowNumber, List<CellValue> cells) {
        this(rowNumber, cells, null);
    }

    /**
     * A row the file holds but that cannot be read (a broken NDJSON line): it becomes a reject with
     * {@code reason}, and the rows after it are still read.
     */
    public static RawRow rusak(long rowNumber, String text, String reason) {
        return new RawRow(rowNumber, List.of(CellValue.text(text)), reason);
    }

    public CellValue cell(int index) {
        return index >= 0 && index < cells.size() ? cells.get(index) : CellValue.EMPTY;
    }

    public boolean isBlank() {
        for (CellValue c : cells) {
            if (!c.isBlank()) {
                return false;
            }
        }
        return true;
    }

    /** The row as one line of text for the rejects report: cells joined by {@code |}. */
    public String rawText() {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < cells.size(); i++) {
            if (i > 0) {
                sb.append(" | ");
            }
            CellValue c = cells.get(i);
            sb.append(c.date() != null ? c.date().toString() : c.text());
        }
        return sb.toString();
    }
}
