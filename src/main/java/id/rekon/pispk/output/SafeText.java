package id.rekon.pispk.output;

/**
 * The one place that decides which text a spreadsheet could take for a formula (formula / DDE
 * injection: a name like {@code =HYPERLINK(...)} or {@code @SUM(...)} typed into a source
 * system) and how each output neutralises it.
 *
 * <ul>
 *   <li>Workbooks: POI writes strings as string cells, so nothing is evaluated; the cell is also
 *       given a style with {@code quotePrefix} so Excel shows it as text and keeps it text when a
 *       team member edits the cell. The text itself is unchanged.</li>
 *   <li>CSV files: a single quote {@code '} is put before the text, the usual defence (OWASP "CSV
 *       injection"). The value read back then differs from the source by that one leading
 *       character; digits-only fields such as {@code nik} never need it.</li>
 * </ul>
 * Pure functions, thread safe.
 */
public final class SafeText {

    private SafeText() {
    }

    /** Whether {@code text} starts with {@code = + - @}, TAB or CR; {@code false} for null or empty. */
    public static boolean isFormulaLike(String text) {
        if (text == null || text.isEmpty()) {
            return false;
        }
        char c = text.charAt(0);
        return c == '=' || c == '+' || c == '-' || c == '@' || c == '\t' || c == '\r';
    }

    /** The text for a CSV field: {@code null} becomes empty, formula-like text gets a leading {@code '}. */
    public static String forCsv(String text) {
        if (text == null) {
            return "";
        }
        return isFormulaLike(text) ? "'" + text : text;
    }
}
