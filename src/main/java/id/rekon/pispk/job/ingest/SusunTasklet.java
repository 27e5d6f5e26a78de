package id.rekon.pispk.job.ingest;

import id.rekon.pispk.job.launch.RunParameters;
import id.rekon.pispk.store.RecordStore;
import id.rekon.pispk.store.RecordStores;
import id.rekon.pispk.store.StagingStore;
import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;

/**
 * Once every file is read (by partitions, in any order): keeps each family once, counts the families
 * each file contributed and tonight's rows per source and puskesmas (for the coverage check). Done
 * here rather than per chunk because a partition read again after a failure must not count twice.
 * Repeatable: every table and count it writes is replaced.
 */
public class SusunTasklet implements Tasklet {

    private final StagingStore staging;
    private final RecordStores records;

    public SusunTasklet(StagingStore staging, RecordStores records) {
        this.staging = staging;
        this.records = records;
    }

    @Override
    public RepeatStatus execute(StepContribution contribution, ChunkContext chunkContext) {
        RunParameters params = RunParameters.from(chunkContext.getStepContext().getStepExecution().getJobParameters());
        RecordStore store = records.of(params.run().jobName());
        store.buildFamilies();
        staging.saveFamilies(params.run(), store.familiesPerFile());
        staging.saveCakupan(params.run(), store.rowsPerSourceAndPuskesmas());
        return RepeatStatus.FINISHED;
    }
}
