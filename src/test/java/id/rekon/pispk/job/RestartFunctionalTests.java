package id.rekon.pispk.job;

import id.rekon.pispk.job.launch.RunInputs;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

/**
 * The real job in a child JVM, killed ({@code kill -9}) or stopped (SIGTERM) in the middle of a run, then
 * started again with the same command: the resumed run must leave exactly what an uninterrupted run on the
 * same inputs leaves (findings, workbooks, archive), with nothing stored twice.
 */
class RestartFunctionalTests {

    static final String DATE = "2026-11-01";
    static final int FAMILIES = 40;

    @TempDir
    static Path base;

    static RunOutputs reference;
    static String referenceManifest;
    static List<String> referenceFileCounts;

    @BeforeAll
    static void uninterruptedRun() throws Exception {
        Path dir = scenario("acuan");
        ChildJvm.Finished run = ChildJvm.run(dir, dir.resolve("data"), "run", "--job", "job.yml", "--run-date", DATE);
        assertThat(run.exitCode()).as(run.output()).isZero();
        reference = RunOutputs.of(dir.resolve("out").resolve(DATE));
        referenceManifest = manifest(dir);
        referenceFileCounts = StoreCheck.fileCounts(dir.resolve("data"));
        assertThat(StoreCheck.tonightsStores(dir.resolve("data"))).as("tonight's store removed after COMPLETED").isEmpty();
        assertThat(reference.temuanLines()).isGreaterThan(50);
        assertThat(reference.sheets()).hasSize(2);
        assertNoNik(run.output());
        assertNoNik(log(dir));
    }

    /** Sets up a folder with the inbox, a job definition (paths relative to it) and room for data and outputs. */
    static Path scenario(String name) throws IOException {
        return RestartFunctionalTestsSupport.scenario(base, name, FAMILIES);
    }

    @ParameterizedTest(name = "kill -9 saat {0}")
    @CsvSource({"baca, 300, 3", "aturan, 20000, 1", "tulis, 20000, 1", "arsip, 20000, 1"})
    void a_killed_run_started_again_completes_with_the_outputs_of_an_uninterrupted_run(String point, int pauseMs,
            int pauses) throws Exception {
        Path dir = scenario("bunuh-" + point);
        Path data = dir.resolve("data");
        try (ChildJvm jvm = ChildJvm.start(dir, data, Map.of(JedaUji.PROPERTY, point + "=" + pauseMs),
                "run", "--job", "job.yml", "--run-date", DATE)) {
            assertThat(jvm.awaitOutput("UJI: jeda", pauses, Duration.ofSeconds(90))).as(jvm.output()).isTrue();
            jvm.kill();
        }
        assertThat(StoreCheck.executionStatuses(data)).containsExactly("STARTED");
        assertThat(StoreCheck.tonightsStores(data)).as("tonight's store kept for the restart").isNotEmpty();
        if (!point.equals("arsip")) {
            // What a kill in the middle of writing a workbook leaves: its temporary file beside the target.
            Path workbooks = Files.createDirectories(dir.resolve("out").resolve(DATE).resolve("puskesmas"));
            Files.writeString(workbooks.resolve(".rekon-P5302010101 Puskesmas Kota Soe.xlsx.x1.tmp"), "setengah");
        }

        ChildJvm.Finished again = ChildJvm.run(dir, data, "run", "--job", "job.yml", "--run-date", DATE);

        assertThat(again.exitCode()).as(again.output()).isZero();
        assertThat(again.output()).contains("masih tercatat STARTED").contains("ditandai FAILED")
                .contains("melanjutkan eksekusi #1");
        assertThat(StoreCheck.executionStatuses(data)).containsExactly("FAILED", "COMPLETED");
        assertSameAsReference(dir);
        assertNoNik(again.output());
        assertNoNik(log(dir));
    }

    @Test
    void a_killed_forced_rerun_from_the_archive_is_resumed_by_a_plain_start_not_taken_as_done() throws Exception {
        Path dir = scenario("paksa-dibunuh");
        Path data = dir.resolve("data");
        ChildJvm.Finished first = ChildJvm.run(dir, data, "run", "--job", "job.yml", "--run-date", DATE);
        assertThat(first.exitCode()).as(first.output()).isZero();
        try (ChildJvm forced = ChildJvm.start(dir, data, Map.of(JedaUji.PROPERTY, "aturan=20000"),
                "run", "--job", "job.yml", "--run-date", DATE, "--force")) {
            assertThat(forced.awaitOutput("UJI: jeda", 1, Duration.ofSeconds(90))).as(forced.output()).isTrue();
            assertThat(forced.output()).contains("masukan diambil dari arsip tanggal " + DATE);
            forced.kill();
        }

        ChildJvm.Finished again = ChildJvm.run(dir, data, "run", "--job", "job.yml", "--run-date", DATE);

        assertThat(again.exitCode()).as(again.output()).isZero();
        assertThat(again.output()).contains("melanjutkan eksekusi").doesNotContain("sudah selesai sebelumnya");
        assertThat(StoreCheck.executionStatuses(data)).containsExactly("COMPLETED", "FAILED", "COMPLETED");
        assertSameAsReference(dir);
    }

