package id.rekon.pispk.store;

import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Tonight's record stores, one DuckDB file per job under {@code <data dir>/malam/}: opened when a run
 * first needs it, kept open while the job runs (the service may run several jobs at once), closed
 * and removed once the run has completed.
 *
 * <p>Thread-safe.
 */
public final class RecordStores implements AutoCloseable {

    private final Path dir;
    private final RecordStore.Settings settings;
    private final StoreCipher cipher;
    private final Map<String, RecordStore> open = new ConcurrentHashMap<>();

    public RecordStores(Path dir, RecordStore.Settings settings) {
        this(dir, settings, StoreCipher.OFF);
    }

    /** Stores whose identifying columns are encrypted with {@code cipher} (docs/keamanan.md). */
    public RecordStores(Path dir, RecordStore.Settings settings, StoreCipher cipher) {
        this.dir = dir;
        this.settings = settings;
        this.cipher = cipher;
    }

    /** Whether the stores' NIKs, names and payloads are encrypted (a key is configured). */
    public boolean encrypted() {
        return cipher.on();
    }

    /** The job's store, opened (and created when missing) on first use. */
    public RecordStore of(String jobName) {
        return open.computeIfAbsent(jobName, name -> RecordStore.open(file(name), settings, cipher));
    }

    /**
     * Closes the job's store and deletes its files: tonight's records only serve the run being made,
     * and its outputs and history are written by then. A rerun ({@code --force}) reads the inputs again.
     */
    public void remove(String jobName) {
        RecordStore store = open.remove(jobName);
        if (store != null) {
            store.close();
        }
        RecordStore.delete(file(jobName));
    }

    /** Closes the job's store, keeping its file (a failed or stopped run resumes from it). */
    public void release(String jobName) {
        RecordStore store = open.remove(jobName);
        if (store != null) {
            store.close();
        }
    }

    Path file(String jobName) {
        return dir.resolve(jobName.replaceAll("[^A-Za-z0-9._-]", "_") + ".duckdb");
    }

    @Override
    public void close() {
        open.keySet().forEach(this::release);
    }
}
