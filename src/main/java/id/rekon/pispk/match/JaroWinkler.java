package id.rekon.pispk.match;

/**
 * Jaro-Winkler similarity of two strings, in [0, 1] (1 = identical).
 *
 * <p>The classic definition: characters match when equal and no further apart than
 * {@code max(|a|,|b|)/2 - 1}; Jaro is {@code (m/|a| + m/|b| + (m - t)/m) / 3} with {@code t} half
 * the matched characters out of order; Winkler adds {@code 0.1 * prefix * (1 - jaro)} for a common
 * prefix of up to 4 characters when Jaro exceeds 0.7. Case-sensitive: callers compare normalised
 * names. Two empty strings are identical (1.0); an empty and a non-empty string share nothing (0.0).
 * Stateless and thread-safe.
 */
public final class JaroWinkler {

    private static final double PREFIX_SCALE = 0.1;
    private static final int MAX_PREFIX = 4;
    private static final double BOOST_THRESHOLD = 0.7;

    private JaroWinkler() {
    }

    public static double similarity(String a, String b) {
        if (a == null || b == null) {
            throw new IllegalArgumentException("JaroWinkler: string null");
        }
        double jaro = jaro(a, b);
        if (jaro <= BOOST_THRESHOLD) {
            return jaro;
        }
        int prefix = 0;
        int limit = Math.min(MAX_PREFIX, Math.min(a.length(), b.length()));
        while (prefix < limit && a.charAt(prefix) == b.charAt(prefix)) {
            prefix++;
        }
        return jaro + prefix * PREFIX_SCALE * (1.0 - jaro);
    }

    /** The Jaro similarity alone (no prefix bonus). */
    public static double jaro(String a, String b) {
        if (a.equals(b)) {
            return 1.0;
        }
        if (a.isEmpty() || b.isEmpty()) {
            return 0.0;
        }
        int range = Math.max(0, Math.max(a.length(), b.length()) / 2 - 1);
        boolean[] matchedA = new boolean[a.length()];
        boolean[] matchedB = new boolean[b.length()];
        int matches = 0;
        for (int i = 0; i < a.length(); i++) {
            int from = Math.max(0, i - range);
            int to = Math.min(b.length() - 1, i + range);
            for (int j = from; j <= to; j++) {
                if (!matchedB[j] && a.charAt(i) == b.charAt(j)) {
                    matchedA[i] = true;
                    matchedB[j] = true;
                    matches++;
                    break;
                }
            }
        }
        if (matches == 0) {
            return 0.0;
        }
        int outOfOrder = 0;
        int k = 0;
        for (int i = 0; i < a.length(); i++) {
            if (!matchedA[i]) {
                continue;
            }
            while (!matchedB[k]) {
                k++;
            }
            if (a.charAt(i) != b.charAt(k)) {
                outOfOrder++;
            }
            k++;
        }
        double m = matches;
        double transpositions = outOfOrder / 2.0;
        return (m / a.length() + m / b.length() + (m - transpositions) / m) / 3.0;
    }
}
