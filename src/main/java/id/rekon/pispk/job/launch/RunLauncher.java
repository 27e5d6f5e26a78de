package id.rekon.pispk.job.launch;

import id.rekon.pispk.store.StagingStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.job.parameters.JobParametersBuilder;
import org.springframework.batch.core.launch.JobExecutionAlreadyRunningException;
import org.springframework.batch.core.launch.JobInstanceAlreadyCompleteException;
import org.springframework.batch.core.launch.JobOperator;

import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Runs a job once, for {@code run} and for the service's schedule alike, and says how it went.
 *
 * <ol>
 * <li>Takes the job's {@link JobLock} (one run of a job at a time, across processes); refused: exit 3.</li>
 * <li>Recovers executions of this job that the repository still shows as running: we hold the lock, so
 *     their process died ({@code kill -9}, power cut). They are marked FAILED ({@link JobOperator#recover})
 *     and resumed below.</li>
 * <li>Chooses the inputs: the inbox files that stayed unchanged for {@code inbox_stabil_detik} (others
 *     may still be being copied and wait for the next run); an empty inbox falls back to the archive of
 *     the run date (a repeated run). Their {@link RunInputs#sidik() fingerprint} is an identifying job
 *     parameter beside the job and the date.</li>
 * <li>Resumes the date's last execution when it failed or was stopped with the same inputs; otherwise
 *     starts the run. The same job, date and inputs already completed: nothing is done (exit 0), unless
 *     {@code force}, which starts a new instance from the first step.</li>
 * <li>Prints the summary ({@link RunReport}) and returns the {@link ExitCode}.</li>
 * </ol>
 *
 * <p>Thread safe: the service calls it from its scheduler threads.
 */
public class RunLauncher {

    /** Identifying job parameter: the inputs' fingerprint. */
    static final String SIDIK = "masukan";
    /** Non-identifying job parameter: the archive folder of the run date. */
    public static final String ARSIP = "arsip";
    /** Non-identifying job parameter: {@code ya} to move the inputs into the archive, {@code tidak} to copy. */
    public static final String PINDAHKAN = "pindahkan";
    public static final String SIMPAN_ARSIP_HARI = "simpanArsipHari";

    private static final Logger log = LoggerFactory.getLogger(RunLauncher.class);

    private final JobOperator jobOperator;
    private final Job job;
    private final JobHistory history;
    private final RunningJobs running;
    private final RunReport report;
    private final Path lockDir;
    private final Clock clock;

    public RunLauncher(JobOperator jobOperator, Job job, JobHistory history, RunningJobs running, StagingStore store,
            Path lockDir, Clock clock) {
        this.jobOperator = jobOperator;
        this.job = job;
        this.history = history;
        this.running = running;
        this.report = new RunReport(store);
        this.lockDir = lockDir;
        this.clock = clock;
    }

    /**
     * Runs the request. Events (refusal, recovery, resume, files left for later) go to the log, which the
     * console shows as well; the header and the summary table are printed to {@code out}.
     */
    public ExitCode launch(RunRequest request, PrintStream out) {
        String name = request.definition().nama();
        if (running.isClosing()) {
            log.warn("Proses sedang berhenti; job '{}' tidak dimulai.", name);
            return ExitCode.SEDANG_BERJALAN;
        }
        Optional<JobLock> lock = JobLock.tryAcquire(lockDir, name);
        if (lock.isEmpty()) {
            log.warn("Job '{}' sedang berjalan ({}); permintaan ini ditolak. Tunggu sampai selesai, lalu jalankan lagi "
                    + "bila perlu.", name, JobLock.holder(lockDir, name));
            return ExitCode.SEDANG_BERJALAN;
        }
        try (JobLock held = lock.get()) {
            return launchLocked(request, out);
        } catch (JobDefinitionException e) {
            log.error("Job '{}': {}", name, e.getMessage());
            return ExitCode.SALAH_PEMAKAIAN;
        } catch (RuntimeException e) {
            if (DatabaseInUse.is(e)) {
                log.warn("Job '{}': {}", name, DatabaseInUse.MESSAGE);
                return ExitCode.SEDANG_BERJALAN;
            }
            log.error("Job '{}' tidak dapat dijalankan: {}", name, RunReport.rootMessage(e), e);
            return ExitCode.GAGAL;
        }
    }

    private ExitCode launchLocked(RunRequest request, PrintStream out) {
        JobDefinition def = request.definition();
        String name = def.nama();
        Path archiveDir = def.folderArsip().resolve(request.runDate().toString()).toAbsolutePath().normalize();
        out.printf("rekon-pispk: job '%s', tanggal proses %s%s%n  inbox    : %s%n  keluaran : %s%n", name,
                request.runDate(), request.force() ? " (--force: dijalankan ulang dari awal)" : "",
                def.inbox().toAbsolutePath().normalize(),
                def.keluaran().resolve(request.runDate().toString()).toAbsolutePath().normalize());

        recoverStale(name);

        InboxFiles.InboxScan scan = InboxFiles.scan(def.inbox(), Duration.ofSeconds(def.inboxStabilDetik()),
                clock.instant());
        for (Path f : scan.stillCopying()) {
            log.warn("Berkas {} diubah kurang dari {} detik lalu (mungkin masih disalin); ditunda ke proses berikutnya.",
                    f.getFileName(), def.inboxStabilDetik());
        }
        RunInputs inbox = RunInputs.read(def.inbox(), scan.ready(), def.wilayahKerja());
        if (onlyTheRegionMaster(inbox, def)) {
            // The master named by the definition stays in the inbox after a run: alone it is nothing to do.
            inbox = new RunInputs(inbox.folder(), List.of(), inbox.wilayahKerja());
        }
        // An empty inbox after a good run: the date's archive holds its inputs (a repeated run reads them).
        RunInputs chosen = inbox;
        if (inbox.isEmpty() && Files.isDirectory(archiveDir)) {
            List<Path> archived = InboxFiles.list(archiveDir);
            if (!archived.isEmpty()) {
                chosen = RunInputs.read(archiveDir, archived, def.wilayahKerja());
            }
        }

        Optional<JobExecution> last = history.latest(name, request.runDate());
        if (!request.force() && last.isPresent() && resumable(last.get().getStatus())) {
            Optional<ExitCode> resumed = resume(def, last.get(), chosen, inbox, archiveDir, out);
            if (resumed.isPresent()) {
                return resumed.get();
            }
        }

        if (chosen.isEmpty()) {
            String msg = scan.stillCopying().isEmpty()
                    ? "Inbox kosong: tidak ada berkas untuk diproses. Letakkan ekspor di " + def.inbox().toAbsolutePath()
                            .normalize() + " lalu jalankan lagi."
                    : "Tidak ada berkas yang siap dibaca: semua berkas di inbox masih berubah. Jalankan lagi "
                            + "setelah penyalinan selesai.";
            log.warn("Job '{}' tanggal {}: {}", name, request.runDate(), msg);
            return ExitCode.INBOX_KOSONG;
        }
        if (chosen != inbox) {
            log.info("Inbox kosong; masukan diambil dari arsip tanggal {}: {} ({} berkas).", request.runDate(),
                    archiveDir, chosen.berkas().size());
        }

        JobParameters params = parameters(def, request, chosen, archiveDir);
        RunParameters runParams = RunParameters.from(params);
        running.offer(name, chosen);
        JobExecution execution;
        try {
            log.info("Job '{}' tanggal {}: {} berkas masukan (sidik {}…){}", name, request.runDate(),
                    chosen.berkas().size(), chosen.sidik().substring(0, 12), request.force() ? ", --force" : "");
            execution = jobOperator.start(job, params);
        } catch (JobInstanceAlreadyCompleteException e) {
            log.info("Job '{}' untuk tanggal {} dengan berkas masukan yang sama sudah selesai sebelumnya; tidak ada yang "
                    + "dikerjakan ulang. Hasilnya ada di {}. Untuk menjalankan ulang, tambahkan --force.", name,
                    request.runDate(), runParams.outDir().toAbsolutePath().normalize());
            return ExitCode.SUKSES;
        } catch (JobExecutionAlreadyRunningException e) {
            log.warn("Job '{}' untuk tanggal {} sedang berjalan; permintaan ini ditolak.", name, request.runDate());
            return ExitCode.SEDANG_BERJALAN;
        } catch (Exception e) {
            if (DatabaseInUse.is(e)) {
                throw e instanceof RuntimeException r ? r : new IllegalStateException(e);
            }
            log.error("Job '{}' tidak dapat dimulai: {}", name, RunReport.rootMessage(e), e);
            return ExitCode.GAGAL;
        } finally {
            running.withdraw(name, chosen);
        }
        return finish(runParams, execution, archiveDir, out);
    }

    /**
     * Resumes {@code last} (FAILED or STOPPED) when its inputs are still the ones found now ({@code chosen}:
     * the inbox, or the date's archive when the inbox is empty), or when it stopped while archiving (some of
     * its inputs are already in the archive). Empty: start afresh.
     */
    private Optional<ExitCode> resume(JobDefinition def, JobExecution last, RunInputs chosen, RunInputs inbox,
            Path archiveDir, PrintStream out) {
        String lastSidik = last.getJobParameters().getString(SIDIK);
        RunInputs lastInputs = last.getExecutionContext().containsKey(RunInputs.CONTEXT_KEY)
                ? RunInputs.fromJson(last.getExecutionContext().getString(RunInputs.CONTEXT_KEY)) : null;
        boolean sameInputs = chosen.sidik().equals(lastSidik) && !chosen.isEmpty();
        boolean archiving = lastInputs != null && !lastInputs.folder().equals(archiveDir)
                && lastInputs.berkas().stream().anyMatch(b -> !Files.exists(lastInputs.folder().resolve(b.nama()))
                        && Files.exists(archiveDir.resolve(b.nama())));
        if (!sameInputs && !archiving) {
            if (lastSidik != null && !chosen.isEmpty()) {
                log.info("Eksekusi terakhir tanggal ini (#{}, {}) memakai berkas masukan lain; proses baru dimulai dengan "
                        + "isi inbox sekarang.", last.getId(), last.getStatus());
            }
            return Optional.empty();
        }
        if (archiving) {
            Set<String> known = lastInputs.berkas().stream().map(b -> b.nama() + "\t" + b.sha256())
                    .collect(Collectors.toSet());
            inbox.berkas().stream().filter(b -> !known.contains(b.nama() + "\t" + b.sha256()))
                    .forEach(b -> log.warn("Berkas baru {} menunggu proses berikutnya (proses yang dilanjutkan sudah mulai "
                            + "mengarsipkan masukannya).", b.nama()));
        }
        log.info("Job '{}': melanjutkan eksekusi #{} (status {}, berhenti di langkah '{}'); langkah yang sudah selesai "
                + "tidak diulang.", def.nama(), last.getId(), last.getStatus(), RunReport.lastStep(last));
        JobParameters params = last.getJobParameters();
        running.offer(def.nama(), lastInputs != null ? lastInputs : chosen);
        JobExecution execution;
        try {
            execution = jobOperator.start(job, params);
        } catch (Exception e) {
            if (DatabaseInUse.is(e)) {
                throw e instanceof RuntimeException r ? r : new IllegalStateException(e);
            }
            log.error("Eksekusi #{} tidak dapat dilanjutkan: {}", last.getId(), RunReport.rootMessage(e), e);
            return Optional.of(ExitCode.GAGAL);
        } finally {
            running.withdraw(def.nama(), lastInputs != null ? lastInputs : chosen);
        }
        return Optional.of(finish(RunParameters.from(params), execution, archiveDir, out));
    }

    private ExitCode finish(RunParameters params, JobExecution execution, Path archiveDir, PrintStream out) {
        ExitCode code = report.print(params, execution,
                execution.getStatus() == BatchStatus.COMPLETED && archiveRan(execution) ? archiveDir : null, out);
        log.info("Job '{}' tanggal {} berakhir: {} (eksekusi #{}), kode keluar {}", params.run().jobName(),
                params.run().runDate(), execution.getStatus(), execution.getId(), code.code());
        return code;
    }

    private static boolean archiveRan(JobExecution execution) {
        return execution.getJobParameters().getString(ARSIP) != null;
    }

    /** Marks FAILED the executions of this job the repository shows running but no live process holds. */
    private void recoverStale(String name) {
        for (JobExecution e : history.running(name)) {
            if (running.isRunningHere(e.getId())) {
                continue;
            }
            log.warn("Job '{}': eksekusi #{} (tanggal {}, dimulai {}, langkah '{}') masih tercatat {}, padahal prosesnya "
                    + "sudah berhenti mendadak; ditandai FAILED dan akan dilanjutkan.", name, e.getId(),
                    e.getJobParameters().getLocalDate(RunParameters.TANGGAL),
                    e.getStartTime() == null ? "-" : e.getStartTime().truncatedTo(ChronoUnit.SECONDS)
                            .toString().replace('T', ' '), RunReport.lastStep(e), e.getStatus());
            jobOperator.recover(e);
        }
    }

    private static boolean onlyTheRegionMaster(RunInputs inputs, JobDefinition def) {
        if (def.wilayahKerja() == null || inputs.isEmpty()) {
            return false;
        }
        Path master = def.wilayahKerja().toAbsolutePath().normalize();
        return inputs.berkas().stream().allMatch(b -> inputs.folder().resolve(b.nama()).equals(master));
    }

    private static boolean resumable(BatchStatus status) {
        return status == BatchStatus.FAILED || status == BatchStatus.STOPPED;
    }

    private JobParameters parameters(JobDefinition def, RunRequest request, RunInputs inputs, Path archiveDir) {
        JobDefinition reading = def.withPaths(inputs.folder(), null, null);
        JobParametersBuilder b = new JobParametersBuilder(
                RunParameters.of(reading, request.runDate()).toJobParameters(request.force()));
        b.addString(SIDIK, inputs.sidik());
        b.addString(ARSIP, archiveDir.toString(), false);
        b.addString(PINDAHKAN, def.pindahkanKeArsip() ? "ya" : "tidak", false);
        b.addLong(SIMPAN_ARSIP_HARI, (long) def.simpanArsipHari(), false);
        return b.toJobParameters();
    }
}
