package id.rekon.pispk.store;

import id.rekon.pispk.model.Sumber;

/**
 * What a row of tonight's store ({@link RecordStore}) holds. A KUA couple is stored once as {@link #KUA} (for the
 * couple rules) and once per spouse as {@link #KUA_PASANGAN} (so the spouse joins NIK groups).
 *
 * <p>The ordinal is stored ({@code record.kind}): add new kinds at the end. Which file kinds give which row kinds
 * is said by each kind's definition ({@code source.SourceKinds}); the source system of each row kind here.
 */
public enum RecordKind {
    KELUARGA(Sumber.PISPK),
    ANGGOTA(Sumber.PISPK),
    EPPGBM(Sumber.EPPGBM),
    PCARE(Sumber.PCARE),
    KUA(Sumber.KUA),
    KUA_PASANGAN(Sumber.KUA);

    private final Sumber sumber;

    RecordKind(Sumber sumber) {
        this.sumber = sumber;
    }

    /** The source system whose records these rows are (the coverage counts per source read it). */
    public Sumber sumber() {
        return sumber;
    }
}
