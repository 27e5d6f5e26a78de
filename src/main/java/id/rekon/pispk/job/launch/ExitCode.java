package id.rekon.pispk.job.launch;

/**
 * Process exit codes, documented in README and docs/operasi.md. Each outcome a monitor must tell
 * apart has its own code: a normal night with some bad rows (2) is not an empty inbox (4), and
 * neither is a night an export that usually comes did not come (5). The JVM itself exits with 143
 * when stopped by SIGTERM.
 */
public enum ExitCode {
    /** The run completed and every input was read without rejects; or nothing to do (same files already done). */
    SUKSES(0),
    /** The run failed or was stopped; the log says where. Starting again resumes it. */
    GAGAL(1),
    /**
     * The run completed, but some input was bad: rows rejected, a file refused, or records that could
     * not be routed to a puskesmas. Usual with real exports: see {@code ditolak/}.
     */
    INPUT_BERMASALAH(2),
    /** Another run of the same job is in progress, or the H2 database is open in another process. */
    SEDANG_BERJALAN(3),
    /** Nothing was run: the inbox held no file ready to read (empty, or every file still being copied). */
    INBOX_KOSONG(4),
    /**
     * The run completed, but a source one of the last seven runs had did not come tonight (for the
     * whole run or a puskesmas): its rules were not evaluated there. Outranks {@link #INPUT_BERMASALAH}.
     */
    SUMBER_TIDAK_ADA(5),
    /** The command line or job definition is wrong. */
    SALAH_PEMAKAIAN(64);

    private final int code;

    ExitCode(int code) {
        this.code = code;
    }

    public int code() {
        return code;
    }
}
