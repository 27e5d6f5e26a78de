package id.rekon.pispk.source;

/**
 * Reads a free-text or code cell for a domain record: trimmed, a leading apostrophe (Excel's
 * "store as text" mark) dropped, {@code null} when blank. Stateless.
 */
public final class CellText {

    private CellText() {
    }

    /** The column's text, or {@code null} when the column is absent or blank. */
    public static String of(MappedRow row, SourceColumn column) {
        return clean(row.text(column));
    }

    /** The text trimmed without a leading apostrophe, or {@code null} when blank. */
    public static String clean(String text) {
        if (text == null) {
            return null;
        }
        String s = text.strip();
        while (!s.isEmpty() && "'\u2018\u2019`".indexOf(s.charAt(0)) >= 0) {
            s = s.substring(1).strip();
        }
        return s.isEmpty() ? null : s;
    }
}
