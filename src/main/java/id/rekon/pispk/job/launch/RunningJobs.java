package id.rekon.pispk.job.launch;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.launch.JobOperator;
import org.springframework.batch.core.listener.JobExecutionListener;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.SmartLifecycle;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The job executions running in this process, and their graceful stop.
 *
 * <p>As a job listener it keeps track of the executions of this JVM (so stale-execution recovery never
 * touches a live one) and hands each new execution the inputs the launcher chose for it (stored in the
 * job's execution context, so a resumed run reads the same files).
 *
 * <p>As a lifecycle bean it is stopped first when the application context closes, which Spring does on
 * SIGTERM (its shutdown hook) before any other bean is destroyed: it asks every running execution to stop
 * at the next chunk boundary ({@link JobOperator#stop(JobExecution)}) and waits for them to end (STOPPED),
 * up to {@code rekon.berhenti-tunggu} (default 120 s). Launches asked for after that are refused.
 *
 * <p>Thread safe.
 */
public class RunningJobs implements JobExecutionListener, SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(RunningJobs.class);

    private final ObjectProvider<JobOperator> jobOperator;
    private final Duration stopWait;
    private final Map<Long, JobExecution> running = new ConcurrentHashMap<>();
    private final Map<String, RunInputs> offered = new ConcurrentHashMap<>();
    private volatile boolean started;
    private volatile boolean closing;

    public RunningJobs(ObjectProvider<JobOperator> jobOperator, Duration stopWait) {
        this.jobOperator = jobOperator;
        this.stopWait = stopWait;
    }

    /** The launcher's choice of inputs for the job's execution about to start with this fingerprint. */
    void offer(String job, RunInputs inputs) {
        offered.put(job + "\t" + inputs.sidik(), inputs);
    }

    void withdraw(String job, RunInputs inputs) {
        offered.remove(job + "\t" + inputs.sidik());
    }

    /** Whether the execution is running in this process. */
    public boolean isRunningHere(long executionId) {
        return running.containsKey(executionId);
    }

    /** Whether the process is shutting down (no new run may start). */
    public boolean isClosing() {
        return closing;
    }

    @Override
    public void beforeJob(JobExecution execution) {
        running.put(execution.getId(), execution);
        String sidik = execution.getJobParameters().getString(RunLauncher.SIDIK);
        if (sidik != null && !execution.getExecutionContext().containsKey(RunInputs.CONTEXT_KEY)) {
            RunInputs inputs = offered.get(execution.getJobParameters().getString(RunParameters.JOB) + "\t" + sidik);
            if (inputs != null) {
                execution.getExecutionContext().putString(RunInputs.CONTEXT_KEY, inputs.toJson());
            }
        }
    }

    @Override
    public void afterJob(JobExecution execution) {
        synchronized (running) {
            running.remove(execution.getId());
            running.notifyAll();
        }
    }

    @Override
    public void start() {
        started = true;
    }

    @Override
    public boolean isRunning() {
        return started;
    }

    @Override
    public void stop() {
        stopRunning();
        started = false;
    }

    @Override
    public void stop(Runnable callback) {
        try {
            stop();
        } finally {
            callback.run();
        }
    }

    /** Asks every execution of this process to stop at the next chunk boundary, and waits for them. */
    private void stopRunning() {
        closing = true;
        List<JobExecution> now = new ArrayList<>(running.values());
        if (now.isEmpty()) {
            return;
        }
        for (JobExecution e : now) {
            log.warn("Sinyal berhenti diterima: job '{}' tanggal {} (eksekusi #{}) dihentikan dengan rapi di batas "
                    + "chunk berikutnya; jalankan lagi untuk melanjutkan.", e.getJobParameters().getString(RunParameters.JOB),
                    e.getJobParameters().getLocalDate(RunParameters.TANGGAL), e.getId());
            try {
                jobOperator.getObject().stop(e);
            } catch (Exception ex) {
                log.warn("Eksekusi #{} tidak dapat dihentikan: {}", e.getId(), ex.getMessage());
            }
        }
        long deadline = System.nanoTime() + stopWait.toNanos();
        synchronized (running) {
            while (!running.isEmpty()) {
                long left = deadline - System.nanoTime();
                if (left <= 0) {
                    log.warn("{} eksekusi belum berhenti setelah {} detik; proses diakhiri. Eksekusi itu akan dipulihkan "
                            + "saat job dijalankan lagi.", running.size(), stopWait.toSeconds());
                    return;
                }
                try {
                    running.wait(Math.max(1, left / 1_000_000));
                } catch (InterruptedException ex) {
                    Thread.currentThread().interrupt();
                    return;
                }
            }
        }
        log.info("Semua eksekusi berhenti dengan rapi.");
    }

    @Override
    public int getPhase() {
        // Stopped first: the job still needs the database and every other bean while it winds down.
        return Integer.MAX_VALUE;
    }
}
