package id.rekon.pispk.normalise;

import id.rekon.pispk.model.Nama;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Normalises a person's name for matching, keeping the original for display.
 *
 * <p>The normal form is: accents folded (NFD, marks removed), upper case, apostrophes dropped
 * ({@code MA'RUF} gives {@code MARUF}), titles and honorifics removed, then every other
 * character that is not a letter or digit (hyphens, dots, commas, brackets) turned into a space
 * and repeated spaces folded. {@code "Ny.  Siti Nur-Aini, S.Pd"} gives {@code SITI NUR AINI}.
 *
 * <p>Titles are removed only as whole tokens at the start or the end, never in the middle, and
 * the last remaining token is never removed:
 * <ul>
 *   <li>at the start, honorifics and prefix titles: {@code NY, NYONYA, TN, AN, BY, BAYI, H, HJ,
 *       KH, DR, DRS, DRA, IR, PROF, NS, ALM, ALMH, BP, BPK, BAPAK, IBU, SDR, SDRI}, with or
 *       without a dot, also glued by a dot ({@code H.ABDUL}, {@code DR.H.ABDUL});</li>
 *   <li>at the end, academic and professional degrees ({@code S.PD, S.KEP, S.KM, AMD.KEB, A.MD,
 *       S.H., S.E., M.PD, M.KES, ...}), with or without dots, also split over two tokens
 *       ({@code S. Pd}). A short degree that could be a name ({@code SE, SH, ST, SS, MM, MA, ...})
 *       is removed only when written with a dot or after a comma ({@code BUDI S.E},
 *       {@code BUDI, SE}), never bare ({@code BUDI SE} stays).</li>
 * </ul>
 * A leading {@code ST.} is left alone: at the start it abbreviates the given name Siti; only a
 * trailing {@code ST} (Sarjana Teknik) is a degree. A token that merely contains a title
 * ({@code HANAN}, {@code ANDI}, {@code NYOMAN}) is never touched.
 *
 * <p>Immutable and thread-safe.
 */
public final class NamaNormaliser {

    private static final Set<String> PREFIX = Set.of(
            "NY", "NYONYA", "TN", "AN", "BY", "BAYI", "H", "HJ", "KH", "DR", "DRS", "DRA", "IR", "PROF",
            "NS", "ALM", "ALMH", "ALMARHUM", "ALMARHUMAH", "BP", "BPK", "BAPAK", "IBU", "SDR", "SDRI");

    /** Degrees safe to remove even when written bare at the end of a name. */
    private static final Set<String> DEGREE_BARE = Set.of(
            "SPD", "SPDI", "SPDSD", "SKEP", "SKEPNS", "SKM", "SKED", "SKOM", "SSOS", "SFARM", "SGZ", "SIKOM",
            "SPSI", "SHUT", "STRKEB", "STRKEP", "SPOG", "SPPD", "AMD", "AMDKEB", "AMDKEP", "AMDKES", "AMDGZ",
            "AMDAK", "AMDFARM", "AMK", "AMKEB", "MPD", "MKES", "MKM", "MKEP", "MSC", "MPH", "PHD", "BSC");

    /** Degrees that could also be (part of) a name: removed only when dotted or after a comma. */
    private static final Set<String> DEGREE_MARKED = Set.of(
            "SE", "SH", "ST", "SS", "SP", "SPT", "SAG", "SHI", "SSI", "SIP", "SST", "STR", "SKG", "SPA", "SPB",
            "MM", "MH", "MT", "MAG", "MSI", "MA", "BA", "APT", "NS", "DR");

    /** The apostrophes dropped from names; each is one {@code char}, so a char loop finds them all. */
    private static final String APOSTROPHES = "'\u2018\u2019`\u00B4\u02BC\u02BB";
    private static final Pattern BY_DOT = Pattern.compile("(BY|BAYI)\\.+\\p{L}.*");

    /**
     * @param original the name as read; {@code null} is treated as blank
     * @return the name with {@code asli} = the original (trimmed) and {@code normal} as described
     */
    public Nama normalise(String original) {
        String asli = original == null ? "" : original.trim();
        return new Nama(asli, normal(asli));
    }

    /** The normal form alone; {@code ""} for {@code null} or blank. */
    public String normal(String original) {
        List<Token> tokens = tokens(original);
        stripPrefixes(tokens);
        stripDegrees(tokens);
        StringBuilder sb = new StringBuilder();
        for (Token t : tokens) {
            sb.append(' ').append(t.text);
        }
        return TextKey.spaced(sb);
    }

    /**
     * Whether the name is a newborn's placeholder, "baby of Mrs X": it starts with {@code BY} or
     * {@code BAYI}, with or without {@code NY} ({@code BY NY SITI}, {@code BY. NY. SITI},
     * {@code BAYI NY SITI}, {@code BY SITI}), followed by a name. The {@link #normal normal form}
     * is then the mother's name, which is what a matcher should compare with the mother.
     */
    public boolean isBayiNyonya(String original) {
        List<Token> tokens = tokens(original);
        if (tokens.isEmpty()) {
            return false;
        }
        Token first = tokens.get(0);
        if ((first.key.equals("BY") || first.key.equals("BAYI")) && tokens.size() > 1) {
            return true;
        }
        // "BY.NY.SITI" arrives as a single token. Most names do not start with BY. or BAYI., which
        // the pattern needs, so it is not asked.
        return (first.text.startsWith("BY.") || first.text.startsWith("BAYI."))
                && BY_DOT.matcher(first.text).matches();
    }

    /** Whether the text holds only titles or degrees (e.g. {@code "S.PD"}, {@code "NY."}): no name. */
    public boolean isTitleOnly(String text) {
        List<Token> tokens = tokens(text);
        if (tokens.isEmpty()) {
            return false;
        }
        for (Token t : tokens) {
            if (!PREFIX.contains(t.key) && !DEGREE_BARE.contains(t.key) && !DEGREE_MARKED.contains(t.key)) {
                return false;
            }
        }
        return true;
    }

    /**
     * Folds a place or facility name for comparison, without removing any title: accents folded,
     * upper case, apostrophes dropped, other punctuation as spaces, spaces folded.
     * {@code "Oe'kabiti - Soe"} gives {@code OEKABITI SOE}.
     */
    public static String fold(String text) {
        return TextKey.words(withoutApostrophes(TextKey.fold(text)));
    }

    private static void stripPrefixes(List<Token> tokens) {
        while (tokens.size() > 1) {
            Token first = tokens.get(0);
            if (PREFIX.contains(first.key)) {
                tokens.remove(0);
                continue;
            }
            int dot = first.text.indexOf('.');
            if (dot > 0 && dot < first.text.length() - 1
                    && PREFIX.contains(Token.keyOf(first.text.substring(0, dot)))) {
                tokens.set(0, new Token(first.text.substring(dot + 1), first.afterComma));
                continue;
            }
            break;
        }
    }

    private static void stripDegrees(List<Token> tokens) {
        while (tokens.size() > 1) {
            Token last = tokens.get(tokens.size() - 1);
            if (isDegree(last.key, last.dotted || last.afterComma)) {
                tokens.remove(tokens.size() - 1);
                continue;
            }
            // "S. Pd", "A. Md": a dotted initial and the rest of the degree.
            if (tokens.size() > 2) {
                Token before = tokens.get(tokens.size() - 2);
                if (before.key.length() == 1 && before.text.endsWith(".")
                        && isDegree(before.key + last.key, true)) {
                    tokens.remove(tokens.size() - 1);
                    tokens.remove(tokens.size() - 1);
                    continue;
                }
            }
            break;
        }
    }

    private static boolean isDegree(String key, boolean marked) {
        return DEGREE_BARE.contains(key) || (marked && DEGREE_MARKED.contains(key));
    }

    /** Tokens split on spaces and commas (and semicolons); a token remembers a comma before it. */
    private static List<Token> tokens(String original) {
        String s = withoutApostrophes(TextKey.fold(original));
        List<Token> tokens = new ArrayList<>();
        StringBuilder cur = new StringBuilder();
        boolean comma = false;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            boolean space = Character.isWhitespace(c) || Character.isSpaceChar(c);
            if (space || c == ',' || c == ';') {
                if (cur.length() > 0) {
                    tokens.add(new Token(cur.toString(), comma));
                    cur.setLength(0);
                    comma = false;
                }
                comma |= c == ',' || c == ';';
            } else {
                cur.append(c);
            }
        }
        if (cur.length() > 0) {
            tokens.add(new Token(cur.toString(), comma));
        }
        tokens.removeIf(t -> t.key.isEmpty());
        return tokens;
    }

    /** {@code MA'RUF} gives {@code MARUF}; the text itself when it has no apostrophe (most names). */
    static String withoutApostrophes(String text) {
        int first = -1;
        for (int i = 0; i < text.length(); i++) {
            if (apostrophe(text.charAt(i))) {
                first = i;
                break;
            }
        }
        if (first < 0) {
            return text;
        }
        StringBuilder sb = new StringBuilder(text.length());
        sb.append(text, 0, first);
        for (int i = first + 1; i < text.length(); i++) {
            char c = text.charAt(i);
            if (!apostrophe(c)) {
                sb.append(c);
            }
        }
        return sb.toString();
    }

    private static boolean apostrophe(char c) {
        return c == '\'' || c == '`' || (c >= 0x80 && APOSTROPHES.indexOf(c) >= 0);
    }

    private static final class Token {
        final String text;
        final String key;
        final boolean dotted;
        final boolean afterComma;

        Token(String text, boolean afterComma) {
            this.text = text;
            this.key = keyOf(text);
            this.dotted = text.indexOf('.') >= 0;
            this.afterComma = afterComma;
        }

        /** Letters and digits only: {@code A.MD.KEB} gives {@code AMDKEB}. */
        static String keyOf(String text) {
            return TextKey.lettersAndDigits(text);
        }
    }
}
