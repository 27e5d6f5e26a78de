package id.rekon.pispk.source;

import id.rekon.pispk.model.CellValue;

import java.time.Duration;
import java.util.List;

/**
 * The bounds every reader keeps to, so that one crafted or broken file costs at most a refusal and
 * never the night: a cell reference, a sheet count or a line length is checked against these before
 * anything is allocated for it. The spreadsheet limits are Excel's own, so no file Excel can save is
 * refused by them.
 */
public final class ReadLimits {

    /** Columns of a sheet: Excel stops at XFD. */
    public static final int MAX_COLUMNS = 16_384;
    /** Rows of a sheet: Excel's limit. */
    public static final long MAX_ROWS = 1_048_576;
    /** Sheets of a workbook looked at when choosing the one that holds the data. */
    public static final int MAX_SHEETS_EXAMINED = 20;
    /** Physical rows of a sheet read while looking for its header (blank rows included). */
    public static final int MAX_ROWS_EXAMINED = 1_000;
    /** Characters of one physical line of a CSV or JSON file; a real export's line is a few hundred. */
    public static final int MAX_LINE_CHARS = 1_048_576;
    /**
     * Characters of one row, all its cells together, in every format: a real export's row is a
     * few hundred to two thousand. With the cell and look-ahead limits this bounds what one file can
     * make the reader hold: a chunk of rows (1,000 by default) of at most this many characters each,
     * plus the header look-ahead (docs/keamanan.md, "Batas memori per berkas").
     */
    public static final int MAX_ROW_CHARS = 65_536;
    /** Digits of a number's exponent kept as a number: beyond this, it is text (no NIK or weight is that large). */
    public static final int MAX_EXPONENT = 400;

    /** System property (seconds) for {@link #timePerFile()}. */
    public static final String TIME_PER_FILE_PROPERTY = "rekon.baca.batas-waktu-detik";
    private static final long DEFAULT_SECONDS_PER_FILE = 1_800;

    private ReadLimits() {
    }

    /**
     * Refuses a row whose cells hold more than {@link #MAX_ROW_CHARS} characters together.
     *
     * @param number the row's number as the messages give it (physical row, line or object)
     */
    public static void checkRow(long number, List<CellValue> cells) throws SourceLimitException {
        long chars = 0;
        for (CellValue c : cells) {
            chars += c.text().length();
        }
        if (chars > MAX_ROW_CHARS) {
            throw new SourceLimitException("baris " + number + " lebih dari " + MAX_ROW_CHARS + " karakter");
        }
    }

    /**
     * How long reading one file may take, from opening it to its last row: 30 minutes unless the
     * system property {@value #TIME_PER_FILE_PROPERTY} says otherwise. A whole province's export
     * reads in a few minutes; the budget only stops a file that would hold the night hostage.
     */
    public static Duration timePerFile() {
        String value = System.getProperty(TIME_PER_FILE_PROPERTY);
        if (value != null) {
            try {
                long seconds = Long.parseLong(value.trim());
                if (seconds > 0) {
                    return Duration.ofSeconds(seconds);
                }
            } catch (NumberFormatException e) {
                // a typo in the setting must not stop the night: the default applies
            }
        }
        return Duration.ofSeconds(DEFAULT_SECONDS_PER_FILE);
    }
}
