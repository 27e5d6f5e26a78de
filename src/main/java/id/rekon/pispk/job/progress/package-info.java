/**
 * What every step reports while it runs: the operator's log lines ({@code StepLog} for one-shot steps,
 * {@code ProgressListener} for chunk steps). Not a step; a leaf the wiring and the steps may use.
 */
package id.rekon.pispk.job.progress;
