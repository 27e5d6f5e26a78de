package id.rekon.pispk.store;

/**
 * What a row of tonight's store ({@link RecordStore}) holds. A KUA couple is stored once as {@link #KUA} (for the
 * couple rules) and once per spouse as {@link #KUA_PASANGAN} (so the spouse joins NIK groups).
 */
public enum RecordKind {
    KELUARGA,
    ANGGOTA,
    EPPGBM,
    PCARE,
    KUA,
    KUA_PASANGAN
}
