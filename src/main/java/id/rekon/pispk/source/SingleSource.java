package id.rekon.pispk.source;

import id.rekon.pispk.model.SourceKind;
import id.rekon.pispk.normalise.MapResult;
import id.rekon.pispk.store.RecordKind;
import id.rekon.pispk.store.StagedRecord;
import id.rekon.pispk.store.TidakTerarah;

import java.util.List;
import java.util.function.Function;

/**
 * A kind whose header is one column enum and whose row maps to one model record {@code T}.
 *
 * @param columns     the kind's column enum, in declaration order
 * @param mapper      builds the kind's row mapper (once per file)
 * @param stager      the store rows of one record (a KUA couple is three); {@code null} for reference data
 * @param unrouted    the routing error of a record no puskesmas owns, else {@code null}; {@code null}
 *                    for kinds whose records carry their owner (PIS-PK)
 * @param <T>         the model record
 */
public record SingleSource<T>(SourceKind kind, String label, String listedAs, SheetHint sheetHint,
        List<SourceColumn> columns, List<RecordKind> recordKinds, Function<RowParsers, SourceRowMapper<T>> mapper,
        Function<T, List<StagedRecord>> stager, Function<T, TidakTerarah> unrouted) implements SourceDefinition {

    public SingleSource {
        columns = List.copyOf(columns);
        recordKinds = List.copyOf(recordKinds);
    }

    @Override
    public List<SourceKind> parts() {
        return List.of();
    }

    @Override
    public <R> RowIngest<R> open(RowParsers parsers, StagingOutcome<R> outcome) {
        if (stager == null) {
            return row -> null;
        }
        SourceRowMapper<T> rows = mapper.apply(parsers);
        return row -> {
            MapResult<T> result = rows.map(row);
            if (!result.isOk()) {
                return outcome.rejected(row, result.reason());
            }
            T value = result.value();
            return outcome.stored(stager.apply(value), unrouted == null ? null : unrouted.apply(value));
        };
    }
}
