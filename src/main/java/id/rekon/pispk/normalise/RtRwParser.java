package id.rekon.pispk.normalise;

import java.util.ArrayList;
import java.util.List;

/**
 * Writes a family's RT and RW as {@code 003/002}, whether they came in one {@code RT / RW}
 * column ({@code 3/2}, {@code 003 / 002}, {@code RT 03 RW 02}, {@code 003-002}) or in two.
 * Each number loses its leading zeros and is padded to three digits; a missing side is written
 * {@code -} ({@code 003/-}). A value without digits counts as blank. Immutable and thread-safe.
 */
public final class RtRwParser {

    /**
     * @param rtRw the combined column, preferred when it has a number
     * @param rt   the separate RT column
     * @param rw   the separate RW column
     * @return {@code RRR/WWW}, or {@code null} when nothing was given
     */
    public String combine(String rtRw, String rt, String rw) {
        List<String> both = numbers(rtRw);
        if (!both.isEmpty()) {
            return join(both.get(0), both.size() > 1 ? both.get(1) : null);
        }
        List<String> r = numbers(rt);
        List<String> w = numbers(rw);
        if (r.isEmpty() && w.isEmpty()) {
            return null;
        }
        return join(r.isEmpty() ? null : r.get(0), w.isEmpty() ? null : w.get(0));
    }

    private static String join(String rt, String rw) {
        return pad(rt) + "/" + pad(rw);
    }

    private static String pad(String n) {
        if (n == null) {
            return "-";
        }
        // n is digits only: drop leading zeros but keep the last digit, as ^0+(?=\d) did
        // (String.replaceFirst compiled that pattern on every call).
        int zeros = 0;
        while (zeros < n.length() - 1 && n.charAt(zeros) == '0') {
            zeros++;
        }
        String s = n.substring(zeros);
        return s.length() >= 3 ? s : "0".repeat(3 - s.length()) + s;
    }

    private static List<String> numbers(String text) {
        List<String> found = new ArrayList<>(2);
        if (text != null) {
            // The runs of ASCII digits, as the pattern \d+ found them.
            int i = 0;
            while (i < text.length()) {
                if (!digit(text.charAt(i))) {
                    i++;
                    continue;
                }
                int start = i;
                while (i < text.length() && digit(text.charAt(i))) {
                    i++;
                }
                found.add(text.substring(start, i));
            }
        }
        return found;
    }

    private static boolean digit(char c) {
        return c >= '0' && c <= '9';
    }
}
