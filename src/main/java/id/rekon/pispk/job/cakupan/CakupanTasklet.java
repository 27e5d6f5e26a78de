package id.rekon.pispk.job.cakupan;

import id.rekon.pispk.job.launch.RunParameters;
import id.rekon.pispk.model.Cakupan;
import id.rekon.pispk.store.RiwayatStore;
import id.rekon.pispk.store.RunKey;
import id.rekon.pispk.store.StagingStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * Step {@code cakupan}: finds which sources did not arrive tonight, for the whole run or for a
 * puskesmas that has data of other sources or open findings, and records the rules that are
 * therefore not evaluated, so the history keeps their findings open (see {@link Cakupan}). A
 * source one of the last seven runs had is a warning for the operator and makes the run end with
 * exit code 5, every night for a week after it last came; a source the job never had is only
 * noted. Idempotent: it replaces what an earlier attempt recorded.
 */
public class CakupanTasklet implements Tasklet {

    private static final Logger log = LoggerFactory.getLogger(CakupanTasklet.class);
    /** A source any of the last seven runs had is expected tonight: a week of nightly runs. */
    static final int RUNS_REMEMBERED = 7;

    private final StagingStore store;
    private final RiwayatStore riwayat;

    public CakupanTasklet(StagingStore store, RiwayatStore riwayat) {
        this.store = store;
        this.riwayat = riwayat;
    }

    @Override
    public RepeatStatus execute(StepContribution contribution, ChunkContext chunkContext) {
        RunKey run = RunParameters.from(chunkContext.getStepContext().getStepExecution().getJobParameters()).run();
        Cakupan cakupan = store.cakupan(run);
        Set<String> puskesmas = new TreeSet<>(cakupan.puskesmasAktif());
        puskesmas.addAll(riwayat.puskesmasTerbuka(run.jobName()));

        Cakupan sebelumnya = store.cakupanSebelumnya(run, RUNS_REMEMBERED);
        List<Cakupan.Kekurangan> kurang = cakupan.kekurangan(puskesmas, sebelumnya);
        store.saveKekurangan(run, kurang);
        for (Cakupan.Kekurangan k : kurang) {
            String aturan = Cakupan.aturanTeks(k.sumber(), k.aturan());
            if (!k.diharapkan()) {
                // Not in the recent runs either: this job does not receive that source, nothing went wrong.
                log.info("Tidak ada data {}{} (juga tidak ada pada 7 proses terakhir): aturan {} tidak dinilai",
                        k.sumber().label(), k.kodePuskesmas() == null ? "" : " untuk puskesmas " + k.kodePuskesmas(),
                        aturan);
            } else if (k.kodePuskesmas() == null) {
                log.warn("Tidak ada data {} sama sekali malam ini: aturan {} tidak dinilai dan temuan lamanya tetap"
                        + " terbuka. Periksa apakah ekspor {} ada di inbox dan terbaca (lihat ringkasan berkas di akhir"
                        + " proses), lalu jalankan ulang tanggal ini dengan --force.", k.sumber().label(), aturan,
                        k.sumber().label());
            } else {
                log.warn("Tidak ada data {} untuk puskesmas {} malam ini: aturan {} tidak dinilai untuk puskesmas ini"
                        + " dan temuan lamanya tetap terbuka. Periksa apakah ekspor {} puskesmas ini ada di inbox dan"
                        + " terbaca, lalu jalankan ulang tanggal ini dengan --force.", k.sumber().label(),
                        k.kodePuskesmas(), aturan, k.sumber().label());
            }
        }

        List<String[]> tidakDinilai = new ArrayList<>();
        for (String kode : puskesmas) {
            // hold keys, not bare rule codes: MATCH-01 pairs are held per program (Cakupan.kunciTahan)
            for (String kunci : cakupan.tidakDinilai(kode)) {
                tidakDinilai.add(new String[] {kunci, kode});
            }
        }
        riwayat.tahan(run, tidakDinilai);
        contribution.incrementWriteCount(kurang.size());
        if (sebelumnya == null) {
            log.info("Cakupan sumber: {} puskesmas; belum ada proses sebelumnya untuk dibandingkan", puskesmas.size());
        } else if (kurang.stream().noneMatch(Cakupan.Kekurangan::diharapkan)) {
            log.info("Cakupan sumber: semua sumber yang ada pada 7 proses terakhir ada lagi ({} puskesmas)",
                    puskesmas.size());
        }
        return RepeatStatus.FINISHED;
    }
}
