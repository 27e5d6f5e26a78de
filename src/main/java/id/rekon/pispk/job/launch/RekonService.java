package id.rekon.pispk.job.launch;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.BatchStatus;
import org.springframework.context.SmartLifecycle;
import org.springframework.scheduling.concurrent.ThreadPoolTaskScheduler;
import org.springframework.scheduling.support.CronExpression;
import org.springframework.scheduling.support.CronTrigger;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ScheduledFuture;
import java.util.stream.Stream;

/**
 * {@code serve}: the long-running service. Loads every {@code *.yml} of the jobs folder and runs each job on
 * its own {@code jadwal} (a six-field Spring cron expression: second minute hour day-of-month month
 * day-of-week, in the machine's time zone), with today's date, through the same {@link RunLauncher} as
 * {@code run}. Logs each job's next run time at start and after each run.
 *
 * <p>A run refused because the job or the database is busy elsewhere is tried again after
 * {@code rekon.layanan.coba-lagi} (10 minutes) until the next scheduled time. The definition file is read
 * again at each run, so a change of inbox, outputs or rules applies the next night; a change of
 * {@code jadwal}, or a new file, needs a restart of the service.
 *
 * <p>On SIGTERM, Spring closes the context: {@link RunningJobs} stops a running job at its next chunk
 * boundary first, then this bean cancels the schedule and lets {@link #serve} return.
 */
