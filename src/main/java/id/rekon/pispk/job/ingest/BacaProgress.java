package id.rekon.pispk.job.ingest;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.listener.ChunkListener;
import org.springframework.batch.core.listener.StepExecutionListener;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.infrastructure.item.Chunk;

import java.util.concurrent.atomic.AtomicLong;

/**
 * Progress of the partitioned read step for the operator: rows read so far by all partitions together
 * and the rate, at most every ten seconds. Listens to every partition's chunks (from several threads
 * at once).
 */
public class BacaProgress implements ChunkListener<Object, Object> {

    private static final Logger log = LoggerFactory.getLogger(BacaProgress.class);
    private static final long INTERVAL_NANOS = 10_000_000_000L;

    private final AtomicLong rows = new AtomicLong();
    private volatile long started = System.nanoTime();
    private final AtomicLong lastLog = new AtomicLong(started);

    /** For the read step itself (not its partitions): counts from zero when the step begins. */
    public StepExecutionListener startsWithStep() {
        return new StepExecutionListener() {
            @Override
            public void beforeStep(StepExecution stepExecution) {
                rows.set(0);
                started = System.nanoTime();
                lastLog.set(started);
            }
        };
    }

    @Override
    public void afterChunk(Chunk<Object> chunk) {
        long n = rows.addAndGet(chunk.size());
        long now = System.nanoTime();
        long last = lastLog.get();
        if (now - last >= INTERVAL_NANOS && lastLog.compareAndSet(last, now)) {
            long seconds = Math.max(1, (now - started) / 1_000_000_000L);
            log.info("Langkah 'baca': {} baris ({} baris/detik)", n, n / seconds);
        }
    }
}
