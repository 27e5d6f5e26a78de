package id.rekon.pispk.match;

import org.apache.commons.text.similarity.JaroWinklerSimilarity;

import java.util.Arrays;
import java.util.Locale;

/**
 * Similarity of two normalised names, tolerant of token order: the larger of Jaro-Winkler on the
 * names as written and on their tokens sorted, so {@code SITI AMINAH} and {@code AMINAH SITI} are
 * identical (1.0). Inputs are expected normalised already (see {@link id.rekon.pispk.model.Nama});
 * case and repeated spaces are folded again here so a stray space never matters. A blank name has
 * no similarity to anything (0.0): callers treat blank as unknown before asking. Thread-safe.
 *
 * <p>Jaro-Winkler is Commons Text's {@link JaroWinklerSimilarity} (the classic definition: match
 * window {@code max(|a|,|b|)/2 - 1}, prefix bonus 0.1 per common character up to 4 when Jaro
 * exceeds 0.7); it replaced a copy of our own that gave the same values to 4 decimals on the
 * names of the tests ({@code JaroWinklerTest}).
 *
 * <p>Used by DEMO-03 (names dissimilar below {@code nameSimilarityThreshold}), NIK-04 (one NIK, two
 * people) and the probable matcher, so "dissimilar names" means the same thing everywhere.
 */
public final class KemiripanNama {

    /** Stateless, so one instance serves every thread. */
    private static final JaroWinklerSimilarity JARO_WINKLER = new JaroWinklerSimilarity();

    private KemiripanNama() {
    }

    public static double nilai(String a, String b) {
        String x = kanonik(a);
        String y = kanonik(b);
        if (x.isEmpty() || y.isEmpty()) {
            return 0.0;
        }
        double direct = JARO_WINKLER.apply(x, y);
        if (direct == 1.0) {
            return 1.0;
        }
        return Math.max(direct, JARO_WINKLER.apply(urutToken(x), urutToken(y)));
    }

    /** The best similarity between any name of {@code a} and any of {@code b}; 0 when either is empty. */
    public static double terbaik(Iterable<String> a, Iterable<String> b) {
        double best = 0.0;
        for (String x : a) {
            for (String y : b) {
                best = Math.max(best, nilai(x, y));
            }
        }
        return best;
    }

    static String kanonik(String name) {
        if (name == null) {
            return "";
        }
        if (isKanonik(name)) {
            return name; // the usual case: the normaliser's output; skip the regex
        }
        return name.trim().replaceAll("\\s+", " ").toUpperCase(Locale.ROOT);
    }

    private static boolean isKanonik(String name) {
        int n = name.length();
        if (n > 0 && (name.charAt(0) == ' ' || name.charAt(n - 1) == ' ')) {
            return false;
        }
        for (int i = 0; i < n; i++) {
            char c = name.charAt(i);
            if (Character.isWhitespace(c) && (c != ' ' || name.charAt(i - 1) == ' ')) {
                return false;
            }
            if (Character.isLowerCase(c)) {
                return false;
            }
        }
        return true;
    }

    private static String urutToken(String name) {
        String[] tokens = name.split(" ");
        Arrays.sort(tokens);
        return String.join(" ", tokens);
    }
}
