package id.rekon.pispk.source;

import id.rekon.pispk.model.SourceKind;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Finds the header row of a sheet and the kind of file it belongs to, from the header texts alone
 * (never the file name: operators rename exports). The kinds and their columns are the registry's
 * ({@link SourceKinds}).
 *
 * <p>How it decides, for the first {@value #SCAN_ROWS} non-blank rows:
 * <ol>
 *   <li>Every row is matched against every kind: a cell matches a column when their
 *       {@link HeaderKey}s are equal to one of the column's aliases. A cell maps to at most one
 *       column of a kind, the first in declaration order that no cell further left has taken; a
 *       column takes the leftmost matching cell (so with both {@code Desa} and {@code Kelurahan},
 *       {@code Desa} wins). A match scores the number of distinct cells matched.</li>
 *   <li>A composite kind (the raw survei) is the union of its parts' matches of the same row (the
 *       family and the member match); it is a candidate only when at least two required columns of
 *       each part are there, so a plain member file is not taken for half a survei.</li>
 *   <li>Complete matches (every required column present, at least {@value #MIN_COMPLETE} cells)
 *       win over incomplete ones, the highest score first, then the earlier row. Required columns
 *       are what tells overlapping kinds apart: {@code NIK, Nama, JK, Tgl Lahir} fit members,
 *       e-PPGBM and PCare alike, but only e-PPGBM has {@code Tanggal Pengukuran} and only PCare
 *       {@code No Kartu}.</li>
 *   <li>An incomplete match is reported as "kind found, required column missing" when it is
 *       clearly the best: at least {@value #MIN_INCOMPLETE} cells and more than any other kind, or
 *       {@value #CLEAR_MARGIN} cells more than the best complete match (a raw survei without its
 *       visit date is not quietly read as a member file).</li>
 *   <li>Otherwise the sheet is unrecognised, and the row with the most matched (else non-blank)
 *       cells is given as the best candidate to show the operator.</li>
 * </ol>
 * Pure and thread-safe.
 */
public final class HeaderRecogniser {

    /** Rows looked at for a header: title rows and blank rows above it are passed over. */
    public static final int SCAN_ROWS = 15;
    static final int MIN_COMPLETE = 2;
    static final int MIN_INCOMPLETE = 3;
    static final int CLEAR_MARGIN = 3;

    private static final Comparator<Match> BEST_FIRST = Comparator
            .comparingInt(Match::cellCount).reversed()
            .thenComparingInt(Match::rowPosition)
            .thenComparing(Match::kind);

    /** The plain kinds, each matched against every row. */
    private final List<SourceDefinition> singles;
    /** The kinds whose header is the union of other kinds' (the raw survei). */
    private final List<SourceDefinition> composites;

    /** A recogniser of every registered kind ({@link SourceKinds}). */
    public HeaderRecogniser() {
        this(SourceKinds.all());
    }

    /** A recogniser of these kinds only: a test's own kinds. */
    HeaderRecogniser(List<SourceDefinition> definitions) {
        this.singles = definitions.stream().filter(d -> d.parts().isEmpty()).toList();
        this.composites = definitions.stream().filter(d -> !d.parts().isEmpty()).toList();
    }

    /**
     * Recognises the kind and header among {@code rows}, the first non-blank rows of a sheet in
     * order (only the first {@value #SCAN_ROWS} are looked at; blank rows are skipped here too).
     */
    public Recognition recognise(List<RawRow> rows) {
        List<RawRow> scanned = rows.stream().filter(r -> !r.isBlank()).limit(SCAN_ROWS).toList();
        List<Match> matches = new ArrayList<>();
        for (int pos = 0; pos < scanned.size(); pos++) {
            matches.addAll(matchRow(pos, scanned.get(pos)));
        }
        Optional<Match> complete = matches.stream()
                .filter(m -> m.complete() && m.cellCount() >= MIN_COMPLETE).min(BEST_FIRST);
        Optional<Match> incomplete = matches.stream()
                .filter(m -> !m.complete() && m.cellCount() >= MIN_INCOMPLETE).min(BEST_FIRST);
        if (complete.isPresent()) {
            if (incomplete.isPresent()
                    && incomplete.get().cellCount() >= complete.get().cellCount() + CLEAR_MARGIN) {
                return incomplete.get().toRecognition();
            }
            return complete.get().toRecognition();
        }
        if (incomplete.isPresent() && clearlyBest(incomplete.get(), matches)) {
            return incomplete.get().toRecognition();
        }
        return Recognition.unrecognised(bestCandidate(scanned, matches));
    }

    private List<Match> matchRow(int pos, RawRow row) {
        List<String> keys = row.cells().stream().map(c -> HeaderKey.of(c.text())).toList();
        Map<SourceKind, Match> byKind = new EnumMap<>(SourceKind.class);
        for (SourceDefinition single : singles) {
            byKind.put(single.kind(), match(single, pos, row, keys));
        }
        for (SourceDefinition composite : composites) {
            List<Match> parts = composite.parts().stream().map(byKind::get).toList();
            if (parts.stream().allMatch(p -> p != null && p.requiredFound() >= 2)) {
                byKind.put(composite.kind(), union(composite.kind(), parts));
            }
        }
        return List.copyOf(byKind.values());
    }

    private static Match match(SourceDefinition kind, int pos, RawRow row, List<String> keys) {
        Map<SourceColumn, Integer> mapped = new LinkedHashMap<>();
        List<SourceColumn> columns = kind.columns();
        for (int i = 0; i < keys.size(); i++) {
            if (keys.get(i).isEmpty()) {
                continue; // a row padded out to column XFD is mostly blanks: no column has a blank alias
            }
            for (SourceColumn column : columns) {
                if (!mapped.containsKey(column) && KindColumns.matches(column, keys.get(i))) {
                    mapped.put(column, i);
                    break;
                }
            }
        }
        List<SourceColumn> missing = new ArrayList<>();
        int requiredFound = 0;
        for (SourceColumn column : columns) {
            if (column.required()) {
                if (mapped.containsKey(column)) {
                    requiredFound++;
                } else {
                    missing.add(column);
                }
            }
        }
        return new Match(kind.kind(), pos, row, mapped, new HashSet<>(mapped.values()).size(), missing,
                requiredFound);
    }

    /** A composite kind's match: its parts' matches of the same row, together. */
    private static Match union(SourceKind kind, List<Match> parts) {
        Map<SourceColumn, Integer> mapped = new LinkedHashMap<>();
        List<SourceColumn> missing = new ArrayList<>();
        int requiredFound = 0;
        for (Match part : parts) {
            mapped.putAll(part.columns());
            missing.addAll(part.missing());
            requiredFound += part.requiredFound();
        }
        Set<Integer> cells = new HashSet<>(mapped.values());
        Match first = parts.get(0);
        return new Match(kind, first.rowPosition(), first.row(), mapped, cells.size(), missing, requiredFound);
    }

    private static boolean clearlyBest(Match best, List<Match> matches) {
        return matches.stream().filter(m -> m.kind() != best.kind())
                .allMatch(m -> m.cellCount() < best.cellCount());
    }

    private static RawRow bestCandidate(List<RawRow> rows, List<Match> matches) {
        Optional<Match> matched = matches.stream().filter(m -> m.cellCount() > 0).min(BEST_FIRST);
        if (matched.isPresent()) {
            return matched.get().row();
        }
        RawRow best = null;
        long bestCount = -1;
        for (RawRow row : rows) {
            long count = row.cells().stream().filter(c -> !c.isBlank()).count();
            if (count > bestCount) {
                best = row;
                bestCount = count;
            }
        }
        return best;
    }

    private record Match(SourceKind kind, int rowPosition, RawRow row, Map<SourceColumn, Integer> columns,
                         int cellCount, List<SourceColumn> missing, int requiredFound) {

        boolean complete() {
            return missing.isEmpty();
        }

        Recognition toRecognition() {
            return new Recognition(kind, row, columns, missing);
        }
    }
}
