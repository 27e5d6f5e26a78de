/**
 * The outputs of one run (spec "Outputs of one run"): one workbook per puskesmas
 * ({@link id.rekon.pispk.output.PuskesmasWorkbookWriter}), {@code temuan.csv}
 * ({@link id.rekon.pispk.output.TemuanCsvWriter}), {@code tidak-terarah.csv}
 * ({@link id.rekon.pispk.output.TidakTerarahWriter}), {@code ringkasan.json}
 * ({@link id.rekon.pispk.output.RingkasanJsonWriter}) and the {@code ditolak/} folder
 * ({@link id.rekon.pispk.output.DitolakWriter}).
 *
 * <p>The only package that uses POI to write. Every writer streams (iterator in, rows out), writes
 * to a temporary file in the target folder and moves it into place atomically
 * ({@link id.rekon.pispk.output.AtomicFile}), so a failed run leaves the previous file or nothing,
 * never half a file. Text that a spreadsheet could read as a formula is neutralised in one place,
 * {@link id.rekon.pispk.output.SafeText}. Writers are stateless apart from their settings and may
 * be shared between threads; one call writes one file (set). No NIK or name is ever logged.
 * See {@code docs/outputs.md} (reference) and {@code docs/keluaran.md} (for the users, in Indonesian).
 */
package id.rekon.pispk.output;
