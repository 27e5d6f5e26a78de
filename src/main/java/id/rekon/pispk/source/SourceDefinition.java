package id.rekon.pispk.source;

import id.rekon.pispk.model.SourceKind;
import id.rekon.pispk.model.Sumber;
import id.rekon.pispk.store.RecordKind;

import java.util.List;

/**
 * Everything the house knows about one kind of export, in one place: its columns and their aliases,
 * the sheet names that suggest it, its Indonesian label, how its rows become model records and how
 * these are kept in tonight's store. The recognisers, the messages and the ingest step iterate
 * {@link SourceKinds} instead of switching on {@link SourceKind}.
 *
 * <p>The three "source" enums meet here: {@link #kind()} is the file kind ({@link SourceKind}, whose
 * {@link SourceKind#sumber()} is the source system, {@link Sumber}), and {@link #recordKinds()} the
 * rows it becomes in tonight's store ({@link RecordKind}, each with its own {@link RecordKind#sumber()},
 * which {@code SourceKindsTest} checks agree).
 */
public sealed interface SourceDefinition permits SingleSource, CompositeSource {

    SourceKind kind();

    /** How operators' messages name the kind, e.g. {@code data peserta PCare BPJS Kesehatan (pcare)}. */
    String label();

    /**
     * How the "not recognised" message lists the kind among all kinds. The two PIS-PK table exports
     * share one entry ({@code PIS-PK keluarga/anggota}), so equal entries are listed once.
     */
    String listedAs();

    SheetHint sheetHint();

    /** The columns in declaration order (for a composite, its parts' columns one after the other). */
    List<SourceColumn> columns();

    /** The kinds a composite's header is the union of; empty for a plain kind. */
    List<SourceKind> parts();

    /** The rows its records become in tonight's store; empty for reference data (not stored there). */
    List<RecordKind> recordKinds();

    /**
     * The ingest of one file of this kind: maps each row and stages the records, reporting through
     * {@code outcome}. For reference data every row answers {@code null} (it is loaded by the
     * preparation step, never staged).
     */
    <R> RowIngest<R> open(RowParsers parsers, StagingOutcome<R> outcome);
}
