/**
 * Running the job once or on a schedule: job definitions ({@code JobDefinition}, its loader), the launcher
 * ({@code RunLauncher}: the lock, recovery, choosing the inputs from the inbox, resume or start, the report
 * and the {@code ExitCode}), the service ({@code RekonService}), the per-job lock, the jobs running in this
 * process (SIGTERM), the job history, and the small types the steps share with the launcher
 * ({@code RunParameters}, {@code RunInputs}). It imports no step package and not the wiring, so the steps
 * and the command line can depend on it.
 */
package id.rekon.pispk.job.launch;
