package id.rekon.pispk.normalise;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * RtRwParser as it was before the char loops (commit 76f2b67): the oracle they are checked
 * against. Do not change.
 *
 * <p>Writes a family's RT and RW as {@code 003/002}, whether they came in one {@code RT / RW}
 * column ({@code 3/2}, {@code 003 / 002}, {@code RT 03 RW 02}, {@code 003-002}) or in two.
 * Each number loses its leading zeros and is padded to three digits; a missing side is written
 * {@code -} ({@code 003/-}). A value without digits counts as blank. Immutable and thread-safe.
 */
public final class RtRwParserViaRegex {

    private static final Pattern NUMBER = Pattern.compile("\\d+");

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
        String s = n.replaceFirst("^0+(?=\\d)", "");
        return s.length() >= 3 ? s : "0".repeat(3 - s.length()) + s;
    }

    private static List<String> numbers(String text) {
        List<String> found = new ArrayList<>(2);
        if (text != null) {
            Matcher m = NUMBER.matcher(text);
            while (m.find()) {
                found.add(m.group());
            }
        }
        return found;
    }
}
