package id.rekon.pispk.source;

import id.rekon.pispk.model.SourceKind;
import id.rekon.pispk.normalise.MapResult;
import id.rekon.pispk.store.RecordKind;
import id.rekon.pispk.store.StagedRecord;
import id.rekon.pispk.store.TidakTerarah;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * A kind whose rows each hold two records: a head repeated over consecutive rows (stored once per
 * run of equal {@code headKey}s) and a member. The Keluarga Sehat app's raw survei is one: each
 * member row repeats its family. Its header is the union of both parts' headers; a row is refused
 * when either part refuses it, with both reasons when both do. A routing error is the member's.
 *
 * @param <H> the head record (a family)
 * @param <M> the member record
 */
public record CompositeSource<H, M>(SourceKind kind, String label, String listedAs, SheetHint sheetHint,
        SingleSource<H> head, Function<H, String> headKey, SingleSource<M> member) implements SourceDefinition {

    @Override
    public List<SourceColumn> columns() {
        List<SourceColumn> both = new ArrayList<>(head.columns());
        both.addAll(member.columns());
        return List.copyOf(both);
    }

    @Override
    public List<SourceKind> parts() {
        return List.of(head.kind(), member.kind());
    }

    @Override
    public List<RecordKind> recordKinds() {
        List<RecordKind> both = new ArrayList<>(head.recordKinds());
        both.addAll(member.recordKinds());
        return List.copyOf(both);
    }

    @Override
    public <R> RowIngest<R> open(RowParsers parsers, StagingOutcome<R> outcome) {
        SourceRowMapper<H> heads = head.mapper().apply(parsers);
        SourceRowMapper<M> members = member.mapper().apply(parsers);
        return new RowIngest<>() {
            /** The head of the previous row: the same head on the next row is not stored again. */
            private String lastHead;

            @Override
            public R ingest(MappedRow row) {
                MapResult<H> h = heads.map(row);
                MapResult<M> m = members.map(row);
                if (!h.isOk() || !m.isOk()) {
                    String reason = !h.isOk() && !m.isOk() ? h.reason() + "; " + m.reason()
                            : !h.isOk() ? h.reason() : m.reason();
                    return outcome.rejected(row, reason);
                }
                List<StagedRecord> memberRows = member.stager().apply(m.value());
                TidakTerarah unrouted = member.unrouted() == null ? null : member.unrouted().apply(m.value());
                String key = headKey.apply(h.value());
                if (key.equals(lastHead)) {
                    return outcome.stored(memberRows, unrouted);
                }
                lastHead = key;
                return outcome.stored(concat(head.stager().apply(h.value()), memberRows), unrouted);
            }
        };
    }

    private static List<StagedRecord> concat(List<StagedRecord> first, List<StagedRecord> then) {
        if (first.size() == 1 && then.size() == 1) {
            return List.of(first.get(0), then.get(0)); // the usual case, and immutable: no copy downstream
        }
        List<StagedRecord> both = new ArrayList<>(first);
        both.addAll(then);
        return both;
    }
}
