package id.rekon.pispk.job;

import id.rekon.pispk.job.cli.RekonRunner;
import id.rekon.pispk.job.launch.JobHistory;
import id.rekon.pispk.job.launch.RekonService;
import id.rekon.pispk.job.launch.RunLauncher;
import id.rekon.pispk.job.launch.RunningJobs;
import id.rekon.pispk.store.StagingStore;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.launch.JobOperator;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;

/**
 * Running the job as an operator needs it: the launcher shared by {@code run} and {@code serve}, the
 * service's scheduler, the graceful stop on SIGTERM, and the clock they read "now" and "today" from.
 */
@Configuration
public class OperationsConfiguration {

    @Bean
    Clock rekonClock() {
        return Clock.systemDefaultZone();
    }

    @Bean
    RunningJobs runningJobs(ObjectProvider<JobOperator> jobOperator,
            @Value("${rekon.berhenti-tunggu:120s}") Duration stopWait) {
        return new RunningJobs(jobOperator, stopWait);
    }

    @Bean
    JobHistory jobHistory(JobRepository repository, JdbcTemplate jdbc,
            @Value("${spring.batch.jdbc.table-prefix:BATCH_}") String tablePrefix) {
        return new JobHistory(repository, jdbc, tablePrefix);
    }

    @Bean
    RunLauncher runLauncher(JobOperator jobOperator, Job rekonJob, JobHistory history, RunningJobs running,
            StagingStore store, @Value("${rekon.data-dir}") String dataDir, Clock rekonClock) {
        return new RunLauncher(jobOperator, rekonJob, history, running, store, Path.of(dataDir).resolve("lock"),
                rekonClock);
    }

    @Bean
    RekonService rekonService(RunLauncher launcher, JobHistory history, Clock rekonClock,
            @Value("${rekon.layanan.paralel:1}") int threads,
            @Value("${rekon.layanan.coba-lagi:10m}") Duration retry) {
        return new RekonService(launcher, history, rekonClock, threads, retry);
    }

    @Bean
    RekonRunner rekonRunner(RunLauncher launcher, RekonService service, Clock rekonClock) {
        return new RekonRunner(launcher, service, rekonClock);
    }
}
