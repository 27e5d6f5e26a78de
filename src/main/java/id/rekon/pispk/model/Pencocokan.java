package id.rekon.pispk.model;

import java.time.LocalDate;

/**
 * Why a MATCH-01 pair was proposed, field by field, and the other record of the pair: what a nurse
 * reads to judge the pair in seconds, and what {@code temuan.csv} gives analysts as columns of their
 * own. Levels are in Indonesian, as the workbook shows them.
 *
 * @param skor                 the pair's score in [0, 1]
 * @param tingkatNama          the name level, e.g. {@code sama}, {@code mirip 0.93},
 *                             {@code lewat nama ibu 0.97} (a newborn placeholder against the parents)
 * @param tingkatTanggalLahir  {@code sama}, {@code selisih 1 hari} or {@code tertukar hari/bulan}
 * @param tingkatJenisKelamin  {@code sama} or {@code tidak diketahui}
 * @param tingkatNamaIbu       e.g. {@code cocok 1.00}, or {@code tidak diketahui}
 * @param pasanganSumber       the other record's source label (e.g. {@code PCare})
 * @param pasanganNik          the other record's NIK as given (digits), or empty
 * @param pasanganNama         the other record's name as given
 * @param pasanganTanggalLahir the other record's date of birth
 */
public record Pencocokan(
        double skor,
        String tingkatNama,
        String tingkatTanggalLahir,
        String tingkatJenisKelamin,
        String tingkatNamaIbu,
        String pasanganSumber,
        String pasanganNik,
        String pasanganNama,
        LocalDate pasanganTanggalLahir) {

    public Pencocokan {
        tingkatNama = tingkatNama == null ? "" : tingkatNama;
        tingkatTanggalLahir = tingkatTanggalLahir == null ? "" : tingkatTanggalLahir;
        tingkatJenisKelamin = tingkatJenisKelamin == null ? "" : tingkatJenisKelamin;
        tingkatNamaIbu = tingkatNamaIbu == null ? "" : tingkatNamaIbu;
        pasanganSumber = pasanganSumber == null ? "" : pasanganSumber;
        pasanganNik = pasanganNik == null ? "" : pasanganNik;
        pasanganNama = pasanganNama == null ? "" : pasanganNama;
    }
}
