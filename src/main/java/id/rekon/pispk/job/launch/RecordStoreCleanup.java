package id.rekon.pispk.job.launch;

import id.rekon.pispk.store.RecordStores;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.listener.JobExecutionListener;

/**
 * Tonight's store after a run: removed once the run has COMPLETED (its outputs and history are
 * written by then; a forced rerun reads the archived inputs again), kept on disk after a failure or
 * a stop so the next start resumes from it.
 */
public class RecordStoreCleanup implements JobExecutionListener {

    private static final Logger log = LoggerFactory.getLogger(RecordStoreCleanup.class);

    private final RecordStores stores;

    public RecordStoreCleanup(RecordStores stores) {
        this.stores = stores;
    }

    @Override
    public void afterJob(JobExecution execution) {
        String job = RunParameters.from(execution.getJobParameters()).run().jobName();
        try {
            if (execution.getStatus() == BatchStatus.COMPLETED) {
                stores.remove(job);
            } else {
                stores.release(job);
            }
        } catch (RuntimeException e) {
            log.warn("Penyimpanan data malam ini untuk job '{}' tidak dapat ditutup: {}", job, e.getMessage());
        }
    }
}
