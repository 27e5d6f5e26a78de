package id.rekon.pispk.source.csv;

/**
 * Guesses a CSV file's delimiter among {@code ,} {@code ;} and TAB from its first lines: the one
 * that occurs most often outside double quotes wins (Indonesian-locale Excel writes {@code ;}, and
 * its decimal commas are far fewer than the delimiters of a row). Excel's {@code sep=;} first line
 * decides when present. Ties go to the earlier of {@code , ; TAB}; no delimiter at all gives
 * {@code ,} (a one-column file). Pure and thread-safe.
 */
public final class CsvDelimiter {

    /** Lines of the sample that are looked at. */
    public static final int SAMPLE_LINES = 20;
    private static final char[] CANDIDATES = {',', ';', '\t'};

    private CsvDelimiter() {
    }

    /** The delimiter of a file whose text starts with {@code sample}. */
    public static char detect(String sample) {
        String first = sample.lines().findFirst().orElse("").strip();
        if (first.length() == 5 && first.regionMatches(true, 0, "sep=", 0, 4)) {
            return first.charAt(4);
        }
        long[] counts = new long[CANDIDATES.length];
        boolean quoted = false;
        int lines = 0;
        for (int i = 0; i < sample.length() && lines < SAMPLE_LINES; i++) {
            char c = sample.charAt(i);
            if (c == '"') {
                quoted = !quoted;
            } else if (c == '\n' && !quoted) {
                lines++;
            } else if (!quoted) {
                for (int k = 0; k < CANDIDATES.length; k++) {
                    if (c == CANDIDATES[k]) {
                        counts[k]++;
                    }
                }
            }
        }
        int best = 0;
        for (int k = 1; k < CANDIDATES.length; k++) {
            if (counts[k] > counts[best]) {
                best = k;
            }
        }
        return CANDIDATES[best];
    }
}
