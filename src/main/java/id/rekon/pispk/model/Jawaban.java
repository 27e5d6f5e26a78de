package id.rekon.pispk.model;

/**
 * An indicator answer of the PIS-PK survey. A blank cell is {@code null}, never a constant:
 * "not asked" differs from {@link #N}, "not applicable for a stated reason".
 */
public enum Jawaban {
    /** Ya: meets the indicator. */
    Y,
    /** Tidak: does not meet it. */
    T,
    /** Not applicable. */
    N
}
