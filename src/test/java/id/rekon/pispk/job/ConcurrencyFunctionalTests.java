package id.rekon.pispk.job;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * One run of a job at a time: a second start while one runs is refused with a clear message and exit 3,
 * whether the H2 database is what is busy or the job's lock; a lock held by a killed process is free.
 */
class ConcurrencyFunctionalTests {

    static final String DATE = "2026-11-01";

    @TempDir
    Path base;

    @Test
    void a_second_start_while_one_runs_is_refused_with_exit_3_and_no_stack_trace() throws Exception {
        Path dir = RestartFunctionalTestsSupport.scenario(base, "dua-proses", 20);
        Path data = dir.resolve("data");
        try (ChildJvm first = ChildJvm.start(dir, data, Map.of(JedaUji.PROPERTY, "baca=1000"),
                "run", "--job", "job.yml", "--run-date", DATE)) {
            assertThat(first.awaitOutput("UJI: jeda", 1, Duration.ofSeconds(90))).as(first.output()).isTrue();

            ChildJvm.Finished second = ChildJvm.run(dir, data, "run", "--job", "job.yml", "--run-date", DATE);

            assertThat(second.exitCode()).as(second.output()).isEqualTo(3);
            assertThat(second.output()).contains("Basis data sedang dipakai proses lain")
                    .doesNotContain("\tat ").doesNotContain("Caused by");
            assertThat(first.isAlive()).as("the first run goes on").isTrue();
        }
    }

    @Test
    void a_held_job_lock_refuses_the_start_and_a_killed_holder_leaves_it_free() throws Exception {
        Path dir = RestartFunctionalTestsSupport.scenario(base, "kunci", 6);
        Path data = dir.resolve("data");
        try (ChildJvm holder = ChildJvm.startClass(JobLockHolder.class, dir, Map.of(),
                List.of(data.resolve("lock").toString(), "uji"))) {
            assertThat(holder.awaitOutput("KUNCI DIPEGANG", 1, Duration.ofSeconds(30))).as(holder.output()).isTrue();

            ChildJvm.Finished refused = ChildJvm.run(dir, data, "run", "--job", "job.yml", "--run-date", DATE);

            assertThat(refused.exitCode()).as(refused.output()).isEqualTo(3);
            assertThat(refused.output()).containsPattern("Job 'uji' sedang berjalan \\(pid \\d+, sejak ")
                    .contains("permintaan ini ditolak");
            holder.kill();
        }

        ChildJvm.Finished after = ChildJvm.run(dir, data, "run", "--job", "job.yml", "--run-date", DATE);

        assertThat(after.exitCode()).as(after.output()).isZero();
    }
}
