package id.rekon.pispk.job.launch;

import id.rekon.pispk.rules.RuleSettings;
import id.rekon.pispk.store.RunKey;
import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.job.parameters.JobParametersBuilder;
import tools.jackson.databind.json.JsonMapper;

import java.nio.file.Path;
import java.time.LocalDate;

/**
 * What one run needs, carried as Spring Batch job parameters. The job name and the run date
 * identify a run (a second start for the same date is the same job instance); {@code paksa}
 * makes a forced rerun a new instance.
 *
 * <p>{@link #outDir()} is the run's own output folder: {@code <keluaran>/<run date>}.
 *
 * @param umpanBalik the job's feedback folder for returned workbooks; {@code null} given means
 *                   {@code <keluaran>/umpan-balik}, so it is never {@code null} once made
 */
public record RunParameters(
        RunKey run,
        Path inbox,
        Path keluaran,
        Path wilayahKerja,
        int chunkSize,
        RuleSettings settings,
        Path umpanBalik) {

    /**
     * The one Spring Batch job every definition runs as; the definition's name is a parameter ({@code job}),
     * so each definition's history is the executions carrying its name.
     */
    public static final String JOB_NAME = "rekonPispk";

    /** Default feedback folder name under {@code keluaran}. */
    public static final String UMPAN_BALIK = "umpan-balik";

    static final String JOB = "job";
    static final String TANGGAL = "tanggal";
    static final String PAKSA = "paksa";

    private static final JsonMapper JSON = JsonMapper.builder().build();

    public RunParameters {
        if (umpanBalik == null && keluaran != null) {
            umpanBalik = keluaran.resolve(UMPAN_BALIK);
        }
    }

    /** Parameters with the default feedback folder. */
    public RunParameters(RunKey run, Path inbox, Path keluaran, Path wilayahKerja, int chunkSize,
                         RuleSettings settings) {
        this(run, inbox, keluaran, wilayahKerja, chunkSize, settings, null);
    }

    public Path outDir() {
        return keluaran.resolve(run.runDate().toString());
    }

    public JobParameters toJobParameters(boolean force) {
        JobParametersBuilder b = new JobParametersBuilder()
                .addString(JOB, run.jobName())
                .addLocalDate(TANGGAL, run.runDate())
                .addString("inbox", inbox.toAbsolutePath().normalize().toString(), false)
                .addString("keluaran", keluaran.toAbsolutePath().normalize().toString(), false)
                .addString("wilayahKerja", wilayahKerja == null ? "" : wilayahKerja.toAbsolutePath().normalize().toString(),
                        false)
                .addLong("chunk", (long) chunkSize, false)
                .addString("aturan", JSON.writeValueAsString(settings), false)
                .addString("umpanBalik", umpanBalik.toAbsolutePath().normalize().toString(), false);
        if (force) {
            b.addLong(PAKSA, System.currentTimeMillis());
        }
        return b.toJobParameters();
    }

    public static RunParameters from(JobParameters p) {
        String wilayah = p.getString("wilayahKerja");
        Long chunk = p.getLong("chunk");
        String umpanBalik = p.getString("umpanBalik");
        return new RunParameters(
                new RunKey(p.getString(JOB), p.getLocalDate(TANGGAL)),
                Path.of(p.getString("inbox")),
                Path.of(p.getString("keluaran")),
                wilayah == null || wilayah.isEmpty() ? null : Path.of(wilayah),
                chunk == null ? 1000 : chunk.intValue(),
                JSON.readValue(p.getString("aturan"), RuleSettings.class),
                umpanBalik == null || umpanBalik.isEmpty() ? null : Path.of(umpanBalik));
    }

    public static RunParameters of(JobDefinition def, LocalDate runDate) {
        return new RunParameters(new RunKey(def.nama(), runDate), def.inbox(), def.keluaran(), def.wilayahKerja(),
                def.ukuranChunk(), def.aturan(), def.umpanBalik());
    }
}
