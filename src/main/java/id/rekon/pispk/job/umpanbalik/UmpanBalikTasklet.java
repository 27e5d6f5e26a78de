package id.rekon.pispk.job.umpanbalik;

import id.rekon.pispk.job.persiapan.PreparationTasklet;
import id.rekon.pispk.umpanbalik.FeedbackFolder;
import id.rekon.pispk.umpanbalik.FeedbackReceiver;
import id.rekon.pispk.umpanbalik.FeedbackReport;
import id.rekon.pispk.umpanbalik.Hasil;
import id.rekon.pispk.job.persiapan.RegionMasterLoader;
import id.rekon.pispk.job.launch.RunParameters;
import id.rekon.pispk.model.Puskesmas;
import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

/**
 * Step {@code umpanBalik}: reads the returned workbooks waiting in the job's feedback folder
 * ({@link RunParameters#umpanBalik()}), keeps the teams' {@code Tindak Lanjut} and {@code Catatan},
 * and writes {@code umpan-balik-laporan.csv} in the run's output folder ({@link FeedbackReceiver}).
 */
public class UmpanBalikTasklet implements Tasklet {

    /** Where the preparation step leaves the region master's path in the job's context. */

    private final FeedbackReceiver receiver;
    private final RegionMasterLoader regionMasters;

    public UmpanBalikTasklet(FeedbackReceiver receiver, RegionMasterLoader regionMasters) {
        this.receiver = receiver;
        this.regionMasters = regionMasters;
    }

    @Override
    public RepeatStatus execute(StepContribution contribution, ChunkContext chunkContext) throws IOException {
        StepExecution step = chunkContext.getStepContext().getStepExecution();
        RunParameters params = RunParameters.from(step.getJobParameters());
        String master = step.getJobExecution().getExecutionContext().getString(PreparationTasklet.WILAYAH_KERJA, null);
        List<String> codes = master == null ? List.of()
                : regionMasters.load(Path.of(master)).master().all().stream().map(Puskesmas::kode).toList();
        FeedbackReceiver.Ringkasan r = receiver.receive(params.run(), new FeedbackFolder(params.umpanBalik()), codes,
                params.outDir().resolve(FeedbackReport.FILE_NAME));
        for (int i = 0; i < r.berkas(); i++) {
            contribution.incrementReadCount();
        }
        contribution.incrementWriteCount(r.jumlah(Hasil.DITERIMA) + r.jumlah(Hasil.SEBAGIAN));
        return RepeatStatus.FINISHED;
    }
}
