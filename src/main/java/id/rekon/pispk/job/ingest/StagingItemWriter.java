package id.rekon.pispk.job.ingest;

import id.rekon.pispk.model.Ditolak;
import id.rekon.pispk.store.RecordStore;
import id.rekon.pispk.store.RecordWriter;
import id.rekon.pispk.store.RunKey;
import id.rekon.pispk.store.StagedRecord;
import id.rekon.pispk.store.StagingStore;
import id.rekon.pispk.store.TidakTerarah;
import org.springframework.batch.infrastructure.item.Chunk;
import org.springframework.batch.infrastructure.item.ExecutionContext;
import org.springframework.batch.infrastructure.item.ItemStreamWriter;

import java.util.ArrayList;
import java.util.List;

/**
 * Writes one file's records to tonight's store, and its rejects, routing errors, outcome and running
 * counts to the run's tables, chunk by chunk.
 *
 * <p>When the partition opens, whatever an earlier attempt stored for the file (records, rejects,
 * routing errors, counts) is removed, and the file is read again from its first row: a kill or a
 * failure in the middle of a file never leaves a row stored twice. The file's records are committed
 * to tonight's store together, with its last chunk.
 */
public class StagingItemWriter implements ItemStreamWriter<IngestResult> {

    private final StagingStore store;
    private final RecordStore records;
    private final RunKey run;
    private final String fileName;
    private final int part;
    private RecordWriter writer;

    public StagingItemWriter(StagingStore store, RecordStore records, RunKey run, String fileName, int part) {
        this.store = store;
        this.records = records;
        this.run = run;
        this.fileName = fileName;
        this.part = part;
    }

    @Override
    public void open(ExecutionContext executionContext) {
        store.resetFile(run, fileName);
        writer = records.writer(part, fileName);
    }

    @Override
    public void write(Chunk<? extends IngestResult> chunk) {
        List<StagedRecord> stored = new ArrayList<>();
        List<Ditolak> rejects = new ArrayList<>();
        List<TidakTerarah> unrouted = new ArrayList<>();
        long read = 0;
        long ok = 0;
        boolean fileDone = false;
        for (IngestResult r : chunk) {
            if (r.reject() != null) {
                rejects.add(r.reject());
                read++;
            } else if (!r.records().isEmpty()) {
                stored.addAll(r.records());
                read++;
                ok++;
            }
            if (r.unrouted() != null) {
                unrouted.add(r.unrouted());
            }
            if (r.fileDone() != null) {
                fileDone = true;
                IngestItem.FileDone d = r.fileDone();
                store.updateFileOutcome(run, d.fileName(), d.kind(), d.error(), d.skipped());
            }
        }
        writer.write(stored);
        if (fileDone) {
            writer.commit();
        }
        store.insertRejects(run, rejects);
        store.addCounts(run, fileName, read, ok, rejects.size(), 0);
        store.insertUnrouted(run, unrouted);
    }

    @Override
    public void close() {
        if (writer != null) {
            writer.close();
            writer = null;
        }
    }
}
