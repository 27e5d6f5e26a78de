package id.rekon.pispk.source;

import id.rekon.pispk.store.StagedRecord;
import id.rekon.pispk.store.TidakTerarah;

import java.util.List;

/**
 * What the reader of a file makes of each row's outcome: the ingest step turns these into its own
 * results. A callback rather than a result object so that a row costs no allocation beyond the
 * caller's own result.
 *
 * @param <R> the caller's result type
 */
public interface StagingOutcome<R> {

    /** The row was refused; {@code reason} is the mapper's (Indonesian) reason. */
    R rejected(MappedRow row, String reason);

    /** The row became these store rows; {@code unrouted} is its routing error, or {@code null}. */
    R stored(List<StagedRecord> records, TidakTerarah unrouted);
}
