package id.rekon.pispk.job.ingest;

import id.rekon.pispk.model.Ditolak;
import id.rekon.pispk.model.SourceKind;
import id.rekon.pispk.normalise.NikClassifier;
import id.rekon.pispk.normalise.TanggalParser;
import id.rekon.pispk.region.PuskesmasRouter;
import id.rekon.pispk.source.MappedRow;
import id.rekon.pispk.source.RowIngest;
import id.rekon.pispk.source.RowParsers;
import id.rekon.pispk.source.SourceKinds;
import id.rekon.pispk.source.StagingOutcome;
import id.rekon.pispk.store.StagedRecord;
import id.rekon.pispk.store.TidakTerarah;

import java.util.List;

/**
 * Maps each data row to its domain record(s) through its kind's definition ({@link SourceKinds}), or
 * to a reject with the mapper's reason. A program record the region master cannot route is stored
 * all the same and reported as a routing error, never dropped.
 *
 * <p>Called by {@link IngestReader} as each row is read (the read step has no processor: see there).
 *
 * <p>The kind's ingest is opened on a file's first row and dropped when the file is done: nothing is
 * looked up per row, and what it remembers (the raw survei's last family) never crosses files.
 */
public class IngestMapper implements StagingOutcome<IngestResult> {

    private final RowParsers parsers;
    private SourceKind kind;
    private RowIngest<IngestResult> ingest;

    public IngestMapper(NikClassifier nik, TanggalParser tanggal, PuskesmasRouter router) {
        this.parsers = new RowParsers(nik, tanggal, router);
    }

    /** What one item of the inbox becomes. */
    public IngestResult map(IngestItem item) {
        if (item instanceof IngestItem.FileDone done) {
            kind = null;
            ingest = null;
            return IngestResult.done(done);
        }
        IngestItem.DataRow data = (IngestItem.DataRow) item;
        MappedRow row = data.row();
        if (row.row().rusak() != null) {
            return rejected(row, row.row().rusak());
        }
        if (data.kind() != kind) {
            kind = data.kind();
            ingest = SourceKinds.of(kind).open(parsers, this);
        }
        return ingest.ingest(row);
    }

    @Override
    public IngestResult rejected(MappedRow row, String reason) {
        return IngestResult.rejected(new Ditolak(row.file(), row.rowNumber(), reason, row.row().rawText()));
    }

    @Override
    public IngestResult stored(List<StagedRecord> records, TidakTerarah unrouted) {
        return IngestResult.stored(records, unrouted);
    }
}
