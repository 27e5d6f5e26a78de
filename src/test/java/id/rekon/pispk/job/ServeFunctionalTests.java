package id.rekon.pispk.job;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code serve}: the service schedules every job definition of the folder on its cron, runs it with today's
 * date, logs the next run time at start and after the run, and ends cleanly on SIGTERM. The child's clock
 * starts at {@link #START} ({@link ChildJvmHooks}), so "today" is the same date whenever the test runs, also
 * across midnight and between the two services of the resume test.
 */
class ServeFunctionalTests {

    static final LocalDateTime START = LocalDateTime.of(2026, 11, 1, 10, 0, 0);
    static final Map<String, String> CLOCK = Map.of(ChildJvmHooks.JAM, START.toString());

    @TempDir
    Path base;

    @Test
    void the_service_runs_each_job_on_its_schedule_with_todays_date_and_stops_on_sigterm() throws Exception {
        Path dir = RestartFunctionalTestsSupport.scenario(base, "layanan", 6, "jadwal: \"*/2 * * * * *\"\n");
        Files.createDirectories(dir.resolve("jobs"));
        Files.move(dir.resolve("job.yml"), dir.resolve("jobs").resolve("uji.yml"));
        Files.writeString(dir.resolve("jobs").resolve("manual.yml"), "nama: manual\ninbox: inbox\nkeluaran: out2\n");
        String today = START.toLocalDate().toString();
        try (ChildJvm service = ChildJvm.start(dir, dir.resolve("data"), CLOCK, "serve", "--jobs", "jobs")) {
            assertThat(service.awaitOutput("proses berikutnya", 1, Duration.ofSeconds(60))).as(service.output())
                    .isTrue();
            assertThat(service.awaitOutput("berakhir: COMPLETED", 1, Duration.ofSeconds(60))).as(service.output())
                    .isTrue();
            assertThat(service.awaitOutput("proses berikutnya", 2, Duration.ofSeconds(30))).as(service.output())
                    .isTrue();
            service.term();
            service.waitFor(Duration.ofSeconds(60));
            String out = service.output();
            assertThat(out).contains("Layanan rekon-pispk berjalan: 1 job terjadwal")
                    .contains("manual.yml: tidak punya 'jadwal'")
                    .containsPattern("Job 'uji' \\(jadwal \"\\*/2 \\* \\* \\* \\* \\*\"\\): proses berikutnya \\d{4}-\\d\\d-\\d\\d "
                            + "\\d\\d:\\d\\d:\\d\\d [+-]\\d\\d:\\d\\d")
                    .contains("job 'uji', tanggal proses " + today)
                    .contains("Layanan rekon-pispk berhenti.")
                    .doesNotContain("Exception").doesNotContain("\tat ");
            RestartFunctionalTests.assertNoNik(out);
        }
        assertThat(Files.exists(dir.resolve("out").resolve(today).resolve("temuan.csv"))).isTrue();
        assertThat(StoreCheck.executionStatuses(dir.resolve("data"))).startsWith("COMPLETED")
                .doesNotContain("STARTED", "FAILED");
        assertThat(List.of(dir.resolve("out").resolve("arsip").resolve(today).toFile().list())).contains("pcare.json");
    }

    @Test
    void a_run_stopped_by_sigterm_is_resumed_when_the_service_starts_again_the_same_day() throws Exception {
        Path dir = RestartFunctionalTestsSupport.scenario(base, "layanan-henti", 20, "jadwal: \"*/2 * * * * *\"\n");
        Files.createDirectories(dir.resolve("jobs"));
        Files.move(dir.resolve("job.yml"), dir.resolve("jobs").resolve("uji.yml"));
        try (ChildJvm service = ChildJvm.start(dir, dir.resolve("data"), Map.of(JedaUji.PROPERTY, "baca=700",
                ChildJvmHooks.JAM, START.toString()),
                "serve", "--jobs", "jobs")) {
            assertThat(service.awaitOutput("UJI: jeda", 2, Duration.ofSeconds(60))).as(service.output()).isTrue();
            service.term();
            service.waitFor(Duration.ofSeconds(60));
            assertThat(service.output()).contains("Job DIHENTIKAN dengan rapi (STOPPED)")
                    .contains("Layanan rekon-pispk berhenti.").doesNotContain("Exception");
        }
        assertThat(StoreCheck.executionStatuses(dir.resolve("data"))).containsExactly("STOPPED");

        try (ChildJvm service = ChildJvm.start(dir, dir.resolve("data"), CLOCK, "serve", "--jobs", "jobs")) {
            assertThat(service.awaitOutput("berakhir: COMPLETED", 1, Duration.ofSeconds(60))).as(service.output())
                    .isTrue();
            service.term();
            service.waitFor(Duration.ofSeconds(60));
            assertThat(service.output()).contains("belum selesai (eksekusi #1, STOPPED); dilanjutkan sekarang")
                    .contains("melanjutkan eksekusi #1 (status STOPPED");
        }
        assertThat(StoreCheck.executionStatuses(dir.resolve("data"))).containsExactly("STOPPED", "COMPLETED");
    }
}
