package id.rekon.pispk.job;

import id.rekon.pispk.job.launch.ExitCode;
import id.rekon.pispk.job.launch.InboxFiles;
import id.rekon.pispk.job.launch.JobDefinition;
import id.rekon.pispk.job.launch.RunInputs;
import id.rekon.pispk.job.launch.RunLauncher;
import id.rekon.pispk.job.launch.RunRequest;
import id.rekon.pispk.rules.RuleSettings;
import id.rekon.pispk.store.RunKey;
import id.rekon.pispk.store.StagingStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The launcher in this JVM against a throw-away H2 database: same inputs twice, {@code --force}, a changed
 * inbox, files still being copied, the archive and its manifest, an empty inbox. Each test uses its own job
 * name, so they share the database without seeing each other.
 */
@SpringBootTest
@ExtendWith(OutputCaptureExtension.class)
class LauncherFunctionalTests {

    static final Path BASE = tempDir();
    static final LocalDate DATE = LocalDate.of(2026, 11, 1);

    @DynamicPropertySource
    static void dataDir(DynamicPropertyRegistry registry) {
        registry.add("rekon.data-dir", () -> BASE.resolve("data").toString());
    }

    /** The launcher's clock, which a test sets instead of waiting for the inbox's stability window to pass. */
    @TestConfiguration
    static class Clocks {
        @Bean
        @Primary
        SettableClock settableClock() {
            return new SettableClock(ZoneId.systemDefault());
        }
    }

    @Autowired
    RunLauncher launcher;
    @Autowired
    SettableClock clock;
    @Autowired
    StagingStore store;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void the_same_date_with_the_same_inputs_does_nothing_the_second_time_and_force_gives_the_same_findings(
            CapturedOutput output) throws Exception {
        JobDefinition def = job("dua-kali", 0, true);
        TinyKabupaten.write(def.inbox(), 12);

        assertThat(launch(def, false)).isEqualTo(ExitCode.SUKSES);
        Path temuan = def.keluaran().resolve(DATE.toString()).resolve("temuan.csv");
        Set<String> first = rows(temuan);
        FileTime written = Files.getLastModifiedTime(temuan);
        assertThat(executions("dua-kali")).isEqualTo(1);
        assertThat(first).hasSizeGreaterThan(10);

        assertThat(launch(def, false)).isEqualTo(ExitCode.SUKSES);
        assertThat(output.getOut()).contains("dengan berkas masukan yang sama sudah selesai sebelumnya; tidak ada yang "
                + "dikerjakan ulang").contains("tambahkan --force");
        assertThat(executions("dua-kali")).as("no new execution").isEqualTo(1);
        assertThat(Files.getLastModifiedTime(temuan)).as("outputs untouched").isEqualTo(written);

        assertThat(launch(def, true)).isEqualTo(ExitCode.SUKSES);
        assertThat(output.getOut()).contains("Inbox kosong; masukan diambil dari arsip tanggal 2026-11-01");
        assertThat(executions("dua-kali")).isEqualTo(2);
        assertThat(rows(temuan)).as("same findings, same ids").isEqualTo(first);
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM rekon_temuan WHERE job_name = 'dua-kali'", Long.class))
                .isEqualTo(first.size());
    }

    @Test
    void a_changed_inbox_on_the_same_date_is_a_new_run(CapturedOutput output) throws Exception {
        JobDefinition def = job("berubah", 0, false);
        TinyKabupaten.write(def.inbox(), 12);
        assertThat(launch(def, false)).isEqualTo(ExitCode.SUKSES);
        Set<String> before = rows(def.keluaran().resolve(DATE.toString()).resolve("temuan.csv"));

        // One family more: a new export, so a new run of the same date.
        TinyKabupaten.write(def.inbox(), 13);
        assertThat(launch(def, false)).isEqualTo(ExitCode.SUKSES);

        assertThat(executions("berubah")).isEqualTo(2);
        Set<String> after = rows(def.keluaran().resolve(DATE.toString()).resolve("temuan.csv"));
        assertThat(after).hasSizeGreaterThan(before.size());
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM rekon_temuan WHERE job_name = 'berubah'", Long.class))
                .isEqualTo(after.size());
        // The first run's archived inputs are set aside, not overwritten.
        try (Stream<Path> s = Files.list(def.keluaran().resolve("arsip").resolve(DATE.toString()))) {
            assertThat(s.map(p -> p.getFileName().toString())).anyMatch(n -> n.startsWith("sebelumnya-"));
        }
    }

