package id.rekon.pispk.store;

import id.rekon.pispk.model.Temuan;

import java.util.Objects;

/**
 * A finding the job's history knows, as a returned workbook is checked against it.
 *
 * @param temuan       the finding as the returned workbook showed it when that run's rows are still
 *                     kept, otherwise as the history last saw it
 * @param versiBerkas  whether {@code temuan} is the version of the workbook's own run date
 */
public record TemuanDikenal(Temuan temuan, boolean versiBerkas) {

    public TemuanDikenal {
        Objects.requireNonNull(temuan, "temuan");
    }

    /** The owner puskesmas; {@code null} for an unrouted finding. */
    public String kodePuskesmas() {
        return temuan.kodePuskesmas();
    }
}
