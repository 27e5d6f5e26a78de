package id.rekon.pispk.job.launch;

import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.jdbc.core.JdbcTemplate;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * Questions about a job's earlier executions, answered from Spring Batch's job repository. Every
 * definition runs as the one Batch job {@link RunParameters#JOB_NAME}; the definition's name and
 * the run date are its job parameters {@code job} and {@code tanggal}.
 */
public class JobHistory {

    private final JobRepository repository;
    private final JdbcTemplate jdbc;
    private final String tablePrefix;

    /** @param tablePrefix Spring Batch's table prefix ({@code spring.batch.jdbc.table-prefix}, {@code BATCH_}) */
    public JobHistory(JobRepository repository, JdbcTemplate jdbc, String tablePrefix) {
        this.repository = repository;
        this.jdbc = jdbc;
        this.tablePrefix = tablePrefix;
    }

    /**
     * The most recent execution of the job for the date, of any instance (a forced rerun is another
     * instance of the same date), or empty.
     */
    public Optional<JobExecution> latest(String jobName, LocalDate runDate) {
        // One query on the parameters table: the repository's API would load every instance of every date.
        List<Long> ids = jdbc.queryForList("SELECT MAX(e.JOB_EXECUTION_ID) FROM " + tablePrefix + "JOB_EXECUTION e"
                + " JOIN " + tablePrefix + "JOB_EXECUTION_PARAMS j ON j.JOB_EXECUTION_ID = e.JOB_EXECUTION_ID"
                + " AND j.PARAMETER_NAME = ? AND j.PARAMETER_VALUE = ?"
                + " JOIN " + tablePrefix + "JOB_EXECUTION_PARAMS t ON t.JOB_EXECUTION_ID = e.JOB_EXECUTION_ID"
                + " AND t.PARAMETER_NAME = ? AND t.PARAMETER_VALUE = ?", Long.class,
                RunParameters.JOB, jobName, RunParameters.TANGGAL, runDate.toString());
        if (ids.isEmpty() || ids.get(0) == null) {
            return Optional.empty();
        }
        return Optional.ofNullable(repository.getJobExecution(ids.get(0)));
    }

    /** Executions of the job that the repository still shows as running (STARTING, STARTED, STOPPING). */
    public List<JobExecution> running(String jobName) {
        return repository.findRunningJobExecutions(RunParameters.JOB_NAME).stream()
                .filter(e -> jobName.equals(e.getJobParameters().getString(RunParameters.JOB)))
                .toList();
    }
}
