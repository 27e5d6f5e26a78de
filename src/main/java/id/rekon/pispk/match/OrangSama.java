package id.rekon.pispk.match;

import id.rekon.pispk.model.Nama;

import java.time.LocalDate;

/**
 * Whether two records of one source under one NIK are two different people (NIK-04) or the same
 * person seen twice (an e-PPGBM child measured monthly, a PCare participant listed twice).
 *
 * <p>Different when both dates of birth are known and differ, or when both names are known, neither
 * is a newborn placeholder ({@link NamaBayi}) and their {@link KemiripanNama similarity} is below
 * {@code nameSimilarityThreshold} (the DEMO-03 definition of dissimilar names). Unknown values are no
 * evidence of a difference. Sex is not used: the spec defines a duplicate by name and date of birth.
 */
public final class OrangSama {

    private OrangSama() {
    }

    public static boolean berbeda(Nama nama1, LocalDate lahir1, Nama nama2, LocalDate lahir2,
                                  double nameSimilarityThreshold) {
        if (lahir1 != null && lahir2 != null && !lahir1.equals(lahir2)) {
            return true;
        }
        return namaBerbeda(nama1, nama2, nameSimilarityThreshold);
    }

    /** Both names known, neither a placeholder, and dissimilar. */
    public static boolean namaBerbeda(Nama nama1, Nama nama2, double nameSimilarityThreshold) {
        if (nama1 == null || nama2 == null || nama1.normal().isBlank() || nama2.normal().isBlank()) {
            return false;
        }
        if (NamaBayi.isPlaceholder(nama1) || NamaBayi.isPlaceholder(nama2)) {
            return false;
        }
        return KemiripanNama.nilai(nama1.normal(), nama2.normal()) < nameSimilarityThreshold;
    }
}
