/**
 * The history steps of the nightly job: {@link id.rekon.pispk.job.history.RiwayatTasklet} folds the
 * night's findings into the history, {@link id.rekon.pispk.job.history.UmpanBalikTasklet} reads the
 * teams' returned workbooks. Both run after the rules and before the outputs, which read the
 * history for {@code Status}, {@code Pertama Terlihat}, the resolved list, {@code Tindak Lanjut}
 * and {@code Catatan}. See docs/riwayat.md.
 */
package id.rekon.pispk.job.history;
