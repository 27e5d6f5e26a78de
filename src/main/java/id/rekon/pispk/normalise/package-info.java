/**
 * Small cleaners that turn what a source file holds into domain values: NIK and No KK
 * classification, names, dates, sex, yes/no answers, decimals and statuses; plus
 * {@link id.rekon.pispk.normalise.MapResult} and {@link id.rekon.pispk.normalise.SourceRowMapper},
 * the contract of the row mappers of each source kind.
 *
 * <p>Everything here is pure: no Spring, no I/O, no logging. Every class is immutable and
 * thread-safe. A cleaner answers {@code null} (or an empty {@code Optional}) for a blank or
 * unreadable optional value; only the row mappers decide what is a reject. User-facing reasons
 * are in Indonesian.
 */
package id.rekon.pispk.normalise;
