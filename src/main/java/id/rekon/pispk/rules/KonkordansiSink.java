package id.rekon.pispk.rules;

/** Receives one concordance observation: one person, one indicator, whether PIS-PK and the program agree. */
@FunctionalInterface
public interface KonkordansiSink {

    /**
     * @param kodePuskesmas the owner puskesmas (the same as the finding a disagreement makes), or
     *                      {@code null} when unrouted
     * @param setuju        whether both sources say the same
     */
    void terima(String kodePuskesmas, Indikator indikator, boolean setuju);
}
