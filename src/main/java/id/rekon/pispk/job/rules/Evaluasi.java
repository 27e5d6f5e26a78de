package id.rekon.pispk.job.rules;

import id.rekon.pispk.model.Temuan;

import java.util.List;

/**
 * What the rules said about one case: its findings and its concordance votes.
 *
 * @param votes one per indicator on which both sides answered
 * @param cocok names of the source pairs this person joins by NIK (for the run's match counts)
 */
public record Evaluasi(List<Temuan> temuan, List<Vote> votes, List<String> cocok) {

    public static final String PISPK_EPPGBM = "nik_cocok_pispk_eppgbm";
    public static final String PISPK_PCARE = "nik_cocok_pispk_pcare";
    public static final String PISPK_KUA = "nik_cocok_pispk_kua";

    public record Vote(String kodePuskesmas, String indikator, boolean setuju) {
    }
}
