package id.rekon.pispk.rules;

/**
 * One indicator compared on one person: what PIS-PK says and what the program says, both as yes/no.
 * The rule families emit a finding exactly when {@code !setuju()}; the concordance counts it when
 * {@code dihitung}, so every disagreement it counts is a finding.
 *
 * @param dihitung whether both sources gave an answer (false only for HT-02 on a blank PIS-PK answer:
 *                 a finding, but PIS-PK gave no answer to count)
 */
record Banding(Indikator indikator, boolean pispkYa, boolean programYa, boolean dihitung) {

    boolean setuju() {
        return pispkYa == programYa;
    }
}
