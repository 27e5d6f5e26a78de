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

    /** Plain form of a double as a spreadsheet holds it (shortest text that reads back the same double). */
    public static String plain(double value) {
        if (Double.isNaN(value) || Double.isInfinite(value)) {
            return Double.toString(value);
        }
        return plain(Double.toString(value));
    }
}
