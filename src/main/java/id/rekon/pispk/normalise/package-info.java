/**
 * Small cleaners that turn what a source file holds into domain values: NIK and No KK
 * classification, names, dates, sex, yes/no answers, decimals and statuses; plus
 * {@link id.rekon.pispk.normalise.MapResult}, what a row mapper ({@code source.SourceRowMapper})
 * returns. This package reads cell values ({@code model.CellValue}) and knows nothing of files or
 * columns: the source package depends on it, never the other way round.
 *
 * <p>Everything here is pure: no Spring, no I/O, no logging. Every class is immutable and
 * thread-safe. A cleaner answers {@code null} (or an empty {@code Optional}) for a blank or
 * unreadable optional value; only the row mappers decide what is a reject. User-facing reasons
 * are in Indonesian.
 */
package id.rekon.pispk.normalise;
