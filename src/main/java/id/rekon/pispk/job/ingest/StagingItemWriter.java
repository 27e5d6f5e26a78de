package id.rekon.pispk.job.ingest;

import id.rekon.pispk.model.Cakupan;
import id.rekon.pispk.model.Sumber;
import id.rekon.pispk.store.Ditolak;
import id.rekon.pispk.store.RunKey;
import id.rekon.pispk.store.StagedRecord;
import id.rekon.pispk.store.StagingStore;
import id.rekon.pispk.store.TidakTerarah;
import org.springframework.batch.infrastructure.item.Chunk;
import org.springframework.batch.infrastructure.item.ItemWriter;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Writes a chunk's records, rejects, routing errors, finished files and the files' running counts
 * in one transaction, so the counts always agree with the rows stored, across restarts too.
 */
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
        Map<String, long[]> counts = new LinkedHashMap<>();
        for (IngestResult r : chunk) {
            records.addAll(r.records());
            if (r.reject() != null) {
                rejects.add(r.reject());
                long[] c = counts.computeIfAbsent(r.reject().fileName(), f -> new long[4]);
                c[0]++;
                c[2]++;
            } else if (!r.records().isEmpty()) {
                long[] c = counts.computeIfAbsent(r.records().get(0).fileName(), f -> new long[4]);
                c[0]++;
                c[1]++;
            }
            if (r.unrouted() != null) {
                unrouted.add(r.unrouted());
            }
            if (r.fileDone() != null) {
                IngestItem.FileDone d = r.fileDone();
                store.updateFileOutcome(run, d.fileName(), d.kind(), d.error(), d.skipped());
            }
        }
        store.addCakupan(run, cakupan(records));
        store.insertRecords(run, records).forEach((file, n) -> counts.computeIfAbsent(file, f -> new long[4])[3] += n);
        store.insertRejects(run, rejects);
        counts.forEach((file, c) -> store.addCounts(run, file, c[0], c[1], c[2], c[3]));
        store.insertUnrouted(run, unrouted);
    }

    /** Rows per source and puskesmas: which exports arrived for whom (see {@link Cakupan}). */
    private static Map<Sumber, Map<String, Long>> cakupan(List<StagedRecord> records) {
        Map<Sumber, Map<String, Long>> rows = new EnumMap<>(Sumber.class);
        for (StagedRecord r : records) {
            Sumber sumber = switch (r.kind()) {
                case KELUARGA -> Sumber.PISPK;
                case EPPGBM -> Sumber.EPPGBM;
                case PCARE -> Sumber.PCARE;
                case KUA -> Sumber.KUA;
                default -> null;
            };
            if (sumber != null) {
                rows.computeIfAbsent(sumber, s -> new HashMap<>()).merge(r.puskesmas(), 1L, Long::sum);
            }
        }
        return rows;
    }
}
