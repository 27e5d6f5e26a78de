package id.rekon.pispk.job;

import id.rekon.pispk.job.progress.StepProgress;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Lets the kill and SIGTERM tests stop a run at a known point: when the system property {@link #PROPERTY}
 * names a step ({@code baca=1500,aturan=1500,tulis=1500}: milliseconds), it logs "UJI: jeda" and sleeps each
 * time that step finishes a unit (a chunk of {@code baca} or {@code aturan}, a workbook of {@code tulis}, a
 * file of {@code arsip}). The child JVM gets it through {@link ChildJvmHooks}; without the property it does
 * nothing.
 */
final class JedaUji implements StepProgress {

    static final String PROPERTY = "rekon.uji.jeda";
    private static final Logger log = LoggerFactory.getLogger(JedaUji.class);

    @Override
    public void unitDone(String step) {
        String spec = System.getProperty(PROPERTY);
        if (spec == null || spec.isBlank()) {
            return;
        }
        for (String part : spec.split(",")) {
            String[] kv = part.trim().split("=", 2);
            if (kv.length == 2 && kv[0].equals(step)) {
                long ms = Long.parseLong(kv[1].trim());
                log.info("UJI: jeda {} ms di '{}'", ms, step);
                try {
                    Thread.sleep(ms);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
        }
    }
}
