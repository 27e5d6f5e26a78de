package id.rekon.pispk.model;

/** Direction of a finding: who acts on it. Codes are those of {@code temuan.csv}. */
public enum Arah {
    /** PIS-PK (−), program (+): Tim Pembina Keluarga visits and updates PIS-PK. */
    PISPK_MINUS("PISPK-/PROGRAM+", "PIS-PK (−) / Program (+)"),
    /** PIS-PK (+), program (−): the program holder checks and updates the register. */
    PISPK_PLUS("PISPK+/PROGRAM-", "PIS-PK (+) / Program (−)"),
    /** A target list (catin to accompany). */
    SASARAN("SASARAN", "Sasaran"),
    /** Identity disagreement between sources. */
    IDENTITAS("IDENTITAS", "Identitas"),
    /** Data quality of one source. */
    KUALITAS("KUALITAS", "Kualitas data");

    private final String code;
    private final String label;

    Arah(String code, String label) {
        this.code = code;
        this.label = label;
    }

    /** Code written in {@code temuan.csv}. */
    public String code() {
        return code;
    }

    /** Indonesian label for workbooks. */
    public String label() {
        return label;
    }
}
