package id.rekon.pispk.rules;

import id.rekon.pispk.model.AnggotaDiKeluarga;
import id.rekon.pispk.model.PasanganKua;
import id.rekon.pispk.model.Anggota;
import id.rekon.pispk.model.Nama;
import id.rekon.pispk.model.Nik;
import id.rekon.pispk.model.NikStatus;
import id.rekon.pispk.model.Pengukuran;
import id.rekon.pispk.model.PesertaPcare;
import id.rekon.pispk.model.Sex;
import id.rekon.pispk.model.Sumber;

import java.time.LocalDate;

/**
 * One record of any source seen through the identity fields the quality and identity rules read.
 *
 * @param label how the team finds the record again, e.g. {@code keluarga K001}, {@code No Kartu …}
 * @param asal  the underlying record ({@link AnggotaDiKeluarga}, {@link Pengukuran},
 *              {@link PesertaPcare} or {@link PasanganKua})
 */
record Rekaman(Sumber sumber, Nik nik, Nama nama, LocalDate tanggalLahir, Sex jenisKelamin, String label,
               Object asal) {

    static Rekaman of(AnggotaDiKeluarga a) {
        Anggota m = a.anggota();
        return new Rekaman(Sumber.PISPK, m.nik(), m.nama(), m.tanggalLahir(), m.jenisKelamin(),
                "keluarga " + Teks.atau(m.kodeKeluarga(), "?"), a);
    }

    static Rekaman of(Pengukuran p) {
        String tempat = p.posyandu() == null || p.posyandu().isBlank() ? Teks.atau(p.namaPuskesmas(), "?")
                : Teks.posyandu(p.posyandu());
        return new Rekaman(Sumber.EPPGBM, p.nik(), p.nama(), p.tanggalLahir(), p.jenisKelamin(),
                "diukur " + Teks.tanggal(p.tanggalUkur()) + " di " + tempat, p);
    }

    static Rekaman of(PesertaPcare p) {
        return new Rekaman(Sumber.PCARE, p.nik(), p.nama(), p.tanggalLahir(), p.jenisKelamin(),
                "No Kartu " + Teks.atau(p.noKartu(), "?"), p);
    }

    static Rekaman of(PasanganKua k) {
        return new Rekaman(Sumber.KUA, k.pasangan().nik(), k.pasangan().nama(), k.pasangan().tanggalLahir(),
                k.suami() ? Sex.L : Sex.P,
                "KUA " + Teks.atau(k.pernikahan().noPendaftaran(), "?") + (k.suami() ? " (suami)" : " (istri)"), k);
    }

    /** The NIK's status; {@code BLANK} when the record has no NIK at all. */
    NikStatus nikStatus() {
        return nik == null ? NikStatus.BLANK : nik.status();
    }
}