    @Test
    void sigterm_stops_at_a_chunk_boundary_and_the_next_start_completes_the_run() throws Exception {
        Path dir = scenario("sigterm");
        Path data = dir.resolve("data");
        String stopped;
        int code;
        try (ChildJvm jvm = ChildJvm.start(dir, data, Map.of(JedaUji.PROPERTY, "baca=700"),
                "run", "--job", "job.yml", "--run-date", DATE)) {
            assertThat(jvm.awaitOutput("UJI: jeda", 2, Duration.ofSeconds(90))).as(jvm.output()).isTrue();
            long t0 = System.nanoTime();
            jvm.term();
            code = jvm.waitFor(Duration.ofSeconds(60));
            stopped = jvm.output();
            System.out.printf("SIGTERM: proses berhenti dalam %d ms, kode keluar %d%n",
                    (System.nanoTime() - t0) / 1_000_000, code);
        }
        assertThat(stopped).contains("Sinyal berhenti diterima").contains("Job DIHENTIKAN dengan rapi (STOPPED)")
                .doesNotContain("Exception");
        assertThat(code).isEqualTo(143);
        assertThat(StoreCheck.executionStatuses(data)).containsExactly("STOPPED");

        ChildJvm.Finished again = ChildJvm.run(dir, data, "run", "--job", "job.yml", "--run-date", DATE);

        assertThat(again.exitCode()).as(again.output()).isZero();
        assertThat(again.output()).contains("melanjutkan eksekusi #1 (status STOPPED");
        assertThat(StoreCheck.executionStatuses(data)).containsExactly("STOPPED", "COMPLETED");
        assertSameAsReference(dir);
    }

    private static void assertSameAsReference(Path dir) throws Exception {
        RunOutputs outputs = RunOutputs.of(dir.resolve("out").resolve(DATE));
        assertThat(outputs.files()).isEqualTo(reference.files());
        assertThat(outputs.temuanLines()).isEqualTo(reference.temuanLines());
        assertThat(outputs.temuanRows()).isEqualTo(reference.temuanRows());
        assertThat(outputs.sheets()).isEqualTo(reference.sheets());
        assertThat(StoreCheck.duplicates(dir.resolve("data"))).isEmpty();
        assertThat(StoreCheck.fileCounts(dir.resolve("data"))).as("every file counted once").isEqualTo(referenceFileCounts);
        assertThat(StoreCheck.tonightsStores(dir.resolve("data"))).as("tonight's store removed after COMPLETED").isEmpty();
        assertThat(StoreCheck.query(dir.resolve("data"), "SELECT COUNT(*) FROM rekon_temuan"))
                .containsExactly(String.valueOf(reference.temuanLines()));
        assertThat(StoreCheck.query(dir.resolve("data"), "SELECT COUNT(*) FROM rekon_riwayat WHERE resolved_on IS NULL"))
                .as("history: one open episode per finding").containsExactly(String.valueOf(reference.temuanLines()));
        assertThat(manifest(dir)).isEqualTo(referenceManifest);
        try (Stream<Path> inbox = Files.list(dir.resolve("inbox"))) {
            assertThat(inbox).as("inbox dikosongkan setelah diarsipkan").isEmpty();
        }
    }

    static String manifest(Path dir) throws IOException {
        return Files.readString(dir.resolve("out").resolve("arsip").resolve(DATE).resolve(RunInputs.MANIFEST));
    }

    static String log(Path dir) throws IOException {
        return Files.readString(dir.resolve("data").resolve("log").resolve("rekon-pispk.log"), StandardCharsets.UTF_8);
    }

    /** No NIK (or KK number) in the text: no run of 16 digits standing alone. */
    static void assertNoNik(String text) {
        Matcher m = Pattern.compile("(?<![0-9A-Za-z])\\d{16}(?![0-9A-Za-z])").matcher(text);
        if (m.find()) {
            fail("16 angka berturut-turut di log: …" + text.substring(Math.max(0, m.start() - 80),
                    Math.min(text.length(), m.end() + 20)));
        }
    }
}
