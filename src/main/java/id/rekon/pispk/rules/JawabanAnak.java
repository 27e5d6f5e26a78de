package id.rekon.pispk.rules;

import id.rekon.pispk.model.AnggotaDiKeluarga;
import id.rekon.pispk.model.Anggota;
import id.rekon.pispk.model.Jawaban;
import id.rekon.pispk.model.Umur;

import java.time.LocalDate;
import java.util.Optional;
import java.util.function.Function;

/**
 * A PIS-PK child's Y/T answer to an indicator asked at the visit, when the child is compared with
 * e-PPGBM by NIK and was of the asked age at the visit: the gate TUMBUH and ASI share.
 *
 * @param umurBulan whole months at the visit
 */
record JawabanAnak(AnggotaDiKeluarga anggota, boolean ya, LocalDate kunjungan, int umurBulan) {

    /**
     * @param jawaban the indicator's answer of the member
     * @param min     youngest age asked, months at the visit, inclusive
     * @param max     oldest age asked, months at the visit, inclusive
     * @return empty when the child is not matched by NIK with e-PPGBM records, the family or its visit
     *         date is unknown, the answer is blank or N, or the age is outside {@code [min, max]}
     */
    static Optional<JawabanAnak> dari(PersonView v, Function<Anggota, Jawaban> jawaban, int min, int max) {
        if (v.eppgbm().isEmpty()) {
            return Optional.empty();
        }
        return dariTermasukTanpaEppgbm(v, jawaban, min, max);
    }

    /**
     * {@link #dari} for a child matched by NIK whether or not e-PPGBM has records under the NIK: the
     * gate of TUMBUH-01 for a child absent from e-PPGBM altogether.
     */
    static Optional<JawabanAnak> dariTermasukTanpaEppgbm(PersonView v, Function<Anggota, Jawaban> jawaban, int min,
            int max) {
        if (!v.dibandingkanLewatNik()) {
            return Optional.empty();
        }
        AnggotaDiKeluarga a = v.anggota().orElseThrow();
        Jawaban j = jawaban.apply(a.anggota());
        if (a.keluarga() == null || a.keluarga().tanggalKunjungan() == null || (j != Jawaban.Y && j != Jawaban.T)) {
            return Optional.empty();
        }
        LocalDate kunjungan = a.keluarga().tanggalKunjungan();
        Integer umur = Umur.bulan(a.anggota().tanggalLahir(), kunjungan);
        if (umur == null || umur < min || umur > max) {
            return Optional.empty();
        }
        return Optional.of(new JawabanAnak(a, j == Jawaban.Y, kunjungan, umur));
    }
}