public class RekonService implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(RekonService.class);

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss xxx");

    private final RunLauncher launcher;
    private final JobHistory history;
    private final Clock clock;
    private final int threads;
    private final Duration retry;
    private final JobDefinitionLoader loader = new JobDefinitionLoader();
    private final CountDownLatch stopped = new CountDownLatch(1);
    private final List<ScheduledFuture<?>> futures = new ArrayList<>();
    private ThreadPoolTaskScheduler scheduler;
    private volatile boolean running;

    /**
     * @param threads jobs that may run at the same time ({@code rekon.layanan.paralel}, 1: one after another)
     * @param retry   wait before trying again a run refused because something else was running
     */
    public RekonService(RunLauncher launcher, JobHistory history, Clock clock, int threads, Duration retry) {
        this.launcher = launcher;
        this.history = history;
        this.clock = clock;
        this.threads = threads;
        this.retry = retry;
    }

    /** Schedules every job of the folder and blocks until the application stops. */
    public ExitCode serve(Path jobsDir) {
        Map<Path, JobDefinition> jobs = load(jobsDir);
        if (jobs.isEmpty()) {
            throw new JobDefinitionException("Tidak ada definisi job berjadwal di " + jobsDir.toAbsolutePath().normalize()
                    + " (berkas *.yml dengan kunci 'jadwal').");
        }
        synchronized (this) {
            scheduler = new ThreadPoolTaskScheduler();
            scheduler.setPoolSize(threads);
            scheduler.setThreadNamePrefix("rekon-jadwal-");
            // Never interrupt a running job (H2 closes its file when a thread is interrupted): RunningJobs has
            // already asked it to stop at a chunk boundary by the time the scheduler shuts down.
            scheduler.setWaitForTasksToCompleteOnShutdown(true);
            scheduler.setExecuteExistingDelayedTasksAfterShutdownPolicy(false);
            scheduler.setRemoveOnCancelPolicy(true);
            scheduler.setAwaitTerminationSeconds(30);
            scheduler.setClock(clock);
            scheduler.initialize();
            jobs.forEach((file, def) -> futures.add(scheduler.schedule(() -> fire(file, def),
                    new CronTrigger(def.jadwal(), clock.getZone()))));
        }
        log.info("Layanan rekon-pispk berjalan: {} job terjadwal dari {}", jobs.size(), jobsDir.toAbsolutePath().normalize());
        jobs.values().forEach(this::logNext);
        jobs.forEach(this::resumeToday);
        try {
            stopped.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        log.info("Layanan rekon-pispk berhenti.");
        return ExitCode.SUKSES;
    }

    /** Reads and checks every definition: one bad file stops the service from starting (exit 64). */
    private Map<Path, JobDefinition> load(Path jobsDir) {
        if (!Files.isDirectory(jobsDir)) {
            throw new JobDefinitionException("Folder definisi job tidak ditemukan: " + jobsDir.toAbsolutePath().normalize());
        }
        List<Path> files;
        try (Stream<Path> s = Files.list(jobsDir)) {
            files = s.filter(p -> p.getFileName().toString().matches("(?i).*\\.ya?ml")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Map<Path, JobDefinition> jobs = new LinkedHashMap<>();
        Map<String, Path> names = new LinkedHashMap<>();
        for (Path f : files) {
            JobDefinition def = loader.load(f);
            if (def.jadwal() == null || def.jadwal().isBlank()) {
                log.warn("{}: tidak punya 'jadwal'; tidak dijadwalkan (jalankan dengan 'rekon run --job {}')", f, f);
                continue;
            }
            if (!CronExpression.isValidExpression(def.jadwal())) {
                throw new JobDefinitionException("'jadwal' di " + f + " bukan ekspresi cron Spring yang sah: '"
                        + def.jadwal() + "'. Bentuknya enam bagian: detik menit jam hari bulan hari-minggu, "
                        + "misalnya \"0 0 1 * * *\" (setiap hari pukul 01.00).");
            }
            Path other = names.put(def.nama(), f);
            if (other != null) {
                throw new JobDefinitionException("Nama job '" + def.nama() + "' dipakai dua kali: " + other + " dan " + f);
            }
            jobs.put(f, def);
        }
        return jobs;
    }

    /**
     * A run of today that was stopped (SIGTERM) or cut off (the machine went down) is resumed at once rather
     * than at the next scheduled time, which would already be another date.
     */
    private void resumeToday(Path file, JobDefinition def) {
        LocalDate today = LocalDate.now(clock);
        history.latest(def.nama(), today).filter(e -> e.getStatus() != BatchStatus.COMPLETED
                && e.getStatus() != BatchStatus.ABANDONED).ifPresent(e -> {
                    log.warn("Job '{}' tanggal {} belum selesai (eksekusi #{}, {}); dilanjutkan sekarang.", def.nama(),
                            today, e.getId(), e.getStatus());
                    LocalDateTime next = CronExpression.parse(def.jadwal()).next(LocalDateTime.now(clock));
                    synchronized (this) {
                        scheduler.schedule(() -> attempt(file, def, today, next), clock.instant());
                    }
                });
    }

    /** One scheduled firing: today's run of the job, retried while something else holds it. */
    private void fire(Path file, JobDefinition scheduled) {
        LocalDate today = LocalDate.now(clock);
        LocalDateTime next = CronExpression.parse(scheduled.jadwal()).next(LocalDateTime.now(clock));
        attempt(file, scheduled, today, next);
    }

    private void attempt(Path file, JobDefinition scheduled, LocalDate date, LocalDateTime giveUpAt) {
        if (!running) {
            return;
        }
        JobDefinition def;
        try {
            def = loader.load(file);
        } catch (JobDefinitionException e) {
            log.error("Job '{}' tanggal {} tidak dijalankan: {}", scheduled.nama(), date, e.getMessage());
            logNext(scheduled);
            return;
        }
        ExitCode code;
        try (PrintStream out = logStream(def.nama())) {
            code = launcher.launch(new RunRequest(def, date, false), out);
        } catch (RuntimeException e) {
            log.error("Job '{}' tanggal {} gagal dijalankan", def.nama(), date, e);
            code = ExitCode.GAGAL;
        }
        LocalDateTime retryAt = LocalDateTime.now(clock).plus(retry);
        if (code == ExitCode.SEDANG_BERJALAN && running && giveUpAt != null && retryAt.isBefore(giveUpAt)) {
            log.warn("Job '{}' tanggal {}: dicoba lagi pukul {}", def.nama(), date, retryAt.withNano(0));
            synchronized (this) {
                if (scheduler != null) {
                    scheduler.schedule(() -> attempt(file, scheduled, date, giveUpAt),
                            retryAt.atZone(clock.getZone()).toInstant());
                }
            }
            return;
        }
        if (running) {
            logNext(scheduled);
        }
    }

    private void logNext(JobDefinition def) {
        LocalDateTime next = CronExpression.parse(def.jadwal()).next(LocalDateTime.now(clock));
        log.info("Job '{}' (jadwal \"{}\"): proses berikutnya {}", def.nama(), def.jadwal(),
                next == null ? "tidak ada" : next.atZone(clock.getZone()).format(WHEN));
    }

    /** The launcher's console lines, sent to the log (the service has no terminal). */
    private static PrintStream logStream(String job) {
        return new PrintStream(new OutputStream() {
            private final java.io.ByteArrayOutputStream line = new java.io.ByteArrayOutputStream();

            @Override
            public void write(int b) {
                if (b == '\n') {
                    flushLine();
                } else {
                    line.write(b);
                }
            }

            private void flushLine() {
                String s = line.toString(StandardCharsets.UTF_8);
                line.reset();
                if (!s.isBlank()) {
                    log.info("[{}] {}", job, s);
                }
            }

            @Override
            public void close() {
                flushLine();
            }
        }, true, StandardCharsets.UTF_8);
    }

    @Override
    public void start() {
        running = true;
    }

    @Override
    public void stop() {
        running = false;
        ThreadPoolTaskScheduler s;
        synchronized (this) {
            futures.forEach(f -> f.cancel(false));
            s = scheduler;
            scheduler = null;
        }
        if (s != null) {
            s.shutdown();
        }
        stopped.countDown();
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    @Override
    public int getPhase() {
        // After RunningJobs (which stops a running job and waits for it), before everything else.
        return Integer.MAX_VALUE - 1;
    }
}
