package id.rekon.pispk.job.launch;

import java.time.LocalDate;
import java.util.Objects;

/**
 * One request to run a job: from the command line ({@code run}) or from the service's schedule.
 *
 * @param definition the job definition (command-line overrides applied)
 * @param runDate    the run date: an identifying job parameter (today for a nightly run)
 * @param force      rerun even when the same job, date and inputs already completed
 */
public record RunRequest(JobDefinition definition, LocalDate runDate, boolean force) {

    public RunRequest {
        Objects.requireNonNull(definition, "definition");
        Objects.requireNonNull(runDate, "runDate");
    }
}
