package id.rekon.pispk.region;

import java.util.List;
import java.util.Objects;

/**
 * One row of the region master: a village a puskesmas serves (its {@code wilayah kerja}).
 *
 * @param kodePuskesmas Kemenkes code, e.g. {@code P5302010101}; required
 * @param namaPuskesmas name, e.g. {@code Kota Soe}; required
 * @param aliases       other names the puskesmas goes by in exports (the semicolon list), never
 *                      {@code null}
 * @param kodePpk       BPJS facility code, e.g. {@code 0123B456}, or {@code null}
 * @param kodeKecamatan 6-digit Kemendagri kecamatan code, or {@code null}
 * @param kecamatan     kecamatan name, or {@code null}
 * @param kodeDesa      10-digit Kemendagri village code, or {@code null}
 * @param desa          desa/kelurahan name, or {@code null}
 */
public record WilayahKerja(
        String kodePuskesmas,
        String namaPuskesmas,
        List<String> aliases,
        String kodePpk,
        String kodeKecamatan,
        String kecamatan,
        String kodeDesa,
        String desa) {

    public WilayahKerja {
        if (kodePuskesmas == null || kodePuskesmas.isBlank()) {
            throw new IllegalArgumentException("kodePuskesmas is required");
        }
        if (namaPuskesmas == null || namaPuskesmas.isBlank()) {
            throw new IllegalArgumentException("namaPuskesmas is required");
        }
        kodePuskesmas = kodePuskesmas.trim();
        namaPuskesmas = namaPuskesmas.trim();
        aliases = aliases == null ? List.of() : aliases.stream().filter(Objects::nonNull).map(String::trim)
                .filter(a -> !a.isEmpty()).toList();
    }
}
