package id.rekon.pispk.job.progress;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.ExitStatus;
import org.springframework.batch.core.listener.ChunkListener;
import org.springframework.batch.core.listener.StepExecutionListener;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.infrastructure.item.Chunk;

/**
 * Logs a step's progress for the operator: items so far and the rate, at most every ten seconds,
 * and a closing line with the totals.
 */
public class ProgressListener implements ChunkListener<Object, Object>, StepExecutionListener {

    private static final Logger log = LoggerFactory.getLogger(ProgressListener.class);
    private static final long INTERVAL_NANOS = 10_000_000_000L;

    private final String step;
    private final String unit;
    private long started;
    private long lastLog;
    private StepExecution execution;

    public ProgressListener(String step, String unit) {
        this.step = step;
        this.unit = unit;
    }

    @Override
    public void beforeStep(StepExecution stepExecution) {
        started = System.nanoTime();
        lastLog = started;
        execution = stepExecution;
        log.info("Langkah '{}' dimulai", step);
    }

    @Override
    public void afterChunk(Chunk<Object> chunk) {
        maybeLog();
    }

    @Override
    public void afterChunk(ChunkContext context) {
        maybeLog();
    }

    private void maybeLog() {
        if (execution == null) {
            return;
        }
        long items = execution.getReadCount();
        long now = System.nanoTime();
        if (now - lastLog >= INTERVAL_NANOS) {
            lastLog = now;
            log.info("Langkah '{}': {} {} ({} {}/detik)", step, items, unit, rate(items, now - started), unit);
        }
    }

    @Override
    public ExitStatus afterStep(StepExecution stepExecution) {
        long now = System.nanoTime();
        log.info("Langkah '{}' {}: {} {} dalam {} detik ({} {}/detik)", step,
                StepLog.outcome(stepExecution), stepExecution.getReadCount(), unit,
                String.format("%.1f", (now - started) / 1e9), rate(stepExecution.getReadCount(), now - started), unit);
        return null;
    }

    private static long rate(long n, long nanos) {
        return nanos <= 0 ? 0 : Math.round(n / (nanos / 1e9));
    }
}
