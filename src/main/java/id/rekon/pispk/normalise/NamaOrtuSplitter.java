package id.rekon.pispk.normalise;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * Splits e-PPGBM's parents cell ({@code Nama Ortu}), which often holds both parents, into
 * normalised names: {@code MARIA / YOHANES}, {@code MARIA DAN YOHANES}, {@code MARIA & YOHANES},
 * {@code MARIA, YOHANES}, {@code MARIA - YOHANES} and {@code MARIA + YOHANES} all give
 * {@code [MARIA, YOHANES]}.
 *
 * <p>Separators: {@code / \ & + , ;}, the word {@code dan} (any case, whole word only:
 * {@code DANI} is a name), and a hyphen with a space on at least one side. A hyphen glued on
 * both sides ({@code AN-NUR}) is part of a name and becomes a space like in any name. A piece
 * holding only a title or degree ({@code MARIA, S.PD / YOHANES}) stays with the name before
 * it. Empty pieces and repeats are dropped; order is kept.
 *
 * <p>Immutable and thread-safe.
 */
public final class NamaOrtuSplitter {

    private static final Pattern SEPARATOR =
            Pattern.compile("\\s*(?:[/\\\\&+,;]|\\s-|-\\s|(?<![\\p{L}\\p{N}])(?i:dan)(?![\\p{L}\\p{N}]))\\s*");

    private final NamaNormaliser nama;

    public NamaOrtuSplitter() {
        this(new NamaNormaliser());
    }

    public NamaOrtuSplitter(NamaNormaliser nama) {
        this.nama = Objects.requireNonNull(nama, "nama");
    }

    /**
     * @param cell the parents cell as read; {@code null} or blank gives an empty list
     * @return the normalised names found, in order, without repeats; never {@code null}
     */
    public List<String> split(String cell) {
        if (cell == null || cell.isBlank()) {
            return List.of();
        }
        List<String> pieces = new ArrayList<>();
        for (String piece : pieces(cell.trim())) {
            if (piece.isBlank()) {
                continue;
            }
            if (!pieces.isEmpty() && nama.isTitleOnly(piece)) {
                pieces.set(pieces.size() - 1, pieces.get(pieces.size() - 1) + ", " + piece);
            } else {
                pieces.add(piece);
            }
        }
        LinkedHashSet<String> names = new LinkedHashSet<>();
        for (String piece : pieces) {
            String normal = nama.normal(piece);
            if (!normal.isEmpty()) {
                names.add(normal);
            }
        }
        return List.copyOf(names);
    }

    /**
     * {@code SEPARATOR.split(text)}: by hand for ASCII text (the pattern was 1.1 % of the read
     * step), by the pattern otherwise, where a letter or digit next to {@code dan} may be any
     * script's.
     */
    static String[] pieces(String text) {
        if (!TextKey.ascii(text)) {
            return SEPARATOR.split(text);
        }
        List<String> out = new ArrayList<>(2);
        int n = text.length();
        int index = 0;
        int from = 0;
        while (from < n) {
            int end = -1;
            int start = from;
            for (; start < n; start++) {
                end = separatorEnd(text, start);
                if (end >= 0) {
                    break;
                }
            }
            if (end < 0) {
                break;
            }
            out.add(text.substring(index, start));
            index = end;
            from = end;
        }
        if (index == 0) {
            return new String[] {text};
        }
        out.add(text.substring(index));
        // Pattern.split drops trailing empty pieces.
        int size = out.size();
        while (size > 0 && out.get(size - 1).isEmpty()) {
            size--;
        }
        return out.subList(0, size).toArray(new String[0]);
    }

    /**
     * Where a separator match starting at {@code i} ends, or -1: what the pattern's greedy
     * {@code \s*}, its alternatives and its trailing {@code \s*} do, for ASCII text. The
     * alternatives start with different characters, so at most one applies at a position; the
     * leading blanks give back one character only when a hyphen follows them ({@code \s-}).
     */
    private static int separatorEnd(String text, int i) {
        int n = text.length();
        int j = i;
        while (j < n && blank(text.charAt(j))) {
            j++;
        }
        if (j == n) {
            return -1;
        }
        char c = text.charAt(j);
        int end = -1;
        if ("/\\&+,;".indexOf(c) >= 0) {
            end = j + 1;
        } else if (c == '-' && j + 1 < n && blank(text.charAt(j + 1))) {
            end = j + 2;
        } else if (c == '-' && j > i) {
            end = j + 1;
        } else if (dan(text, j)) {
            end = j + 3;
        }
        if (end < 0) {
            return -1;
        }
        while (end < n && blank(text.charAt(end))) {
            end++;
        }
        return end;
    }

    /** The word {@code dan} in any ASCII case at {@code j}, no letter or digit either side. */
    private static boolean dan(String text, int j) {
        return j + 3 <= text.length()
                && (text.charAt(j) | 0x20) == 'd' && (text.charAt(j + 1) | 0x20) == 'a' && (text.charAt(j + 2) | 0x20) == 'n'
                && (j == 0 || !letterOrDigit(text.charAt(j - 1)))
                && (j + 3 == text.length() || !letterOrDigit(text.charAt(j + 3)));
    }

    /** {@code \s}: space, tab, line feed, vertical tab, form feed, carriage return. */
    private static boolean blank(char c) {
        return c == ' ' || (c >= '\t' && c <= '\r');
    }

    private static boolean letterOrDigit(char c) {
        return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9');
    }
}