    @Test
    void a_file_still_being_written_is_left_for_the_next_run_and_the_rest_is_archived_with_its_checksums(
            CapturedOutput output) throws Exception {
        JobDefinition def = job("disalin", 2, true);
        TinyKabupaten.write(def.inbox(), 12);
        Instant settled = lastChange(def.inbox());
        // Written after the others: as if a copy were still in progress.
        Path copy = def.inbox().resolve("pcare-baru.json");
        Files.copy(def.inbox().resolve("pcare.json"), copy);
        while (!InboxFiles.lastChange(copy).isAfter(settled)) {
            // the file system counts change times in ticks: the copy must be a tick later than the rest
            Thread.sleep(5);
            Files.setLastModifiedTime(copy, FileTime.from(Instant.now()));
        }

        // The launcher's "now": the other files have been still for exactly the two-second window, the copy for less.
        clock.set(settled.plusSeconds(2));
        try {
            assertThat(launch(def, false)).isEqualTo(ExitCode.SUKSES);
        } finally {
            clock.reset();
        }

        assertThat(output.getOut()).contains("Berkas pcare-baru.json diubah kurang dari 2 detik lalu (mungkin masih "
                + "disalin); ditunda ke proses berikutnya.");
        assertThat(store.fileNames(new RunKey("disalin", DATE)))
                .containsExactly("anggota.csv", "keluarga.csv", "pcare.json", "wilayah.csv");
        assertThat(list(def.inbox())).containsExactly("pcare-baru.json");
        Path archive = def.keluaran().resolve("arsip").resolve(DATE.toString());
        assertThat(list(archive)).containsExactly(RunInputs.MANIFEST, "anggota.csv", "keluarga.csv", "pcare.json",
                "wilayah.csv");
        List<String> manifest = Files.readAllLines(archive.resolve(RunInputs.MANIFEST));
        assertThat(manifest).hasSize(4);
        for (String line : manifest) {
            String[] parts = line.split(" {2}", 2);
            assertThat(InboxFiles.sha256(archive.resolve(parts[1]))).isEqualTo(parts[0]);
        }
        assertSha256sumAccepts(archive);
    }

    @Test
    void copy_mode_leaves_the_inbox_as_it_was(CapturedOutput output) throws Exception {
        JobDefinition def = job("salin", 0, false);
        TinyKabupaten.write(def.inbox(), 6);

        assertThat(launch(def, false)).isEqualTo(ExitCode.SUKSES);
        assertThat(list(def.inbox())).containsExactly("anggota.csv", "keluarga.csv", "pcare.json", "wilayah.csv");
        assertThat(list(def.keluaran().resolve("arsip").resolve(DATE.toString()))).contains("anggota.csv",
                RunInputs.MANIFEST);

        assertThat(launch(def, false)).isEqualTo(ExitCode.SUKSES);
        assertThat(output.getOut()).contains("sudah selesai sebelumnya");
        assertThat(executions("salin")).isEqualTo(1);
    }

    @Test
    void the_region_master_named_by_the_definition_stays_in_the_inbox_when_inputs_are_moved() throws Exception {
        JobDefinition plain = job("master-di-inbox", 0, true);
        JobDefinition def = plain.withPaths(null, null, plain.inbox().resolve("wilayah.csv"));
        TinyKabupaten.write(def.inbox(), 6);

        assertThat(launch(def, false)).isEqualTo(ExitCode.SUKSES);

        assertThat(list(def.inbox())).containsExactly("wilayah.csv");
        assertThat(list(def.keluaran().resolve("arsip").resolve(DATE.toString()))).containsExactly(
                RunInputs.MANIFEST, "anggota.csv", "keluarga.csv", "pcare.json", "wilayah.csv");
        // The next night, with nothing dropped but the master still there: nothing to do.
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        assertThat(launcher.launch(new RunRequest(def, DATE.plusDays(1), false), new PrintStream(bytes)))
                .isEqualTo(ExitCode.INBOX_KOSONG);
        assertThat(executions("master-di-inbox")).isEqualTo(1);
    }

