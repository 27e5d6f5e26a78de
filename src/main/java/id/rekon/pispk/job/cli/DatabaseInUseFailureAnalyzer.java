package id.rekon.pispk.job.cli;

import id.rekon.pispk.job.launch.DatabaseInUse;
import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.boot.diagnostics.FailureAnalyzer;

/**
 * Turns a start-up failure caused by the H2 database being open in another process into a short
 * Indonesian explanation instead of a stack trace (registered in {@code META-INF/spring.factories}).
 * {@code Application.main} then exits with code 3.
 */
public class DatabaseInUseFailureAnalyzer implements FailureAnalyzer {

    @Override
    public FailureAnalysis analyze(Throwable failure) {
        if (!DatabaseInUse.is(failure)) {
            return null;
        }
        return new FailureAnalysis(DatabaseInUse.MESSAGE,
                "Tunggu sampai proses lain selesai. Satu basis data H2 hanya dapat dibuka oleh satu proses; untuk "
                        + "beberapa proses sekaligus pakai PostgreSQL (lihat docs/postgresql.md). Kode keluar 3.",
                null);
    }
}
