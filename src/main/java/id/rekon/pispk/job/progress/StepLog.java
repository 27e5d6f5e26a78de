package id.rekon.pispk.job.progress;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.ExitStatus;
import org.springframework.batch.core.listener.StepExecutionListener;
import org.springframework.batch.core.step.StepExecution;

/**
 * Logs the start and end of a one-shot (tasklet) step with its duration, so the operator sees every step
 * of a run in the log; chunk steps have {@link ProgressListener} instead.
 */
public class StepLog implements StepExecutionListener {

    private static final Logger log = LoggerFactory.getLogger(StepLog.class);

    private final String step;
    private long started;

    public StepLog(String step) {
        this.step = step;
    }

    @Override
    public void beforeStep(StepExecution stepExecution) {
        started = System.nanoTime();
        log.info("Langkah '{}' dimulai", step);
    }

    @Override
    public ExitStatus afterStep(StepExecution stepExecution) {
        log.info("Langkah '{}' {} dalam {} detik", step, outcome(stepExecution),
                String.format("%.1f", (System.nanoTime() - started) / 1e9));
        return null;
    }

    /** "selesai", "dihentikan" (SIGTERM) or "GAGAL", for the step's closing line. */
    static String outcome(StepExecution step) {
        if (step.getStatus().isUnsuccessful()) {
            return "GAGAL";
        }
        boolean stopping = step.getStatus() == BatchStatus.STOPPED || step.getStatus() == BatchStatus.STOPPING
                || step.isTerminateOnly() || step.getJobExecution().getStatus() == BatchStatus.STOPPING;
        return stopping ? "dihentikan" : "selesai";
    }
}
