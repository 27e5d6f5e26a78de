package id.rekon.pispk.source;

import id.rekon.pispk.normalise.NikClassifier;
import id.rekon.pispk.normalise.TanggalParser;
import id.rekon.pispk.region.RegionMaster;
import id.rekon.pispk.region.WilayahKerja;

import java.time.Year;
import java.util.List;
import java.util.Set;

/** Shared collaborators of the mapper tests: synthetic data only. */
public final class Fixtures {

    public static final NikClassifier CLASSIFIER = new NikClassifier(Set.of("11", "31", "52", "53", "61")::contains);
    public static final TanggalParser TANGGAL = new TanggalParser(Year.of(2026));

    public static final String SOE = "P5302010101";
    public static final String NULLE = "P5302010202";
    public static final String OEKABITI = "P5302020101";

    /** Two kecamatan share the desa name "Kota Baru". */
    public static final RegionMaster MASTER = new RegionMaster(List.of(
            new WilayahKerja(SOE, "Kota Soe", List.of("PKM Soe"), "0123B456", "530201", "Kota Soe", "5302011001", "Kota Baru"),
            new WilayahKerja(NULLE, "Nulle", List.of(), "0123B457", "530201", "Kota Soe", "5302011003", "Oebesa"),
            new WilayahKerja(OEKABITI, "Oekabiti", List.of(), "0123B458", "530202", "Amanuban Barat", "5302022001",
                    "Kota Baru")));

    private Fixtures() {
    }

    /** A synthetic NIK: province 53, kab 02, kec 01, date {@code dd mm yy} (dd +40 for women), serial 0001. */
    public static String nik(int dd, int mm, int yy) {
        return String.format("530201%02d%02d%02d0001", dd, mm, yy);
    }
}
