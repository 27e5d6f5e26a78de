package id.rekon.pispk.model;

/** Jenis kelamin. */
public enum Sex {
    L("Laki-laki"),
    P("Perempuan");

    private final String label;

    Sex(String label) {
        this.label = label;
    }

    /** Indonesian label for workbooks. */
    public String label() {
        return label;
    }
}
