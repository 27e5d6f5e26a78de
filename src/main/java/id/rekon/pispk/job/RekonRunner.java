package id.rekon.pispk.job;

import id.rekon.pispk.store.InputFile;
import id.rekon.pispk.store.StagingStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.launch.JobExecutionAlreadyRunningException;
import org.springframework.batch.core.launch.JobInstanceAlreadyCompleteException;
import org.springframework.batch.core.launch.JobOperator;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.ExitCodeGenerator;

import java.io.PrintStream;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Set;

/**
 * The operator's entry: {@code run} a job once (for cron or a manual re-run) and print what
 * happened, or {@code generate} sample data. Messages are Indonesian; the exit code says how the
 * run went (see {@link ExitCode}).
 */
public class RekonRunner implements ApplicationRunner, ExitCodeGenerator {

    private static final Logger log = LoggerFactory.getLogger(RekonRunner.class);
    private static final Set<String> OPTIONS = Set.of("job", "inbox", "out", "wilayah-kerja", "name", "run-date",
            "keluarga", "seed");

    private final JobOperator jobOperator;
    private final Job job;
    private final StagingStore store;
    private final JobDefinitionLoader loader = new JobDefinitionLoader();
    private final PrintStream out = System.out;
    private int exitCode;

    public RekonRunner(JobOperator jobOperator, Job job, StagingStore store) {
        this.jobOperator = jobOperator;
        this.job = job;
        this.store = store;
    }

