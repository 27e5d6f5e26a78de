package id.rekon.pispk.match;

import id.rekon.pispk.model.Anggota;
import id.rekon.pispk.model.Sex;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/**
 * The parents of a PIS-PK child, from the members of the child's family, for
 * {@link Kandidat#namaIbu()}: e-PPGBM writes the parents in one cell (often both), so the probable
 * matcher compares every parent name with every parent name.
 *
 * <p>For a child ({@code Anak}, or a relationship not stated) the parents are the head of the family
 * and the wife/husband ({@code Kepala Keluarga}, {@code Istri}, {@code Suami}); for a grandchild
 * ({@code Cucu}) the family's {@code Anak} and {@code Menantu}. Either way only members at least
 * {@value #MIN_SELISIH_TAHUN} years older than the child (when both dates are known), women first,
 * then by name, so the result does not depend on member order.
 */
public final class NamaOrangTua {

    static final int MIN_SELISIH_TAHUN = 12;

    private NamaOrangTua() {
    }

    public static List<String> dariKeluarga(Anggota anak, List<Anggota> anggotaKeluarga) {
        boolean cucu = hubungan(anak).contains("CUCU");
        List<Anggota> ortu = new ArrayList<>();
        for (Anggota m : anggotaKeluarga) {
            if (m == anak || m.nama() == null || m.nama().normal().isBlank()) {
                continue;
            }
            String h = hubungan(m);
            boolean peran = cucu
                    ? h.contains("ANAK") || h.contains("MENANTU")
                    : h.contains("KEPALA") || h.contains("ISTRI") || h.contains("SUAMI");
            if (peran && cukupTua(m.tanggalLahir(), anak.tanggalLahir())) {
                ortu.add(m);
            }
        }
        ortu.sort(Comparator.comparing((Anggota m) -> m.jenisKelamin() == Sex.P ? 0 : 1)
                .thenComparing(m -> m.nama().normal()));
        List<String> names = new ArrayList<>();
        for (Anggota m : ortu) {
            names.add(m.nama().normal());
        }
        return List.copyOf(names);
    }

    private static String hubungan(Anggota m) {
        return m.hubungan() == null ? "" : m.hubungan().toUpperCase(Locale.ROOT);
    }

    private static boolean cukupTua(LocalDate ortu, LocalDate anak) {
        return ortu == null || anak == null || !ortu.plusYears(MIN_SELISIH_TAHUN).isAfter(anak);
    }
}
