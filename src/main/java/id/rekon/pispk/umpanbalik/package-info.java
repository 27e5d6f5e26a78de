/**
 * The life of findings across runs and the teams' returned workbooks (docs/riwayat.md).
 *
 * <p>The history itself is kept by {@link id.rekon.pispk.store.RiwayatStore} (episodes: first seen,
 * last seen, resolved on). This package reads what the teams send back: a puskesmas workbook the
 * job wrote, with {@code Tindak Lanjut} and {@code Catatan} filled in, dropped into the job's
 * feedback folder.
 * <ul>
 *   <li>{@link id.rekon.pispk.umpanbalik.ReturnedWorkbook} streams the rows of a returned workbook
 *       (StAX, through the project's XLSX reader) by header, never by position;</li>
 *   <li>{@link id.rekon.pispk.umpanbalik.PuskesmasOfFile} decides which puskesmas a file speaks for;</li>
 *   <li>{@link id.rekon.pispk.umpanbalik.FeedbackCheck} decides, row by row, what is taken (pure, no I/O);</li>
 *   <li>{@link id.rekon.pispk.umpanbalik.FeedbackReceiver} runs a night's feedback folder through them,
 *       stores what is taken, moves the files to {@code diproses/<run date>/} and writes
 *       {@code umpan-balik-laporan.csv} ({@link id.rekon.pispk.umpanbalik.FeedbackReport}).</li>
 * </ul>
 * No Spring, no Spring Batch. No NIK or name ever goes to a log line or to the report: rows are
 * named by file, sheet, row number and {@code ID Temuan}.
 */
package id.rekon.pispk.umpanbalik;
