package id.rekon.pispk.job.match;

import id.rekon.pispk.job.RunParameters;
import id.rekon.pispk.match.Kandidat;
import id.rekon.pispk.match.NamaOrangTua;
import id.rekon.pispk.match.ProbableMatch;
import id.rekon.pispk.match.ProbableMatcher;
import id.rekon.pispk.model.Pengukuran;
import id.rekon.pispk.model.Temuan;
import id.rekon.pispk.rules.MatchRules;
import id.rekon.pispk.rules.RuleContext;
import id.rekon.pispk.store.ChildCandidates;
import id.rekon.pispk.store.RecordStores;
import id.rekon.pispk.store.RunKey;
import id.rekon.pispk.store.TemuanStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;

/**
 * Proposes probable matches (MATCH-01) between children without a NIK match: PIS-PK children
 * under the BALITA age limit on the run date whose NIK found no e-PPGBM record (or who have no
 * usable NIK), against e-PPGBM children in the same situation, puskesmas by puskesmas. Stores the
 * MATCH-01 findings and the paired subject keys (the roster rules then stay silent for them).
 * Idempotent: it first removes what an earlier attempt of the same run stored.
 */
public class ProbableMatchTasklet implements Tasklet {

    private static final Logger log = LoggerFactory.getLogger(ProbableMatchTasklet.class);

    private final ChildCandidates candidates;
    private final RecordStores records;
    private final TemuanStore temuanStore;
    private final ProbableMatcher matcher = new ProbableMatcher();
    private final MatchRules matchRules = new MatchRules();

    public ProbableMatchTasklet(ChildCandidates candidates, RecordStores records, TemuanStore temuanStore) {
        this.candidates = candidates;
        this.records = records;
        this.temuanStore = temuanStore;
    }

    @Override
    public RepeatStatus execute(StepContribution contribution, ChunkContext chunkContext) {
        RunParameters params = RunParameters.from(chunkContext.getStepContext().getStepExecution().getJobParameters());
        RuleContext context = new RuleContext(params.run().runDate(), params.settings());
        temuanStore.deleteRun(params.run(), true);
        Set<String> ditolak = pasanganDitolak(params.run());
        long[] totals = new long[3];
        // One month of slack below the limit: the exact age test is the rules' (Umur), the query
        // only has to keep every possible candidate.
        candidates.forEachBlock(records.of(params.run().jobName()), params.run().runDate().minusMonths(params.settings().balitaMaxMonths() + 1L),
                (puskesmas, block) -> {
                    List<Kandidat> pispk = new ArrayList<>();
                    for (ChildCandidates.PispkChild c : block.pispk()) {
                        pispk.add(Kandidat.dariAnggota(c.personKey(), c.anggota(),
                                NamaOrangTua.dariKeluarga(c.anggota().anggota(), c.keluarga())));
                    }
                    List<Kandidat> eppgbm = new ArrayList<>();
                    block.eppgbm().forEach((key, rows) -> eppgbm.add(Kandidat.dariPengukuran(key, latest(rows))));
                    List<ProbableMatch> pairs = matcher.match(eppgbm, pispk, params.settings(), ditolak);
                    List<Temuan> found = new ArrayList<>();
                    List<String[]> keys = new ArrayList<>();
                    List<Double> scores = new ArrayList<>();
                    for (ProbableMatch m : pairs) {
                        found.add(matchRules.temuan(m, context));
                        keys.add(new String[] {m.left().recordKey(), m.right().recordKey()});
                        scores.add(m.score());
                    }
                    temuanStore.insert(params.run(), found);
                    temuanStore.insertProbableKeys(params.run(), keys, scores);
                    totals[0] += pispk.size();
                    totals[1] += eppgbm.size();
                    totals[2] += pairs.size();
                });
        contribution.incrementWriteCount(totals[2]);
        log.info("Pencocokan kemungkinan: {} anak PIS-PK dan {} anak e-PPGBM tanpa pasangan NIK; {} pasangan diusulkan"
                + " (MATCH-01)", totals[0], totals[1], totals[2]);
        return RepeatStatus.FINISHED;
    }

    /**
     * Pair keys ({@link ProbableMatch#pairKey()}) that a team has answered "not the same person" in a
     * returned workbook: never proposed again. The one place the decisions of the teams reach the
     * matcher; empty until the returned MATCH-01 choices are stored.
     */
    Set<String> pasanganDitolak(RunKey run) {
        return Set.of();
    }

    /** The child's most recent measurement (then the last by content, so the choice never depends on row order). */
    private static Pengukuran latest(List<Pengukuran> rows) {
        return rows.stream().max(Comparator.comparing(Pengukuran::tanggalUkur,
                Comparator.nullsFirst(Comparator.naturalOrder())).thenComparing(p -> p.asal().file())
                .thenComparing(p -> p.asal().baris())).orElseThrow();
    }
}
