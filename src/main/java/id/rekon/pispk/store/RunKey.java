package id.rekon.pispk.store;

import java.time.LocalDate;
import java.util.Objects;

/** Identifies one run's rows in the store: the job's name and the run date. */
public record RunKey(String jobName, LocalDate runDate) {

    public RunKey {
        Objects.requireNonNull(jobName, "jobName");
        Objects.requireNonNull(runDate, "runDate");
    }
}
