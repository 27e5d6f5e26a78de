/**
 * Everything Spring Batch, and what runs it: the job and its steps' wiring ({@code RekonJobConfiguration},
 * {@code RulesConfiguration}, {@code OperationsConfiguration}), the command line and exit codes, launching
 * (job definitions, locks, the inbox and its archive, the service) and the run report. One subpackage per
 * step holds that step's tasklets, readers and writers. The only package that may import Spring Batch
 * ({@code arsitektur.LayersTest}).
 */
package id.rekon.pispk.job;
