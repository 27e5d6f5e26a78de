package id.rekon.pispk.job.cli;

import id.rekon.pispk.job.launch.ExitCode;
import id.rekon.pispk.job.launch.JobDefinition;
import id.rekon.pispk.job.launch.JobDefinitionException;
import id.rekon.pispk.job.launch.JobDefinitionLoader;
import id.rekon.pispk.job.launch.RekonService;
import id.rekon.pispk.job.launch.RunLauncher;
import id.rekon.pispk.job.launch.RunRequest;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.ExitCodeGenerator;

import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Set;

/**
 * The operator's entry: {@code run} a job once (for system cron or a manual re-run), {@code serve} every
 * job definition on its own schedule, or {@code generate} sample data. Messages are Indonesian; the exit
 * code says how it went (see {@link ExitCode}).
 */
public class RekonRunner implements ApplicationRunner, ExitCodeGenerator {

    private static final Set<String> OPTIONS = QuickCommand.OPTIONS;

    private final RunLauncher launcher;
    private final RekonService service;
    private final Clock clock;
    private final JobDefinitionLoader loader = new JobDefinitionLoader();
    private final PrintStream out = System.out;
    private int exitCode;

    public RekonRunner(RunLauncher launcher, RekonService service, Clock clock) {
        this.launcher = launcher;
        this.service = service;
        this.clock = clock;
    }

    @Override
    public void run(ApplicationArguments args) {
        CommandLine cmd = CommandLine.parse(args.getSourceArgs(), OPTIONS);
        try {
            if (!cmd.unknown().isEmpty()) {
                throw new JobDefinitionException("Pilihan tidak dikenal: " + cmd.unknown() + "\n" + usage());
            }
            exitCode = switch (cmd.command()) {
                case "run" -> launcher.launch(request(cmd), out).code();
                case "serve" -> service.serve(Path.of(cmd.get("jobs") == null ? "jobs" : cmd.get("jobs"))).code();
                case "generate" -> SampleCommand.generate(cmd, out).code();
                case "help" -> {
                    out.println(usage());
                    yield 0;
                }
                default -> throw new JobDefinitionException("Perintah tidak dikenal: " + cmd.command() + "\n" + usage());
            };
        } catch (JobDefinitionException e) {
            out.println("KESALAHAN: " + e.getMessage());
            exitCode = ExitCode.SALAH_PEMAKAIAN.code();
        }
    }

    @Override
    public int getExitCode() {
        return exitCode;
    }

    private RunRequest request(CommandLine cmd) {
        LocalDate runDate = LocalDate.now(clock);
        if (cmd.get("run-date") != null) {
            try {
                runDate = LocalDate.parse(cmd.get("run-date"));
            } catch (DateTimeParseException e) {
                throw new JobDefinitionException("--run-date harus berbentuk YYYY-MM-DD, bukan '" + cmd.get("run-date") + "'");
            }
        }
        JobDefinition def;
        if (cmd.get("job") != null) {
            def = loader.load(Path.of(cmd.get("job"))).withPaths(path(cmd, "inbox"), path(cmd, "out"),
                    path(cmd, "wilayah-kerja"));
        } else if (cmd.get("inbox") != null && cmd.get("out") != null) {
            // A one-off run on a folder the operator names: its files are taken as they are (no stability
            // window) and left where they are (copied to the archive), since it is not a managed inbox.
            def = new JobDefinition(cmd.get("name") == null ? "default" : cmd.get("name"), Path.of(cmd.get("inbox")),
                    Path.of(cmd.get("out")), path(cmd, "wilayah-kerja"), null, 1000,
                    id.rekon.pispk.rules.RuleSettings.defaults(), null, 0, null, false);
        } else {
            throw new JobDefinitionException("Sebutkan --job FILE, atau --inbox DIR dan --out DIR.\n" + usage());
        }
        if (cmd.get("inbox-stabil-detik") != null) {
            try {
                def = def.withInboxStabilDetik(Integer.parseInt(cmd.get("inbox-stabil-detik")));
            } catch (NumberFormatException e) {
                throw new JobDefinitionException("--inbox-stabil-detik harus bilangan bulat, bukan '"
                        + cmd.get("inbox-stabil-detik") + "'");
            }
        }
        return new RunRequest(def, runDate, cmd.flag("force"));
    }

    private static Path path(CommandLine cmd, String option) {
        return cmd.get(option) == null ? null : Path.of(cmd.get(option));
    }

    static String usage() {
        return QuickCommand.usage();
    }
}
