package id.rekon.pispk.job.rules;

import id.rekon.pispk.model.Temuan;

import java.util.List;

/**
 * What the rules said about one case: its findings and its concordance votes.
 *
 * @param votes one per indicator on which both sides answered: {@code puskesmas|indikator|setuju}
 */
public record Evaluasi(List<Temuan> temuan, List<Vote> votes) {

    public record Vote(String kodePuskesmas, String indikator, boolean setuju) {
    }
}
