package id.rekon.pispk.store;

import id.rekon.pispk.model.Temuan;

import java.time.LocalDate;

/**
 * A finding as the history knows it.
 *
 * @param status          {@code Baru} on the first night it appears, {@code Masih terbuka} after
 * @param pertamaTerlihat the run date it was first seen by this job
 */
public record TemuanTercatat(Temuan temuan, String status, LocalDate pertamaTerlihat) {
}
