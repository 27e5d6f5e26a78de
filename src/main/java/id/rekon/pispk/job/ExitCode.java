package id.rekon.pispk.job;

/** Process exit codes, documented in README and docs/operasi.md. */
public enum ExitCode {
    /** The run completed and every input file was read without rejects. */
    SUKSES(0),
    /** The run failed; the log says where. Starting again resumes it. */
    GAGAL(1),
    /** The run completed, but some input was bad: a file refused, rows rejected, or records unrouted. */
    INPUT_BERMASALAH(2),
    /** Another run of the same job is in progress; this start was refused. */
    SEDANG_BERJALAN(3),
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
