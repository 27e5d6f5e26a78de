package id.rekon.pispk.model;

/** A family of rules: one workbook sheet and one rules class each. */
public enum RuleFamily {
    JKN("JKN"),
    PERTUMBUHAN("Pertumbuhan"),
    BALITA("Balita"),
    ASI("ASI"),
    HIPERTENSI("Hipertensi"),
    KUA("KUA"),
    IDENTITAS("Identitas"),
    KUALITAS_NIK("Kualitas NIK"),
    SURVEI("Survei");

    private final String sheetName;

    RuleFamily(String sheetName) {
        this.sheetName = sheetName;
    }

    /** Sheet name in the puskesmas workbook. */
    public String sheetName() {
        return sheetName;
    }
}
