package id.rekon.pispk.model;

/** A source system whose records are reconciled. Labels are as users write them. */
public enum Sumber {
    PISPK("PIS-PK"),
    EPPGBM("e-PPGBM"),
    PCARE("PCare"),
    KUA("KUA");

    private final String label;

    Sumber(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