    @Override
    public void run(ApplicationArguments args) {
        CommandLine cmd = CommandLine.parse(args.getSourceArgs(), OPTIONS);
        try {
            if (!cmd.unknown().isEmpty()) {
                throw new JobDefinitionException("Pilihan tidak dikenal: " + cmd.unknown() + "\n" + usage());
            }
            exitCode = switch (cmd.command()) {
                case "run" -> runOnce(cmd).code();
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

    private ExitCode runOnce(CommandLine cmd) {
        RunParameters params = parameters(cmd);
        out.printf("rekon-pispk: job '%s', tanggal proses %s%n  inbox    : %s%n  keluaran : %s%n",
                params.run().jobName(), params.run().runDate(), params.inbox().toAbsolutePath().normalize(),
                params.outDir().toAbsolutePath().normalize());
        JobExecution execution;
        try {
            execution = jobOperator.start(job, params.toJobParameters(cmd.flag("force")));
        } catch (JobInstanceAlreadyCompleteException e) {
            out.printf("Job '%s' untuk tanggal %s sudah selesai sebelumnya; tidak ada yang dikerjakan ulang.%n"
                    + "Hasilnya ada di %s. Untuk menjalankan ulang, tambahkan --force.%n", params.run().jobName(),
                    params.run().runDate(), params.outDir().toAbsolutePath().normalize());
            return ExitCode.SUKSES;
        } catch (JobExecutionAlreadyRunningException e) {
            out.printf("Job '%s' untuk tanggal %s sedang berjalan; permintaan ini ditolak. Tunggu sampai selesai.%n",
                    params.run().jobName(), params.run().runDate());
            return ExitCode.SEDANG_BERJALAN;
        } catch (Exception e) {
            log.error("Job tidak dapat dimulai", e);
            out.println("KESALAHAN: job tidak dapat dimulai: " + e.getMessage());
            return ExitCode.GAGAL;
        }
        return report(params, execution);
    }

    private ExitCode report(RunParameters params, JobExecution execution) {
        if (execution.getStatus() != BatchStatus.COMPLETED) {
            out.printf("%nJob GAGAL (%s). Lihat log di folder data/log. Jalankan perintah yang sama lagi untuk "
                    + "melanjutkan dari langkah yang gagal.%n", execution.getStatus());
            execution.getAllFailureExceptions().forEach(t -> out.println("  sebab: " + rootMessage(t)));
            return ExitCode.GAGAL;
        }
        List<InputFile> files = store.files(params.run());
        out.printf("%n%-45s %-18s %8s %8s %8s %8s%n", "Berkas", "Jenis", "Dibaca", "Disimpan", "Ditolak", "Dilewati");
        boolean problems = false;
        for (InputFile f : files) {
            out.printf("%-45s %-18s %8d %8d %8d %8d%n", shorten(f.fileName(), 45), f.kind() == null ? "?" : f.kind(),
                    f.rowsRead(), f.rowsStored(), f.rowsRejected(), f.rowsSkipped());
            if (f.error() != null) {
                out.println("    ! " + f.error());
                problems = true;
            }
            problems |= f.rowsRejected() > 0;
        }
        long unrouted = store.unrouted(params.run()).size();
        Path outDir = params.outDir().toAbsolutePath().normalize();
        out.println();
        if (unrouted > 0) {
            out.printf("Catatan program yang tidak dapat diarahkan ke puskesmas: %d (lihat \"galat_rute\" di %s;"
                    + " periksa nama/kode puskesmas di master wilayah kerja)%n", unrouted,
                    outDir.resolve("ringkasan.json"));
            problems = true;
        }
        out.printf("Baris yang ditolak  : %s%n", outDir.resolve("ditolak"));
        out.printf("Workbook puskesmas  : %s%n", outDir.resolve("puskesmas"));
        out.printf("Semua temuan (CSV)  : %s%n", outDir.resolve("temuan.csv"));
        out.printf("Ringkasan (JSON)    : %s%n", outDir.resolve("ringkasan.json"));
        out.println(problems ? "Selesai, dengan masalah pada data masukan (kode keluar 2)." : "Selesai.");
        return problems ? ExitCode.INPUT_BERMASALAH : ExitCode.SUKSES;
    }

    private RunParameters parameters(CommandLine cmd) {
        LocalDate runDate = LocalDate.now();
        if (cmd.get("run-date") != null) {
            try {
                runDate = LocalDate.parse(cmd.get("run-date"));
            } catch (DateTimeParseException e) {
                throw new JobDefinitionException("--run-date harus berbentuk YYYY-MM-DD, bukan '" + cmd.get("run-date") + "'");
            }
        }
        JobDefinition def;
        if (cmd.get("job") != null) {
            def = loader.load(Path.of(cmd.get("job")));
            if (cmd.get("inbox") != null || cmd.get("out") != null || cmd.get("wilayah-kerja") != null) {
                def = new JobDefinition(def.nama(),
                        cmd.get("inbox") != null ? Path.of(cmd.get("inbox")) : def.inbox(),
                        cmd.get("out") != null ? Path.of(cmd.get("out")) : def.keluaran(),
                        cmd.get("wilayah-kerja") != null ? Path.of(cmd.get("wilayah-kerja")) : def.wilayahKerja(),
                        def.jadwal(), def.ukuranChunk(), def.aturan(), def.umpanBalik());
            }
        } else if (cmd.get("inbox") != null && cmd.get("out") != null) {
            def = new JobDefinition(cmd.get("name") == null ? "default" : cmd.get("name"), Path.of(cmd.get("inbox")),
                    Path.of(cmd.get("out")), cmd.get("wilayah-kerja") == null ? null : Path.of(cmd.get("wilayah-kerja")),
                    null, 1000, id.rekon.pispk.rules.RuleSettings.defaults());
        } else {
            throw new JobDefinitionException("Sebutkan --job FILE, atau --inbox DIR dan --out DIR.\n" + usage());
        }
        return RunParameters.of(def, runDate);
    }

    static String usage() {
        return """
                Pemakaian:
                  rekon run --job jobs/contoh.yml [--run-date YYYY-MM-DD] [--force]
                  rekon run --inbox DIR --out DIR [--wilayah-kerja FILE] [--name NAMA] [--run-date YYYY-MM-DD] [--force]
                  rekon generate [--out DIR] [--keluarga N] [--seed S] [--run-date YYYY-MM-DD]
                Kode keluar: 0 sukses, 1 gagal, 2 selesai dengan masalah input, 3 job sedang berjalan, 64 salah pemakaian.""";
    }

    private static String shorten(String s, int max) {
        return s.length() <= max ? s : "…" + s.substring(s.length() - max + 1);
    }

    private static String rootMessage(Throwable t) {
        Throwable r = t;
        while (r.getCause() != null) {
            r = r.getCause();
        }
        return r.getClass().getSimpleName() + ": " + r.getMessage();
    }
}
