package id.rekon.pispk.model;

import java.time.LocalDate;

/**
 * A KUA (SIMKAH) registration, one per couple (kind 5).
 *
 * @param kua           the KUA's kecamatan as given (e.g. {@code KUA Kota Soe})
 * @param tanggalAkad   planned or actual akad date; may be in the future
 * @param kodePuskesmas the puskesmas the KUA kecamatan and the bride's desa route to, or {@code null}
 */
public record PernikahanKua(
        Asal asal,
        String noPendaftaran,
        String kua,
        LocalDate tanggalDaftar,
        LocalDate tanggalAkad,
        StatusNikah status,
        Pasangan suami,
        Pasangan istri,
        String alamatIstri,
        String desaIstri,
        String kodePuskesmas) {
}
