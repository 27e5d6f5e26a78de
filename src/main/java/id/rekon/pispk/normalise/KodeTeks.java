package id.rekon.pispk.normalise;

/**
 * Cleans codes and numbers typed as text (Kode Desa, No Kartu, Kode PPK, Kode Puskesmas) the way
 * the row mappers did with {@code String.replaceAll} and {@code String.matches}, by a char loop:
 * those compiled a pattern on every call, for every row. The character classes are ASCII
 * ({@code \s} is space, tab, line feed, vertical tab, form feed, carriage return; {@code \d} is
 * {@code 0-9}), so the loops give the same result for any text, not only ASCII.
 */
public final class KodeTeks {

    private KodeTeks() {
    }

    /** {@code text.replaceAll("\\s+", "")}. */
    public static String withoutBlanks(String text) {
        return withoutBlanksAnd(text, "");
    }

    /**
     * {@code text.replaceAll("[\\s" + others + "]", "")}: blanks and each character of
     * {@code others} removed; the text itself when there is none.
     */
    public static String withoutBlanksAnd(String text, String others) {
        int n = text.length();
        int i = 0;
        while (i < n && !dropped(text.charAt(i), others)) {
            i++;
        }
        if (i == n) {
            return text;
        }
        StringBuilder sb = new StringBuilder(n);
        sb.append(text, 0, i);
        for (; i < n; i++) {
            char c = text.charAt(i);
            if (!dropped(c, others)) {
                sb.append(c);
            }
        }
        return sb.toString();
    }

    /** {@code text.replaceAll("[^0-9]", "")}. */
    public static String digitsOnly(String text) {
        StringBuilder sb = null;
        int n = text.length();
        for (int i = 0; i < n; i++) {
            char c = text.charAt(i);
            if (digit(c)) {
                if (sb != null) {
                    sb.append(c);
                }
            } else if (sb == null) {
                sb = new StringBuilder(n);
                sb.append(text, 0, i);
            }
        }
        return sb == null ? text : sb.toString();
    }

    /** {@code text.matches("\\d{" + min + "," + max + "}")}. */
    public static boolean isDigits(String text, int min, int max) {
        int n = text.length();
        if (n < min || n > max) {
            return false;
        }
        for (int i = 0; i < n; i++) {
            if (!digit(text.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    /** {@code \s} of a default (not Unicode) pattern. */
    static boolean blank(char c) {
        return c == ' ' || (c >= '\t' && c <= '\r');
    }

    private static boolean dropped(char c, String others) {
        return blank(c) || others.indexOf(c) >= 0;
    }

    private static boolean digit(char c) {
        return c >= '0' && c <= '9';
    }
}
