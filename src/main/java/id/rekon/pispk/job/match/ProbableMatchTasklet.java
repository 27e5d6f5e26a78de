package id.rekon.pispk.job.match;

import id.rekon.pispk.job.launch.RunParameters;
import id.rekon.pispk.model.AnggotaDiKeluarga;
import id.rekon.pispk.match.Kandidat;
import id.rekon.pispk.match.NamaOrangTua;
import id.rekon.pispk.model.PasanganKua;
import id.rekon.pispk.match.ProbableMatch;
import id.rekon.pispk.match.ProbableMatcher;
import id.rekon.pispk.model.Pengukuran;
import id.rekon.pispk.model.PesertaPcare;
import id.rekon.pispk.model.Temuan;
import id.rekon.pispk.rules.MatchRules;
import id.rekon.pispk.rules.RuleContext;
import id.rekon.pispk.store.ChildCandidates;
import id.rekon.pispk.store.PersonCandidates;
import id.rekon.pispk.store.RecordStore;
import id.rekon.pispk.store.RecordStores;
import id.rekon.pispk.store.RunKey;
import id.rekon.pispk.store.TemuanStore;
import id.rekon.pispk.store.UmpanBalikStore;
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
import java.util.function.Function;

/**
 * Proposes probable matches (MATCH-01) for every source pair with PIS-PK on one side, puskesmas by
 * puskesmas, for records without a usable NIK on either side against the other side's records not
 * matched by NIK:
 * <ul>
 *   <li>PIS-PK children under the BALITA age limit on the run date against e-PPGBM children
 *   ({@link ChildCandidates}; the parents' names count there);</li>
 *   <li>PIS-PK members of any age against PCare participants, and against KUA spouses
 *   ({@link PersonCandidates}).</li>
 * </ul>
 * Each pairing proposes each record at most once; a PIS-PK member may so have one pair per
 * program. Stores the MATCH-01 findings and the paired subject keys (the roster rules and the
 * absence side of the comparisons then stay silent about that program). Idempotent: it first
 * removes what an earlier attempt of the same run stored. Logs, per pairing, the records on each
 * side, the pairs compared and the time: never a name or a NIK.
 */
public class ProbableMatchTasklet implements Tasklet {

    private static final Logger log = LoggerFactory.getLogger(ProbableMatchTasklet.class);

    private final ChildCandidates candidates;
    private final PersonCandidates adults;
    private final RecordStores records;
    private final TemuanStore temuanStore;
    private final UmpanBalikStore keputusan;
    private final MatchRules matchRules = new MatchRules();

    public ProbableMatchTasklet(ChildCandidates candidates, PersonCandidates adults, RecordStores records,
            TemuanStore temuanStore, UmpanBalikStore keputusan) {
        this.candidates = candidates;
        this.adults = adults;
        this.records = records;
        this.temuanStore = temuanStore;
        this.keputusan = keputusan;
    }

    @Override
    public RepeatStatus execute(StepContribution contribution, ChunkContext chunkContext) {
        RunParameters params = RunParameters.from(chunkContext.getStepContext().getStepExecution().getJobParameters());
        RuleContext context = new RuleContext(params.run().runDate(), params.settings());
        temuanStore.deleteRun(params.run(), true);
        Set<String> ditolak = pasanganDitolak(params.run());
        RecordStore store = records.of(params.run().jobName());

        Tally anak = new Tally("anak PIS-PK / e-PPGBM");
        // One month of slack below the limit: the exact age test is the rules' (Umur), the query
        // only has to keep every possible candidate.
        candidates.forEachBlock(store, params.run().runDate().minusMonths(params.settings().balitaMaxMonths() + 1L),
                (puskesmas, block) -> {
                    List<Kandidat> pispk = new ArrayList<>();
                    for (ChildCandidates.PispkChild c : block.pispk()) {
                        pispk.add(Kandidat.dariAnggota(c.personKey(), c.anggota(),
                                NamaOrangTua.dariKeluarga(c.anggota().anggota(), c.keluarga())));
                    }
                    List<Kandidat> eppgbm = new ArrayList<>();
                    block.eppgbm().forEach((key, rows) -> eppgbm.add(Kandidat.dariPengukuran(key, latest(rows))));
                    anak.add(params.run(), context, pispk, eppgbm, ditolak);
                });
        anak.log();

        Tally pcare = program(store, PersonCandidates.Program.PCARE, "PIS-PK / PCare",
                k -> Kandidat.dariPcare(k.key(), (PesertaPcare) k.record()), params, context, ditolak);
        Tally kua = program(store, PersonCandidates.Program.KUA, "PIS-PK / KUA",
                k -> Kandidat.dariPasangan(k.key(), (PasanganKua) k.record()), params, context, ditolak);

        contribution.incrementWriteCount(anak.proposed + pcare.proposed + kua.proposed);
        return RepeatStatus.FINISHED;
    }

