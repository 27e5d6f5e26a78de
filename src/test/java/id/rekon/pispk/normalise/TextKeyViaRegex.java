package id.rekon.pispk.normalise;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * TextKey as it was before the character loops (commit 8a699a1): the oracle they are checked
 * against, with fold's ASCII shortcut taken out so that it is checked too. Do not change.
 *
 * <p>Folds free text to a comparison key: accents folded, upper case, every run of characters that
 * is not a letter or digit turned into one space, trimmed. {@code " laki - Laki "} gives
 * {@code "LAKI LAKI"}. Used by the small parsers to compare against their vocabularies.
 */
public final class TextKeyViaRegex {

    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern NON_WORD = Pattern.compile("[^\\p{L}\\p{N}]+");

    private TextKeyViaRegex() {
    }

    /** Accents folded (NFD, marks removed) and upper-cased; {@code null} gives {@code ""}. */
    static String fold(String text) {
        if (text == null) {
            return "";
        }
        String nfd = Normalizer.normalize(text, Normalizer.Form.NFD);
        return MARKS.matcher(nfd).replaceAll("").toUpperCase(Locale.ROOT);
    }

    /** {@link #fold} with non-letters/digits as single spaces, trimmed. */
    static String words(String text) {
        return NON_WORD.matcher(fold(text)).replaceAll(" ").trim();
    }

    /** {@link #fold} with every non-letter/digit removed: {@code "Laki-laki"} gives {@code "LAKILAKI"}. */
    static String compact(String text) {
        return NON_WORD.matcher(fold(text)).replaceAll("");
    }
}
