/**
 * What every step reports while it runs: the operator's log lines ({@code StepLog} for one-shot steps,
 * {@code ProgressListener} for chunk steps) and {@code StepProgress}, an observer told each time a step
 * finishes a unit of work (none in the product; the kill and SIGTERM tests supply one). Not a step; a leaf
 * the wiring and the steps may use.
 */
package id.rekon.pispk.job.progress;
