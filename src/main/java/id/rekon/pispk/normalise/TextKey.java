package id.rekon.pispk.normalise;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Folds free text to a comparison key: accents folded, upper case, every run of characters that
 * is not a letter or digit turned into one space, trimmed. {@code " laki - Laki "} gives
 * {@code "LAKI LAKI"}. Used by the small parsers to compare against their vocabularies.
 *
 * <p>Every method has a character loop for plain ASCII, which is what almost every cell holds
 * (accents are folded to ASCII first), and falls back to the Unicode-aware pattern for anything
 * else. The loop gives exactly the pattern's result: in ASCII the letters and digits of
 * {@code \p{L}\p{N}} are {@code A-Z a-z 0-9} and nothing else. Patterns were 12 % of the read
 * step (JFR), called several times per cell.
 */
final class TextKey {

    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern NON_WORD = Pattern.compile("[^\\p{L}\\p{N}]+");

    private TextKey() {
    }

    /** Accents folded (NFD, marks removed) and upper-cased; {@code null} gives {@code ""}. */
    static String fold(String text) {
        if (text == null) {
            return "";
        }
        if (ascii(text)) {
            // Nothing to decompose or strip: most names and codes are plain ASCII.
            return text.toUpperCase(Locale.ROOT);
        }
        String nfd = Normalizer.normalize(text, Normalizer.Form.NFD);
        return MARKS.matcher(nfd).replaceAll("").toUpperCase(Locale.ROOT);
    }

    static boolean ascii(CharSequence text) {
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) >= 0x80) {
                return false;
            }
        }
        return true;
    }

    /** {@link #fold} with non-letters/digits as single spaces, trimmed. */
    static String words(String text) {
        return spaced(fold(text));
    }

    /** {@link #fold} with every non-letter/digit removed: {@code "Laki-laki"} gives {@code "LAKILAKI"}. */
    static String compact(String text) {
        return lettersAndDigits(fold(text));
    }

    /**
     * Every run of characters that is not a letter or digit as one space, trimmed, nothing folded:
     * {@code " NUR-AINI ,S.PD "} gives {@code "NUR AINI S PD"}.
     */
    static String spaced(CharSequence text) {
        int n = text.length();
        char[] out = new char[n];
        int len = 0;
        boolean gap = false;
        for (int i = 0; i < n; i++) {
            char c = text.charAt(i);
            if (c >= 0x80) {
                return NON_WORD.matcher(text).replaceAll(" ").trim();
            }
            if (asciiLetterOrDigit(c)) {
                if (gap && len > 0) {
                    out[len++] = ' ';
                }
                gap = false;
                out[len++] = c;
            } else {
                gap = true;
            }
        }
        // The pattern's replacement leaves at most one space at either end, which trim() drops;
        // the loop never writes them.
        return new String(out, 0, len);
    }

    /** Letters and digits only, nothing folded: {@code "A.MD.KEB"} gives {@code "AMDKEB"}. */
    static String lettersAndDigits(String text) {
        int n = text.length();
        int i = 0;
        while (i < n) {
            char c = text.charAt(i);
            if (c >= 0x80) {
                return NON_WORD.matcher(text).replaceAll("");
            }
            if (!asciiLetterOrDigit(c)) {
                break;
            }
            i++;
        }
        if (i == n) {
            return text;
        }
        // Something to drop: copy what was kept so far, then go on char by char.
        char[] out = new char[n];
        text.getChars(0, i, out, 0);
        int len = i;
        for (; i < n; i++) {
            char c = text.charAt(i);
            if (c >= 0x80) {
                return NON_WORD.matcher(text).replaceAll("");
            }
            if (asciiLetterOrDigit(c)) {
                out[len++] = c;
            }
        }
        return new String(out, 0, len);
    }

    private static boolean asciiLetterOrDigit(char c) {
        return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9');
    }
}
