package id.rekon.pispk.job.rules;

import id.rekon.pispk.model.Temuan;
import id.rekon.pispk.store.Konkordansi;
import id.rekon.pispk.store.RunKey;
import id.rekon.pispk.store.StagingStore;
import id.rekon.pispk.store.TemuanStore;
import org.springframework.batch.core.listener.StepExecutionListener;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.core.ExitStatus;
import org.springframework.batch.infrastructure.item.Chunk;
import org.springframework.batch.infrastructure.item.ItemWriter;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Stores findings chunk by chunk, and the concordance and match counts (a few per puskesmas and
 * indicator, summed in memory) once the step has read everything.
 */
public class TemuanItemWriter implements ItemWriter<Evaluasi>, StepExecutionListener {

    private final TemuanStore store;
    private final StagingStore staging;
    private final RunKey run;
    private final Map<String, long[]> konkordansi = new TreeMap<>();
    private final Map<String, Long> cocok = new TreeMap<>();

    public TemuanItemWriter(TemuanStore store, StagingStore staging, RunKey run) {
        this.store = store;
        this.staging = staging;
        this.run = run;
    }

    @Override
    public void beforeStep(StepExecution stepExecution) {
        konkordansi.clear();
        cocok.clear();
    }

    @Override
    public void write(Chunk<? extends Evaluasi> chunk) {
        List<Temuan> all = new ArrayList<>();
        for (Evaluasi e : chunk) {
            all.addAll(e.temuan());
            e.cocok().forEach(name -> cocok.merge(name, 1L, Long::sum));
            for (Evaluasi.Vote v : e.votes()) {
                long[] c = konkordansi.computeIfAbsent(v.kodePuskesmas() + "\u0000" + v.indikator(), k -> new long[2]);
                if (v.setuju()) {
                    c[0]++;
                }
                c[1]++;
            }
        }
        store.insert(run, all);
    }

    @Override
    public ExitStatus afterStep(StepExecution stepExecution) {
        if (stepExecution.getStatus().isUnsuccessful()) {
            return null;
        }
        List<Konkordansi> rows = new ArrayList<>();
        konkordansi.forEach((key, c) -> {
            String[] parts = key.split("\u0000", 2);
            rows.add(new Konkordansi(parts[0].equals("null") ? null : parts[0], parts[1], c[0], c[1]));
        });
        store.saveKonkordansi(run, rows);
        for (String name : List.of(Evaluasi.PISPK_EPPGBM, Evaluasi.PISPK_PCARE, Evaluasi.PISPK_KUA)) {
            staging.saveStat(run, name, cocok.getOrDefault(name, 0L));
        }
        return null;
    }
}