    @Test
    void an_empty_inbox_is_a_clear_message_and_exit_code_4(CapturedOutput output) throws Exception {
        JobDefinition def = job("kosong", 0, true);
        Files.createDirectories(def.inbox());

        assertThat(launch(def, false)).isEqualTo(ExitCode.INBOX_KOSONG);
        assertThat(ExitCode.INBOX_KOSONG.code()).isEqualTo(4);
        assertThat(output.getOut()).contains("Inbox kosong: tidak ada berkas untuk diproses");
        assertThat(executions("kosong")).isZero();
    }

    @Test
    void a_missing_inbox_is_a_usage_error(CapturedOutput output) {
        JobDefinition def = job("tanpa-inbox", 0, true);

        assertThat(launch(def, false)).isEqualTo(ExitCode.SALAH_PEMAKAIAN);
        assertThat(output.getOut()).contains("Folder inbox tidak ditemukan");
    }

    @Test
    void a_nik_inside_a_log_message_or_stack_trace_is_masked(CapturedOutput output) {
        org.slf4j.LoggerFactory.getLogger(RunLauncher.class).error("Baris 5302011505800001 ditolak",
                new IllegalStateException("Duplicate key 5302015708850002"));

        assertThat(output.getOut()).contains("Baris 5302…0001 ditolak").contains("Duplicate key 5302…0002")
                .doesNotContain("5302011505800001").doesNotContain("5302015708850002");
    }

    private ExitCode launch(JobDefinition def, boolean force) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        ExitCode code = launcher.launch(new RunRequest(def, DATE, force), new PrintStream(bytes, true,
                StandardCharsets.UTF_8));
        System.out.print(bytes.toString(StandardCharsets.UTF_8));
        return code;
    }

    private static JobDefinition job(String name, int stabil, boolean move) {
        Path dir = BASE.resolve(name);
        return new JobDefinition(name, dir.resolve("inbox"), dir.resolve("out"), null, null, 1000,
                RuleSettings.defaults(), null, stabil, null, move);
    }

    private long executions(String job) {
        Long n = jdbc.queryForObject("SELECT COUNT(*) FROM BATCH_JOB_EXECUTION_PARAMS WHERE PARAMETER_NAME = 'job'"
                + " AND PARAMETER_VALUE = ?", Long.class, job);
        return n == null ? 0 : n;
    }

    private static Set<String> rows(Path csv) throws IOException {
        List<String> lines = new ArrayList<>(Files.readAllLines(csv, StandardCharsets.UTF_8));
        lines.remove(0);
        Set<String> set = new TreeSet<>(lines);
        assertThat(set).as("no duplicate rows").hasSize(lines.size());
        return set;
    }

    private static List<String> list(Path dir) throws IOException {
        try (Stream<Path> s = Files.list(dir)) {
            return s.filter(Files::isRegularFile).map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    /** {@code sha256sum -c} in the archive folder, where the tool exists (GNU coreutils). */
    private static void assertSha256sumAccepts(Path archive) throws Exception {
        Process p;
        try {
            p = new ProcessBuilder("sha256sum", "--strict", "-c", RunInputs.MANIFEST).directory(archive.toFile())
                    .redirectErrorStream(true).start();
        } catch (IOException e) {
            return; // no sha256sum on this machine
        }
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor()).as(out).isZero();
        assertThat(out).contains("anggota.csv: OK");
    }

    private static Path tempDir() {
        try {
            // Under target/, so 'mvn clean' removes it.
            Path target = Files.createDirectories(Path.of("target"));
            return Files.createTempDirectory(target, "uji-peluncur-").toAbsolutePath();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The latest change time of the folder's files. */
    private static Instant lastChange(Path dir) throws IOException {
        try (Stream<Path> s = Files.list(dir)) {
            return s.map(InboxFiles::lastChange).max(Instant::compareTo).orElseThrow();
        }
    }
}
