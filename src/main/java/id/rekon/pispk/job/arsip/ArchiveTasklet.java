package id.rekon.pispk.job.arsip;

import id.rekon.pispk.job.launch.InboxFiles;
import id.rekon.pispk.job.launch.RunInputs;
import id.rekon.pispk.job.launch.RunLauncher;
import id.rekon.pispk.job.launch.RunParameters;
import id.rekon.pispk.job.progress.StepProgress;
import id.rekon.pispk.model.PersonalData;
import id.rekon.pispk.output.AtomicFile;
import id.rekon.pispk.output.Karantina;
import id.rekon.pispk.output.OwnerOnly;
import id.rekon.pispk.output.Retention;
import id.rekon.pispk.store.InputFile;
import id.rekon.pispk.store.RunKey;
import id.rekon.pispk.store.StagingStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Last step: files the run's inputs under {@code <arsip>/<run date>/} with {@code MANIFEST.sha256}
 * (the {@code sha256sum} format, so {@code sha256sum -c MANIFEST.sha256} in that folder verifies them), so
 * an operator can tell which files fed which run. Inputs are moved out of the inbox, or copied when the job
 * says {@code pindahkan_ke_arsip: false}. The region master named by {@code wilayah_kerja} is always copied, even
 * when it sits in the inbox, since the next run needs it.
 *
 * <p>Safe to repeat after a kill at any point: a file already in the archive with the right checksum is
 * not copied again (its inbox copy, if still there, is removed when moving); each file is renamed in one
 * step, or copied under a temporary name and then renamed, so the archive never holds half a file. Files of
 * an earlier run of the same date that are not inputs of this one are set aside in
 * {@code sebelumnya-<time>/}, never overwritten.
 *
 * <p>A file the read step refused (its reason is in the run's file list) goes to
 * {@code <keluaran>/karantina/<run date>/} instead, with a {@code <name>.alasan.txt} beside it
 * ({@link Karantina}): moved or copied as the archive would be, so a file that could not be read never
 * stands in the inbox for the next night, and it is not in the archive's manifest.
 *
 * <p>With {@code simpan_arsip_hari} set, the archive's and the quarantine's dated folders older than that
 * many days before the run date are deleted, each with a line in the log ({@link Retention}).
 *
 * <p>A run started without the launcher's choice of inputs (no {@link RunInputs} in the job's context, as
 * when a test starts the job directly) archives nothing.
 */
public class ArchiveTasklet implements Tasklet {

    private static final Logger log = LoggerFactory.getLogger(ArchiveTasklet.class);
    private static final DateTimeFormatter ASIDE = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss");

    /** The inputs of a run the read step refused: file name to its reason (Indonesian, no personal data). */
    @FunctionalInterface
    public interface RefusedInputs {
        Map<String, String> of(RunKey run);

        /** The files of the run's list that carry a reason (the read step refused them). */
        static RefusedInputs from(StagingStore store) {
            return run -> store.files(run).stream().filter(f -> f.error() != null)
                    .collect(Collectors.toMap(InputFile::fileName, InputFile::error, (a, b) -> a));
        }
    }

    private final RefusedInputs refused;
    private final StepProgress progress;

    public ArchiveTasklet(RefusedInputs refused, StepProgress progress) {
        this.refused = refused;
        this.progress = progress;
    }

    /** Archives every input as it is (no quarantine). */
    public ArchiveTasklet() {
        this(run -> Map.of(), StepProgress.NONE);
    }

    @Override
    public RepeatStatus execute(StepContribution contribution, ChunkContext chunkContext) throws IOException {
        JobExecution job = chunkContext.getStepContext().getStepExecution().getJobExecution();
        JobParameters params = job.getJobParameters();
        String archive = params.getString(RunLauncher.ARSIP);
        if (archive == null || !job.getExecutionContext().containsKey(RunInputs.CONTEXT_KEY)) {
            log.info("Masukan tidak diarsipkan: job dijalankan tanpa pilihan berkas dari peluncur.");
            return RepeatStatus.FINISHED;
        }
        RunInputs inputs = RunInputs.fromJson(job.getExecutionContext().getString(RunInputs.CONTEXT_KEY));
        Path dir = Path.of(archive);
        boolean move = !"tidak".equals(params.getString(RunLauncher.PINDAHKAN));
        OwnerOnly.createDirectories(dir);
        boolean fromArchive = inputs.folder().equals(dir.toAbsolutePath().normalize());
        // The region master the definition names stays where it is even inside the inbox: the next run needs it.
        String master = params.getString("wilayahKerja");
        Path configuredMaster = master == null || master.isEmpty() ? null : Path.of(master).toAbsolutePath().normalize();
        RunParameters run = RunParameters.from(params);
        Map<String, String> bad = refused.of(run.run());
        List<RunInputs.Berkas> archived = inputs.berkas().stream().filter(b -> !bad.containsKey(b.nama())).toList();
        if (!fromArchive) {
            setAsideOthers(dir, archived);
            for (RunInputs.Berkas b : archived) {
                Path source = inputs.folder().resolve(b.nama());
                place(source, dir.resolve(b.nama()), b, move && !source.toAbsolutePath().normalize().equals(configuredMaster));
                contribution.incrementWriteCount(1);
                progress.unitDone("arsip");
            }
            quarantine(inputs, bad, new Karantina(run.keluaran(), run.run().runDate()), move, configuredMaster);
        }
        writeManifest(dir, archived);
        Long keepDays = params.getLong(RunLauncher.SIMPAN_ARSIP_HARI);
        if (keepDays != null && keepDays > 0) {
            Retention.apply(dir.getParent(), run.run().runDate(), keepDays.intValue());
            Retention.apply(run.keluaran().resolve(Karantina.FOLDER), run.run().runDate(), keepDays.intValue());
        }
        if (fromArchive) {
            log.info("{} berkas masukan dibaca dari arsip {}; {} diperbarui", archived.size(), dir, RunInputs.MANIFEST);
        } else {
            log.info("{} berkas masukan {} ke arsip {} ({})", archived.size(), move ? "dipindahkan" : "disalin",
                    dir, RunInputs.MANIFEST);
        }
        return RepeatStatus.FINISHED;
    }

