/**
 * The {@code riwayat} step of the nightly job: {@link id.rekon.pispk.job.riwayat.RiwayatTasklet} folds
 * the night's findings into the history (new, still open, resolved, reopened). It runs after the rules
 * and before the outputs, which read the history for {@code Status}, {@code Pertama Terlihat} and the
 * resolved list. See docs/riwayat.md.
 */
package id.rekon.pispk.job.riwayat;
