package id.rekon.pispk.model;

import java.time.LocalDate;

/**
 * A PIS-PK family member (kind 2). Indicator answers are {@code null} when blank (not asked).
 * {@code merokok}, {@code kartuJkn} and {@code hamil} are Ya/Tidak questions: {@code null} when blank.
 */
public record Anggota(
        Asal asal,
        String kodeKeluarga,
        String noUrut,
        Nik nik,
        Nama nama,
        String hubungan,
        LocalDate tanggalLahir,
        Sex jenisKelamin,
        StatusKawin statusKawin,
        Boolean hamil,
        Jawaban kb,
        Jawaban bersalinFaskes,
        Jawaban asiEksklusif,
        Jawaban imunisasiLengkap,
        Jawaban pemantauanPertumbuhan,
        Jawaban tbBerobat,
        Jawaban hipertensiBerobat,
        Jawaban odgjDiobati,
        Boolean merokok,
        Boolean kartuJkn) {
}