    /** Moves (or copies) the refused inputs to quarantine, each with its reason; repeats after a kill are harmless. */
    private static void quarantine(RunInputs inputs, Map<String, String> bad, Karantina karantina, boolean move,
                                   Path configuredMaster) throws IOException {
        for (RunInputs.Berkas b : inputs.berkas()) {
            String reason = bad.get(b.nama());
            if (reason == null) {
                continue;
            }
            Path source = inputs.folder().resolve(b.nama());
            if (!Files.exists(source, LinkOption.NOFOLLOW_LINKS)) {
                continue; // quarantined by an earlier attempt of this run
            }
            // the region master the definition names is only ever copied, as in the archive
            boolean moveIt = move && !source.toAbsolutePath().normalize().equals(configuredMaster);
            if (!moveIt && karantina.holds(b.nama())) {
                continue;
            }
            Path at = karantina.put(source, reason, moveIt);
            log.warn("Berkas {} tidak dapat dipakai dan {} ke karantina {} (alasannya di {}{}).",
                    PersonalData.mask(b.nama()), moveIt ? "dipindahkan" : "disalin", karantina.folder(),
                    PersonalData.mask(at.getFileName().toString()), Karantina.REASON_SUFFIX);
        }
    }

    /** Moves earlier files of the folder that are not this run's inputs (same name and content) out of the way. */
    private static void setAsideOthers(Path dir, List<RunInputs.Berkas> inputs) throws IOException {
        Path aside = null;
        for (Path f : InboxFiles.list(dir)) {
            String name = f.getFileName().toString();
            RunInputs.Berkas mine = inputs.stream().filter(b -> b.nama().equals(name)).findFirst().orElse(null);
            if (mine != null && Files.size(f) == mine.ukuran()
                    && InboxFiles.sha256(f).equals(mine.sha256())) {
                continue;
            }
            if (aside == null) {
                aside = dir.resolve("sebelumnya-" + LocalDateTime.now().format(ASIDE));
                OwnerOnly.createDirectories(aside);
            }
            Files.move(f, aside.resolve(name));
            log.info("Arsip {}: {} dari proses sebelumnya dipindah ke {}", dir.getFileName(), name, aside.getFileName());
        }
    }

    /** Puts one input in the archive: rename when possible, else copy under a temporary name and rename. */
    private static void place(Path source, Path target, RunInputs.Berkas b, boolean move) throws IOException {
        if (Files.exists(target)) {
            // Set aside above unless it is this very file: a repeat after a kill.
            if (move) {
                Files.deleteIfExists(source);
            }
            return;
        }
        if (!Files.exists(source)) {
            throw new IllegalStateException("Berkas masukan " + b.nama() + " tidak ada lagi di " + source.getParent()
                    + " maupun di arsip " + target.getParent() + "; letakkan kembali berkas itu lalu jalankan lagi.");
        }
        if (Files.size(source) != b.ukuran()) {
            throw new IllegalStateException("Berkas masukan " + b.nama() + " berubah sejak proses dimulai (ukuran "
                    + b.ukuran() + " menjadi " + Files.size(source) + " byte); jalankan ulang dengan --force.");
        }
        if (move) {
            try {
                Files.move(source, target, StandardCopyOption.ATOMIC_MOVE);
                OwnerOnly.restrict(target);
                return;
            } catch (AtomicMoveNotSupportedException e) {
                // another file system: copy, then delete below
            }
        }
        // Named after the checksum, not the file: a 250-byte name plus a prefix would pass the file system's 255.
        Path temp = target.resolveSibling(".rekon-" + b.sha256().substring(0, 16) + ".tmp");
        Files.copy(source, temp, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.COPY_ATTRIBUTES);
        Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE);
        OwnerOnly.restrict(target); // the archive holds a kabupaten's personal data: owner only
        if (move) {
            Files.delete(source);
        }
    }

    static void writeManifest(Path dir, List<RunInputs.Berkas> files) {
        StringBuilder text = new StringBuilder();
        for (RunInputs.Berkas b : files) {
            text.append(manifestLine(b.sha256(), b.nama())).append('\n');
        }
        try {
            AtomicFile.write(dir.resolve(RunInputs.MANIFEST), out -> out.write(text.toString().getBytes(StandardCharsets.UTF_8)));
        } catch (IOException e) {
            throw new UncheckedIOException("Daftar arsip tidak dapat ditulis: " + dir.resolve(RunInputs.MANIFEST), e);
        }
    }

    /**
     * One line of GNU {@code sha256sum}: hash, two spaces, name. A name holding a backslash or a newline is
     * escaped and the line starts with a backslash, as {@code sha256sum} itself does.
     */
    static String manifestLine(String sha256, String name) {
        if (name.indexOf('\\') < 0 && name.indexOf('\n') < 0) {
            return sha256 + "  " + name;
        }
        return "\\" + sha256 + "  " + name.replace("\\", "\\\\").replace("\n", "\\n");
    }
}
