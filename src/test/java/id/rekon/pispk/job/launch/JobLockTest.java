package id.rekon.pispk.job.launch;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

class JobLockTest {

    @TempDir
    Path dir;

    @Test
    void one_holder_per_job_released_on_close() {
        Optional<JobLock> first = JobLock.tryAcquire(dir, "kab-tts");
        assertThat(first).isPresent();
        assertThat(JobLock.tryAcquire(dir, "kab-tts")).as("second attempt in the same JVM").isEmpty();
        assertThat(JobLock.holder(dir, "kab-tts")).startsWith("pid " + ProcessHandle.current().pid() + ", sejak ");
        try (JobLock other = JobLock.tryAcquire(dir, "kab-kupang").orElseThrow()) {
            assertThat(other.file().getFileName().toString()).isEqualTo("kab-kupang.lock");
        }

        first.get().close();

        try (JobLock again = JobLock.tryAcquire(dir, "kab-tts").orElseThrow()) {
            assertThat(again.file()).exists();
        }
    }

    @Test
    void job_names_become_safe_file_names() {
        assertThat(JobLock.fileName("kab tts/2026")).isEqualTo("kab_tts_2026.lock");
        assertThat(JobLock.fileName("..")).isEqualTo("...lock");
    }
}
