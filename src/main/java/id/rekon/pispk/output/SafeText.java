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
 *       injection"), and before every piece of it that follows a {@code ,} {@code ;} TAB or line
 *       break, since a spreadsheet may split an unquoted field there. The value read back then
 *       differs from the source by those characters; digits-only fields such as {@code nik} never
 *       need it.</li>
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

    /**
     * The text for a CSV field: {@code null} becomes empty, and every part of it that a spreadsheet
     * could take for a formula gets a {@code '} before it: the text's start, and the start of every
     * piece after a {@code ,} {@code ;} TAB or line break. A field is written unquoted
     * when it holds no comma, so Excel in Indonesian settings, which splits on {@code ;}, would read
     * {@code SITI;=1+2} as two cells, the second a formula; it gets {@code SITI;'=1+2}.
     */
    public static String forCsv(String text) {
        if (text == null) {
            return "";
        }
        StringBuilder sb = null;
        boolean pieceStart = true;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (pieceStart && isFormulaStart(c)) {
                if (sb == null) {
                    sb = new StringBuilder(text.length() + 4).append(text, 0, i);
                }
                sb.append('\'');
            }
            if (sb != null) {
                sb.append(c);
            }
            pieceStart = isSplit(c);
        }
        return sb == null ? text : sb.toString();
    }

    private static boolean isFormulaStart(char c) {
        return c == '=' || c == '+' || c == '-' || c == '@' || c == '\t' || c == '\r';
    }

    private static boolean isSplit(char c) {
        return c == ',' || c == ';' || c == '\t' || c == '\r' || c == '\n';
    }
}
