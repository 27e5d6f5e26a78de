package id.rekon.pispk.source;

import id.rekon.pispk.model.CellValue;

import java.math.BigDecimal;

/**
 * Writes a number stored by a spreadsheet or JSON file in plain decimal, the way {@link CellValue}
 * wants it: no exponent, no grouping, no trailing {@code .0} ({@code 5.30123456789012E15} gives
 * {@code 5301234567890120}, {@code 3.0} gives {@code 3}, {@code 1.50} gives {@code 1.5}).
 *
 * <p>Bounded work whatever the literal: {@code 1E100000000} written out would be a hundred million
 * digits, so a literal longer than {@value #MAX_LITERAL} characters or whose plain form would need
 * more than {@link ReadLimits#MAX_EXPONENT} digits either side of the point is kept as written (no
 * NIK, weight or date serial is anywhere near that).
 */
public final class NumberText {

    /** Longest literal converted: a 16-digit NIK written with every digit and an exponent is under 30. */
    static final int MAX_LITERAL = 64;

    private NumberText() {
    }

    /** Plain form of a number literal; text that is not a number comes back unchanged. */
    public static String plain(String literal) {
        if (literal == null) {
            return "";
        }
        String trimmed = literal.trim();
        if (trimmed.isEmpty()) {
            return "";
        }
        if (trimmed.length() > MAX_LITERAL) {
            return literal;
        }
        String simple = simpleDecimal(trimmed);
        if (simple != null) {
            return simple;
        }
        try {
            BigDecimal value = new BigDecimal(trimmed);
            long magnitude = (long) value.precision() - value.scale();
            if (Math.abs(magnitude) > ReadLimits.MAX_EXPONENT || Math.abs((long) value.scale()) > ReadLimits.MAX_EXPONENT) {
                return literal;
            }
            if (value.scale() > 0) {
                value = value.stripTrailingZeros();
            }
            if (value.scale() < 0) {
                value = value.setScale(0);
            }
            return value.toPlainString();
        } catch (NumberFormatException e) {
            return literal;
        }
    }

    /**
     * The plain form of the literal when it is an ordinary decimal ({@code 45160.0}, {@code -1.25},
     * {@code 70}: optional minus, digits without a leading zero, optional point and digits), which is
     * how spreadsheets store nearly every number; {@code null} for anything else, left to
     * {@link BigDecimal}. Gives exactly what the {@link BigDecimal} path gives (NumberTextTest compares
     * them on random literals); it exists because that path was a measurable share of reading a
     * worksheet with a dozen numeric cells per row.
     */
    static String simpleDecimal(String s) {
        int n = s.length();
        int i = s.charAt(0) == '-' ? 1 : 0;
        int intStart = i;
        while (i < n && isDigit(s.charAt(i))) {
            i++;
        }
        int intEnd = i;
        if (intEnd == intStart || (s.charAt(intStart) == '0' && intEnd - intStart > 1)) {
            return null; // ".5", "-", "007": rare, let BigDecimal decide
        }
        int fracEnd = intEnd;
        if (i < n) {
            if (s.charAt(i) != '.') {
                return null;
            }
            i++;
            while (i < n && isDigit(s.charAt(i))) {
                i++;
            }
            if (i < n || i == intEnd + 1) {
                return null; // an exponent, "5." or anything else
            }
            fracEnd = i;
            while (fracEnd > intEnd + 1 && s.charAt(fracEnd - 1) == '0') {
                fracEnd--;
            }
            if (fracEnd == intEnd + 1) {
                fracEnd = intEnd; // only zeros after the point
            }
        }
        if (fracEnd == intEnd && intEnd - intStart == 1 && s.charAt(intStart) == '0') {
            return "0"; // "-0", "0.00": zero has no sign
        }
        return fracEnd == n ? s : s.substring(0, fracEnd);
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    /** Plain form of a double as a spreadsheet holds it (shortest text that reads back the same double). */
    public static String plain(double value) {
        if (Double.isNaN(value) || Double.isInfinite(value)) {
            return Double.toString(value);
        }
        return plain(Double.toString(value));
    }
}
