package id.rekon.pispk.source;

import id.rekon.pispk.model.SourceKind;

import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * What {@link HeaderRecogniser} made of the first rows of a sheet.
 *
 * <ul>
 *   <li>recognised: {@code kind} set, {@code missingRequired} empty;</li>
 *   <li>kind found but incomplete: {@code kind} set, {@code missingRequired} lists the required
 *       columns the header lacks (a file-level error);</li>
 *   <li>unrecognised: {@code kind} {@code null}; {@code headerRow} is then the best candidate row
 *       (to show the operator), or {@code null} when there were no rows at all.</li>
 * </ul>
 *
 * @param kind            the kind, or {@code null}
 * @param headerRow       the header row (or best candidate), or {@code null} when no rows
 * @param columns         column index of each column found in the header, unmodifiable; for the
 *                        raw survei both family and member columns
 * @param missingRequired required columns not found, unmodifiable, in declaration order
 */
public record Recognition(SourceKind kind, RawRow headerRow, Map<SourceColumn, Integer> columns,
                          List<SourceColumn> missingRequired) {

    public Recognition {
        columns = Map.copyOf(Objects.requireNonNull(columns, "columns"));
        missingRequired = List.copyOf(Objects.requireNonNull(missingRequired, "missingRequired"));
        if (kind == null && !missingRequired.isEmpty()) {
            throw new IllegalArgumentException("missing columns without a kind");
        }
    }

    static Recognition unrecognised(RawRow bestRow) {
        return new Recognition(null, bestRow, Map.of(), List.of());
    }

    /** Kind known and every required column present: the file can be read. */
    public boolean complete() {
        return kind != null && missingRequired.isEmpty();
    }
}
