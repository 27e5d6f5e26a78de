/**
 * The step {@code arsip}, last of a run: the inputs moved (or copied) to the archive of the run date with
 * {@code MANIFEST.sha256}, refused files to quarantine, old dated folders removed when the job says so.
 */
package id.rekon.pispk.job.arsip;
