package id.rekon.pispk.model;

import java.time.LocalDate;

/**
 * A BPJS PCare participant registered at a facility (kind 4).
 *
 * @param aktif         whether the status reads as active (AKTIF); {@code statusAsli} keeps the text
 * @param kodePuskesmas the puskesmas {@code kodePpk} routes to, or {@code null}
 * @param prolanisHt    member of Prolanis for hypertension (HT or HT+DM)
 * @param prolanisDm    member of Prolanis for diabetes (DM or HT+DM)
 */
public record PesertaPcare(
        Asal asal,
        String noKartu,
        Nik nik,
        Nama nama,
        Sex jenisKelamin,
        LocalDate tanggalLahir,
        String jenisPeserta,
        boolean aktif,
        String statusAsli,
        String kodePpk,
        String namaPpk,
        String kodePuskesmas,
        boolean prolanisHt,
        boolean prolanisDm) {
}
