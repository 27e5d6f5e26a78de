package id.rekon.pispk.job.progress;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.listener.ChunkListener;
import org.springframework.batch.infrastructure.item.Chunk;

/**
 * TEST ONLY: lets the kill and SIGTERM tests stop a run at a known point. When the system property
 * {@code rekon.uji.jeda} names a point ({@code baca=1500,aturan=1500,tulis=1500}: milliseconds), the job
 * logs "UJI: jeda" and sleeps there: after each chunk of the step, after each workbook for {@code tulis}, after
 * each archived file for {@code arsip}.
 * Without the property (always, outside tests) it does nothing.
 */
public final class TestOnlyPause implements ChunkListener<Object, Object> {

    public static final String PROPERTY = "rekon.uji.jeda";
    private static final Logger log = LoggerFactory.getLogger(TestOnlyPause.class);

    private final String point;

    public TestOnlyPause(String point) {
        this.point = point;
    }

    @Override
    public void afterChunk(Chunk<Object> chunk) {
        at(point);
    }

    /** Sleeps at {@code point} if the property asks for it. */
    public static void at(String point) {
        String spec = System.getProperty(PROPERTY);
        if (spec == null || spec.isBlank()) {
            return;
        }
        for (String part : spec.split(",")) {
            String[] kv = part.trim().split("=", 2);
            if (kv.length == 2 && kv[0].equals(point)) {
                long ms = Long.parseLong(kv[1].trim());
                log.info("UJI: jeda {} ms di '{}'", ms, point);
                try {
                    Thread.sleep(ms);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
        }
    }
}