    /** One adult pairing: PIS-PK members against one program's records, block by block, logged. */
    private Tally program(RecordStore store, PersonCandidates.Program program, String label,
            Function<PersonCandidates.Keyed<Object>, Kandidat> kandidat, RunParameters params, RuleContext context,
            Set<String> ditolak) {
        Tally tally = new Tally(label);
        adults.forEachBlock(store, program, (puskesmas, block) -> tally.add(params.run(), context, anggota(block),
                block.program().stream().map(kandidat).toList(), ditolak));
        tally.log();
        return tally;
    }

    /**
     * Pair keys ({@link ProbableMatch#pairKey()}) that a team has answered "not the same person" in a
     * returned workbook received up to tonight (the umpanBalik step has read tonight's returns):
     * never proposed again. The one place the decisions of the teams reach the matcher.
     */
    Set<String> pasanganDitolak(RunKey run) {
        Set<String> ditolak = keputusan.pasanganDitolak(run);
        if (!ditolak.isEmpty()) {
            log.info("Pencocokan kemungkinan: {} pasangan tidak diusulkan lagi (bukan orang yang sama menurut tim)",
                    ditolak.size());
        }
        return ditolak;
    }

    /** PIS-PK members of a block as candidates: no parents' names (the programs have none to compare). */
    private static List<Kandidat> anggota(PersonCandidates.Block block) {
        List<Kandidat> out = new ArrayList<>();
        for (PersonCandidates.Keyed<AnggotaDiKeluarga> k : block.pispk()) {
            out.add(Kandidat.dariAnggota(k.key(), k.record(), List.of()));
        }
        return out;
    }

    /** One pairing's matcher, its counts and its time, stored puskesmas by puskesmas. */
    private final class Tally {
        final String nama;
        final ProbableMatcher matcher = new ProbableMatcher();
        final long mulai = System.nanoTime();
        long pispk;
        long program;
        long proposed;

        Tally(String nama) {
            this.nama = nama;
        }

        /** Matches one puskesmas: the program's records on the left, PIS-PK's on the right. */
        void add(RunKey run, RuleContext context, List<Kandidat> pispkSide, List<Kandidat> programSide,
                Set<String> ditolak) {
            List<ProbableMatch> pairs = matcher.match(programSide, pispkSide, context.settings(), ditolak);
            List<Temuan> found = new ArrayList<>();
            List<String[]> keys = new ArrayList<>();
            List<Double> scores = new ArrayList<>();
            for (ProbableMatch m : pairs) {
                found.add(matchRules.temuan(m, context));
                keys.add(new String[] {m.left().recordKey(), m.right().recordKey()});
                scores.add(m.score());
            }
            temuanStore.insert(run, found);
            temuanStore.insertProbableKeys(run, keys, scores);
            pispk += pispkSide.size();
            program += programSide.size();
            proposed += pairs.size();
        }

        void log() {
            log.info("Pencocokan kemungkinan {}: {} catatan PIS-PK dan {} catatan program tanpa pasangan NIK;"
                    + " {} pasangan dibandingkan, {} diusulkan (MATCH-01), {} ms", nama, pispk, program,
                    matcher.pasanganDibandingkan(), proposed, (System.nanoTime() - mulai) / 1_000_000);
        }
    }

    /** The child's most recent measurement (then the last by content, so the choice never depends on row order). */
    private static Pengukuran latest(List<Pengukuran> rows) {
        return rows.stream().max(Comparator.comparing(Pengukuran::tanggalUkur,
                Comparator.nullsFirst(Comparator.naturalOrder())).thenComparing(p -> p.asal().file())
                .thenComparing(p -> p.asal().baris())).orElseThrow();
    }
}
