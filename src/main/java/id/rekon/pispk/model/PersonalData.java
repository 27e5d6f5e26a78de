package id.rekon.pispk.model;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The one masking function for everything an operator reads outside the workbooks: every log line
 * (through the log pattern's {@code %aman}), the run's summaries and the reasons written beside a
 * refused file. It masks every written form of a NIK or No KK, and makes control characters visible
 * so a file name or a header cell cannot forge a log line or recolour a terminal.
 *
 * <ul>
 *   <li>12 to 20 digits in a row ({@code 5302011234560001}, a NIK with a digit too many or too few);</li>
 *   <li>16 digits split by single spaces, dots or dashes ({@code 5302.0112.3456.0001},
 *       {@code 5302 0112 3456 0001}, {@code 53-02-01-123456-0001});</li>
 *   <li>scientific notation as Excel shows a NIK stored as a number ({@code 5.30201E+15},
 *       {@code 5,30201E+15}).</li>
 * </ul>
 * Each becomes its first four and last four digits ({@code 5302…0001}; scientific notation keeps
 * only its first four). Names cannot be told from other words, so no message may carry a cell's
 * content in the first place; this function is the safety net for identifiers.
 *
 * <p>Pure and thread-safe.
 */
public final class PersonalData {

    private static final Pattern NIK_FORMS = Pattern.compile(
            "(?<![0-9])[0-9]{12,20}(?![0-9])"
                    + "|(?<![0-9])[0-9](?:[ .\\-\\u00A0]?[0-9]){15}(?![0-9])"
                    + "|(?<![0-9])[0-9][.,][0-9]+[eE]\\+?[0-9]{1,3}(?![0-9])");
    private static final Pattern LINE_BREAK = Pattern.compile("\\r\\n|\\r|\\n");

    private PersonalData() {
    }

    /** {@code text} as one safe line: identifiers masked, control characters (line breaks included) escaped. */
    public static String mask(String text) {
        if (text == null) {
            return "";
        }
        return escapeControls(maskIdentifiers(text), true);
    }

    /**
     * A message that may span lines (a stack trace, a report): identifiers masked, control characters
     * escaped, and every line after the first indented, so that no line of it can pass for a log entry
     * of its own.
     */
    public static String maskLines(String text) {
        if (text == null || text.isEmpty()) {
            return "";
        }
        String[] lines = LINE_BREAK.split(text, -1);
        StringBuilder sb = new StringBuilder(text.length() + 16);
        for (int i = 0; i < lines.length; i++) {
            if (i > 0) {
                sb.append(System.lineSeparator());
                if (!lines[i].isEmpty()) {
                    sb.append("    ");
                }
            }
            sb.append(escapeControls(maskIdentifiers(lines[i]), false)); // a stack trace's tabs stay
        }
        return sb.toString();
    }

    private static String maskIdentifiers(String text) {
        Matcher m = NIK_FORMS.matcher(text);
        if (!m.find()) {
            return text;
        }
        StringBuilder sb = new StringBuilder(text.length());
        do {
            m.appendReplacement(sb, Matcher.quoteReplacement(masked(m.group())));
        } while (m.find());
        m.appendTail(sb);
        return sb.toString();
    }

    private static String masked(String found) {
        String digits = found.replaceAll("[^0-9]", "");
        if (found.indexOf('e') >= 0 || found.indexOf('E') >= 0) {
            String mantissa = found.substring(0, Math.max(found.indexOf('e'), found.indexOf('E')))
                    .replaceAll("[^0-9]", "");
            return mantissa.substring(0, Math.min(4, mantissa.length())) + "…";
        }
        return digits.substring(0, 4) + "…" + digits.substring(digits.length() - 4);
    }

    /** C0 controls, DEL, C1 controls and the Unicode line and paragraph separators as {@code \xNN} / {@code \\uNNNN}. */
    private static String escapeControls(String text, boolean tabsToo) {
        StringBuilder sb = null;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean control = (c < 0x20 && (tabsToo || c != '\t')) || (c >= 0x7F && c <= 0x9F)
                    || c == '\u2028' || c == '\u2029' || (c >= '\u202A' && c <= '\u202E')
                    || (c >= '\u2066' && c <= '\u2069');
            if (control) {
                if (sb == null) {
                    sb = new StringBuilder(text.length() + 8).append(text, 0, i);
                }
                sb.append(c <= 0xFF ? String.format("\\x%02X", (int) c) : String.format("\\u%04X", (int) c));
            } else if (sb != null) {
                sb.append(c);
            }
        }
        return sb == null ? text : sb.toString();
    }
}
