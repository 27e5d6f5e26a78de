package id.rekon.pispk.source;

import java.math.BigDecimal;

/**
 * Writes a number stored by a spreadsheet or JSON file in plain decimal, the way {@link CellValue}
 * wants it: no exponent, no grouping, no trailing {@code .0} ({@code 5.30123456789012E15} gives
 * {@code 5301234567890120}, {@code 3.0} gives {@code 3}, {@code 1.50} gives {@code 1.5}).
 */
public final class NumberText {

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
        try {
            BigDecimal value = new BigDecimal(trimmed);
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
