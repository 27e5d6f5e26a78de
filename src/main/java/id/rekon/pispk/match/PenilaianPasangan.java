package id.rekon.pispk.match;

import java.util.List;

/**
 * The graded comparison of two {@link Kandidat}s (the comparison levels of a probable match).
 *
 * @param nama          name similarity in [0, 1] (for a newborn placeholder: its mother's name
 *                      against the other record's parents)
 * @param namaLewatIbu  whether {@code nama} came from a newborn placeholder's mother's name
 * @param tanggalLahir  date-of-birth level
 * @param jenisKelamin  sex level
 * @param ibu           best similarity of the parents' names, or {@code null} when either side has none
 * @param layak         whether the pair may be proposed at all (no contradiction, see {@link ProbableMatcher})
 * @param skor          weighted score in [0, 1], rounded to 4 decimals
 * @param alasan        the levels in Indonesian, the contradiction first when not {@code layak}
 */
public record PenilaianPasangan(
        double nama,
        boolean namaLewatIbu,
        TingkatTanggal tanggalLahir,
        TingkatKelamin jenisKelamin,
        Double ibu,
        boolean layak,
        double skor,
        List<String> alasan) {

    public PenilaianPasangan {
        alasan = List.copyOf(alasan);
    }

    /** Date-of-birth levels, strongest first. */
    public enum TingkatTanggal {
        SAMA(1.0, "tgl lahir sama"),
        SELISIH_SATU_HARI(0.85, "tgl lahir selisih 1 hari"),
        TERTUKAR_HARI_BULAN(0.85, "tgl lahir tertukar hari/bulan"),
        BEDA(0.0, "tgl lahir berbeda"),
        TIDAK_DIKETAHUI(0.0, "tgl lahir tidak diketahui");

        private final double nilai;
        private final String alasan;

        TingkatTanggal(double nilai, String alasan) {
            this.nilai = nilai;
            this.alasan = alasan;
        }

        public double nilai() {
            return nilai;
        }

        public String alasan() {
            return alasan;
        }

        /** Whether this level allows a proposal (exact, one day apart, or day and month swapped). */
        public boolean cocok() {
            return nilai > 0;
        }
    }

    /** Sex levels. */
    public enum TingkatKelamin {
        SAMA(1.0, "jenis kelamin sama"),
        TIDAK_DIKETAHUI(0.5, "jenis kelamin tidak diketahui"),
        BEDA(0.0, "jenis kelamin berbeda");

        private final double nilai;
        private final String alasan;

        TingkatKelamin(double nilai, String alasan) {
            this.nilai = nilai;
            this.alasan = alasan;
        }

        public double nilai() {
            return nilai;
        }

        public String alasan() {
            return alasan;
        }
    }
}
