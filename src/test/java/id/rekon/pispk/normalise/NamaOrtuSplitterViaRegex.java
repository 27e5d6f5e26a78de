package id.rekon.pispk.normalise;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.regex.Pattern;

/**
 * NamaOrtuSplitter as it was before the hand split (commit e3fad34), with the old name
 * normaliser: the oracle both are checked against. Do not change.
 *
 * <p>Splits e-PPGBM's parents cell ({@code Nama Ortu}), which often holds both parents, into
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
public final class NamaOrtuSplitterViaRegex {

    private static final Pattern SEPARATOR =
            Pattern.compile("\\s*(?:[/\\\\&+,;]|\\s-|-\\s|(?<![\\p{L}\\p{N}])(?i:dan)(?![\\p{L}\\p{N}]))\\s*");

    private final NamaNormaliserViaRegex nama = new NamaNormaliserViaRegex();

    /**
     * @param cell the parents cell as read; {@code null} or blank gives an empty list
     * @return the normalised names found, in order, without repeats; never {@code null}
     */
    public List<String> split(String cell) {
        if (cell == null || cell.isBlank()) {
            return List.of();
        }
        List<String> pieces = new ArrayList<>();
        for (String piece : SEPARATOR.split(cell.trim())) {
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
}
