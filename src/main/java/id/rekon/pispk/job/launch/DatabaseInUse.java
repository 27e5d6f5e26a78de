package id.rekon.pispk.job.launch;

import java.sql.SQLException;

/**
 * Recognises "the H2 database file is open in another process". An H2 file database is opened by one
 * process at a time; a second process (another run, or the service during its nightly run) gets H2's
 * error 90020. That is the same situation as a job already running, and is reported as such (exit 3),
 * never as a stack trace. The same holds for tonight's store (DuckDB), which one process at a time may
 * open: DuckDB says "Could not set lock on file".
 */
public final class DatabaseInUse {

    /** H2's DATABASE_ALREADY_OPEN_1. */
    static final int H2_DATABASE_ALREADY_OPEN = 90020;

    public static final String MESSAGE = "Basis data sedang dipakai proses lain (job lain sedang berjalan, atau layanan "
            + "'rekon serve' sedang menjalankan job). Permintaan ini ditolak; coba lagi setelah proses itu selesai.";

    private DatabaseInUse() {
    }

    /** Whether {@code t} or one of its causes is H2's "database may be already in use" or DuckDB's lock conflict. */
    public static boolean is(Throwable t) {
        for (Throwable c = t; c != null; c = c.getCause() == c ? null : c.getCause()) {
            if (c instanceof SQLException sql && (sql.getErrorCode() == H2_DATABASE_ALREADY_OPEN
                    || String.valueOf(sql.getMessage()).contains("Database may be already in use")
                    || String.valueOf(sql.getMessage()).contains("Could not set lock on file"))) {
                return true;
            }
        }
        return false;
    }
}
