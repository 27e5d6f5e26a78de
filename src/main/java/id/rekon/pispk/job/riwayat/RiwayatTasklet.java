package id.rekon.pispk.job.riwayat;

import id.rekon.pispk.job.launch.RunParameters;
import id.rekon.pispk.store.RiwayatStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;

/**
 * Step {@code riwayat}: folds the run's findings into the history of the job
 * ({@link RiwayatStore#apply}): new findings open an episode, findings seen again stay open,
 * findings of the previous run absent tonight are resolved on the run date. Idempotent, in the
 * step's one transaction, so a restart or a forced rerun never corrupts the history.
 */
public class RiwayatTasklet implements Tasklet {

    private static final Logger log = LoggerFactory.getLogger(RiwayatTasklet.class);

    private final RiwayatStore store;

    public RiwayatTasklet(RiwayatStore store) {
        this.store = store;
    }

    @Override
    public RepeatStatus execute(StepContribution contribution, ChunkContext chunkContext) {
        RunParameters params = RunParameters.from(chunkContext.getStepContext().getStepExecution().getJobParameters());
        RiwayatStore.Perubahan p = store.apply(params.run());
        log.info("Riwayat temuan {}: {} baru (termasuk {} muncul lagi setelah selesai), {} masih terbuka, "
                + "{} selesai sejak proses sebelumnya", p.runDate(), p.baru(), p.dibukaUlang(), p.masihTerbuka(),
                p.selesai());
        if (p.ditahan() > 0) {
            log.info("Riwayat: {} temuan tidak dinilai malam ini karena sumbernya tidak ada; tetap terbuka", p.ditahan());
        }
        if (!p.diulang().isEmpty()) {
            log.info("Riwayat: tanggal {} sudah pernah diproses sebelum tanggal ini; riwayatnya dihitung ulang"
                    + " berurutan (buku kerja tanggal itu tidak ditulis ulang)", p.diulang());
        }
        contribution.incrementWriteCount(p.baru() + p.masihTerbuka() + p.selesai());
        return RepeatStatus.FINISHED;
    }
}
