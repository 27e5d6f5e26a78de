package id.rekon.pispk.model;

/**
 * The kinds of file an inbox can hold, recognised from their header row.
 * {@link #PISPK_RAW_SURVEI} is the Keluarga Sehat app's one-row-per-member workbook that feeds
 * both {@link #PISPK_KELUARGA} and {@link #PISPK_ANGGOTA}. What the house knows about each kind (columns,
 * label, mapper, how its records are stored) is its definition in {@code source.SourceKinds}, which
 * must define every constant (checked at start-up and by {@code SourceKindsTest}).
 */
public enum SourceKind {
    PISPK_KELUARGA("pispk-keluarga", Sumber.PISPK),
    PISPK_ANGGOTA("pispk-anggota", Sumber.PISPK),
    PISPK_RAW_SURVEI("pispk-raw-survei", Sumber.PISPK),
    EPPGBM("eppgbm", Sumber.EPPGBM),
    PCARE("pcare", Sumber.PCARE),
    KUA("kua", Sumber.KUA),
    REGION_MASTER("region-master", null);

    private final String code;
    private final Sumber sumber;

    SourceKind(String code, Sumber sumber) {
        this.code = code;
        this.sumber = sumber;
    }

    /** Stable code used in reports and job definitions, e.g. {@code pispk-anggota}. */
    public String code() {
        return code;
    }

    /** The source system the kind belongs to; {@code null} for reference data. */
    public Sumber sumber() {
        return sumber;
    }
}
