package id.rekon.pispk.normalise;

import java.math.BigDecimal;
import java.util.regex.Pattern;

/**
 * DesimalParser as it was before the char scan (commit 3afa595): the oracle it is checked
 * against. Do not change.
 *
 * <p>Reads a decimal number written with a comma or a dot.
 *
 * <ul>
 *   <li>One kind of separator appearing once is the decimal separator, whatever the number of
 *       digits after it: {@code 12,5} and {@code 12.5} are 12.5; {@code 3.200} is 3.2. (For
 *       e-PPGBM weights the two readings agree anyway: {@code 3.200} as grams is 3.2 kg.)</li>
 *   <li>Both kinds present: the last one is the decimal separator, the other groups
 *       thousands: {@code 1.234,5} and {@code 1,234.5} are 1234.5.</li>
 *   <li>One kind appearing more than once groups thousands: {@code 1.234.567} is 1234567.</li>
 *   <li>A sign ({@code -}, {@code +}, the Unicode minus) and surrounding spaces are allowed;
 *       a trailing {@code %} is dropped (the caller decides what a percentage means).</li>
 * </ul>
 * Blank, {@code "-"} or anything else gives {@code null}, and so does text longer than
 * {@value #MAX_CHARS} characters: no measurement has that many digits, and converting a megabyte of
 * digits would cost minutes of CPU. Immutable and thread-safe.
 */
public final class DesimalParserViaRegex {

    static final int MAX_CHARS = 40;
    private static final Pattern NUMBER = Pattern.compile("[+-]?(?:\\d+(?:[.,]\\d+)*|[.,]\\d+)");

    /** @return the number, or {@code null} when blank or unreadable */
    public BigDecimal parse(String text) {
        if (text == null) {
            return null;
        }
        if (text.length() > MAX_CHARS * 4) {
            return null;
        }
        String s = text.trim().replace('\u2212', '-').replace("\u00A0", "").replace(" ", "");
        if (s.endsWith("%")) {
            s = s.substring(0, s.length() - 1);
        }
        if (s.length() > MAX_CHARS || !NUMBER.matcher(s).matches() || s.chars().noneMatch(Character::isDigit)) {
            return null;
        }
        int dots = count(s, '.');
        int commas = count(s, ',');
        if (dots > 0 && commas > 0) {
            char decimal = s.lastIndexOf('.') > s.lastIndexOf(',') ? '.' : ',';
            char group = decimal == '.' ? ',' : '.';
            if (count(s, decimal) > 1) {
                return null;
            }
            s = s.replace(String.valueOf(group), "").replace(decimal, '.');
        } else if (dots > 1) {
            s = s.replace(".", "");
        } else if (commas > 1) {
            s = s.replace(",", "");
        } else {
            s = s.replace(',', '.');
        }
        try {
            return new BigDecimal(s);
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static int count(String s, char c) {
        int n = 0;
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) == c) {
                n++;
            }
        }
        return n;
    }
}
