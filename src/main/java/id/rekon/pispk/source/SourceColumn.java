package id.rekon.pispk.source;

import java.util.List;

/**
 * A column of an export kind, declared once with its aliases (the spec's tables). Implemented by
 * one enum per kind; column names live nowhere else.
 */
public interface SourceColumn {

    /** Canonical header as the spec names it. */
    String header();

    /** Every accepted spelling, canonical header included. */
    List<String> aliases();

    /** Whether a file of this kind without the column is refused. */
    boolean required();
}
