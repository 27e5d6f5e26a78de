package id.rekon.pispk.source;

/**
 * The rows of one file of one kind, turned into store rows: opened once per file from the kind's
 * {@link SourceDefinition} (so nothing is looked up per row), and may remember the previous row
 * (the raw survei stores a family once per run of its members). Not thread-safe: one per file.
 *
 * @param <R> the caller's result type (see {@link StagingOutcome})
 */
@FunctionalInterface
public interface RowIngest<R> {

    R ingest(MappedRow row);
}
