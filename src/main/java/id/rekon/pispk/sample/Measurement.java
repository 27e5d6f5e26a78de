package id.rekon.pispk.sample;

import java.time.LocalDate;

/**
 * One e-PPGBM measurement of a child. {@code nik} and {@code nama} override the child's own
 * e-PPGBM NIK and name for this row only (a dummy NIK in early months, one row damaged by Excel).
 */
final class Measurement {

    final LocalDate tanggal;
    NikOut nik;
    String nama;

    Measurement(LocalDate tanggal) {
        this.tanggal = tanggal;
    }
}
