package id.rekon.pispk.rules;

import id.rekon.pispk.model.Sumber;

/** The PIS-PK indicators compared with a program, for the concordance of the workbook's {@code Ringkasan}. */
public enum Indikator {
    JKN("Kartu JKN", Sumber.PCARE),
    PERTUMBUHAN("Pemantauan pertumbuhan", Sumber.EPPGBM),
    ASI("ASI eksklusif", Sumber.EPPGBM),
    HIPERTENSI("Hipertensi berobat teratur", Sumber.PCARE);

    private final String label;
    private final Sumber program;

    Indikator(String label, Sumber program) {
        this.label = label;
        this.program = program;
    }

    /** Indonesian label for the workbook. */
    public String label() {
        return label;
    }

    /** The program the indicator is compared with. */
    public Sumber program() {
        return program;
    }
}
