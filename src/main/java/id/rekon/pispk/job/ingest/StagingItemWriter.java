package id.rekon.pispk.job.ingest;

import id.rekon.pispk.store.Ditolak;
import id.rekon.pispk.store.RunKey;
import id.rekon.pispk.store.StagedRecord;
import id.rekon.pispk.store.StagingStore;
import id.rekon.pispk.store.TidakTerarah;
import org.springframework.batch.infrastructure.item.Chunk;
import org.springframework.batch.infrastructure.item.ItemWriter;

import java.util.ArrayList;
import java.util.List;

/** Writes a chunk's records, rejects, routing errors and finished files in one transaction. */
public class StagingItemWriter implements ItemWriter<IngestResult> {

    private final StagingStore store;
    private final RunKey run;

    public StagingItemWriter(StagingStore store, RunKey run) {
        this.store = store;
        this.run = run;
    }

    @Override
    public void write(Chunk<? extends IngestResult> chunk) {
        List<StagedRecord> records = new ArrayList<>();
        List<Ditolak> rejects = new ArrayList<>();
        List<TidakTerarah> unrouted = new ArrayList<>();
        for (IngestResult r : chunk) {
            records.addAll(r.records());
            if (r.reject() != null) {
                rejects.add(r.reject());
            }
            if (r.unrouted() != null) {
                unrouted.add(r.unrouted());
            }
            if (r.fileDone() != null) {
                IngestItem.FileDone d = r.fileDone();
                store.updateFileOutcome(run, d.fileName(), d.kind(), d.error(), d.skipped());
            }
        }
        store.insertRecords(run, records);
        store.insertRejects(run, rejects);
        store.insertUnrouted(run, unrouted);
    }
}
