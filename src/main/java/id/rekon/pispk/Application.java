package id.rekon.pispk;

import id.rekon.pispk.job.launch.DatabaseInUse;
import id.rekon.pispk.job.launch.ExitCode;
import id.rekon.pispk.job.cli.QuickCommand;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.ConfigurableApplicationContext;

import java.util.OptionalInt;

/** Entry point of rekon-pispk: the nightly PIS-PK reconciliation job. */
@SpringBootApplication
public class Application {

    public static void main(String[] args) {
        // help and usage errors answer at once: no Spring, no database (which an H2 file would lock)
        OptionalInt quick = QuickCommand.answer(args, System.out);
        if (quick.isPresent()) {
            System.exit(quick.getAsInt());
            return;
        }
        ConfigurableApplicationContext context;
        try {
            context = SpringApplication.run(Application.class, args);
        } catch (RuntimeException e) {
            // The H2 file is open in another process: the same situation as a job already running. Spring
            // has printed the explanation (DatabaseInUseFailureAnalyzer); any other failure keeps its trace.
            if (!DatabaseInUse.is(e)) {
                throw e;
            }
            System.exit(ExitCode.SEDANG_BERJALAN.code());
            return;
        }
        // Already closed by Spring's shutdown hook (SIGTERM): the JVM is exiting with the signal's status.
        // SpringApplication.exit would print a stack trace for the closed context (it catches and prints
        // the exception itself), so it is not called then; the check and the hook can still race, hence
        // the catch as well.
        int code = ExitCode.GAGAL.code();
        if (context.isActive()) {
            try {
                code = SpringApplication.exit(context);
            } catch (IllegalStateException e) {
                code = ExitCode.GAGAL.code();
            }
        }
        System.exit(code);
    }
}
