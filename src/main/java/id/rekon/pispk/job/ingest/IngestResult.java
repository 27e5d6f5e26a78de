package id.rekon.pispk.job.ingest;

import id.rekon.pispk.model.Ditolak;
import id.rekon.pispk.store.StagedRecord;
import id.rekon.pispk.store.TidakTerarah;

import java.util.List;

/**
 * What one item became: stored records, or a reject; possibly a routing error; or a finished file.
 * Written together in the chunk's transaction, so a restart never sees half of it.
 */
public record IngestResult(List<StagedRecord> records, Ditolak reject, TidakTerarah unrouted,
        IngestItem.FileDone fileDone) {

    public static IngestResult stored(List<StagedRecord> records, TidakTerarah unrouted) {
        return new IngestResult(List.copyOf(records), null, unrouted, null);
    }

    public static IngestResult rejected(Ditolak reject) {
        return new IngestResult(List.of(), reject, null, null);
    }

    public static IngestResult done(IngestItem.FileDone done) {
        return new IngestResult(List.of(), null, null, done);
    }
}
