package id.rekon.pispk.source;

import java.util.List;

/**
 * A column of an export kind, declared once with its aliases (the spec's tables). Implemented by
 * one enum per kind; column names live nowhere else.
 */
public interface SourceColumn {

    /** The column's declaration. */
    ColumnSpec spec();

    /** Canonical header as the spec names it. */
    default String header() {
        return spec().header();
    }

    /** Every accepted spelling, canonical header included. */
    default List<String> aliases() {
        return spec().aliases();
    }

    /** Whether a file of this kind without the column is refused. */
    default boolean required() {
        return spec().required();
    }
}
