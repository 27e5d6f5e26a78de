package id.rekon.pispk.region;

import java.util.Objects;

/**
 * One Kemendagri region: a province, kab/kota, kecamatan or desa/kelurahan.
 *
 * @param kode      the code without dots: 2 digits for a province, 4 for a kab/kota, 6 for a
 *                  kecamatan, 10 for a desa (the NIK prefix and village-code forms)
 * @param nama      the official name, e.g. {@code Kota Soe}
 * @param kodeInduk the parent's code without dots, {@code ""} for a province
 */
public record Wilayah(String kode, String nama, String kodeInduk) {

    public Wilayah {
        Objects.requireNonNull(kode, "kode");
        Objects.requireNonNull(nama, "nama");
        kodeInduk = kodeInduk == null ? "" : kodeInduk;
    }

    /** The dotted form used by Kemendagri: {@code 53.02.01.2001}. */
    public String kodeBertitik() {
        return switch (kode.length()) {
            case 2 -> kode;
            case 4 -> kode.substring(0, 2) + "." + kode.substring(2);
            case 6 -> kode.substring(0, 2) + "." + kode.substring(2, 4) + "." + kode.substring(4);
            default -> kode.substring(0, 2) + "." + kode.substring(2, 4) + "." + kode.substring(4, 6) + "."
                    + kode.substring(6);
        };
    }
}
