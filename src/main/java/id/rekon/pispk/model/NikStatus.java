package id.rekon.pispk.model;

/**
 * Classification of a NIK or No KK, in the order the spec applies it:
 * blank, damaged, dummy, invalid, inconsistent, valid.
 */
public enum NikStatus {
    /** Nothing was given. */
    BLANK,
    /** Arrived as a number (numeric cell, scientific notation): digits cannot be trusted. */
    DAMAGED,
    /** An e-PPGBM placeholder: region code plus zeros, or the parent's NIK reused for the child. */
    DUMMY,
    /** Not 16 digits, unknown province, impossible encoded date, serial 0000, all-same or a run. */
    INVALID,
    /** Well formed, but its encoded date of birth or sex disagrees with the record. Still a key. */
    INCONSISTENT,
    /** Well formed and consistent with the record. */
    VALID;

    /** Whether a NIK of this status may join records across sources. */
    public boolean isKey() {
        return this == VALID || this == INCONSISTENT;
    }
}
