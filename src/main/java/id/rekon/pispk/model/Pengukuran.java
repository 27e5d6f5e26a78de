package id.rekon.pispk.model;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * One e-PPGBM measurement of a child (kind 3). The same child appears once per measurement date.
 *
 * @param namaOrtu       the parents' cell as given
 * @param namaOrtuNormal each parent name found in that cell, normalised ({@code MARIA / YOHANES}
 *                       gives two)
 * @param kodePuskesmas  the puskesmas the {@code namaPuskesmas} routes to through the region
 *                       master, or {@code null} when it cannot be routed
 * @param beratKg        weight in kilograms (grams converted)
 * @param asiEksklusif   {@code null} when blank
 */
public record Pengukuran(
        Asal asal,
        Nik nik,
        Nama nama,
        Sex jenisKelamin,
        LocalDate tanggalLahir,
        BigDecimal beratLahirKg,
        String namaOrtu,
        List<String> namaOrtuNormal,
        Nik nikOrtu,
        String provinsi,
        String kabupaten,
        String kecamatan,
        String namaPuskesmas,
        String kodePuskesmas,
        String desa,
        String posyandu,
        String rt,
        String rw,
        String alamat,
        LocalDate tanggalUkur,
        BigDecimal beratKg,
        BigDecimal tinggiCm,
        BigDecimal zsBbU,
        BigDecimal zsTbU,
        BigDecimal zsBbTb,
        String statusBbU,
        String statusTbU,
        String statusBbTb,
        Boolean asiEksklusif) {

    public Pengukuran {
        namaOrtuNormal = namaOrtuNormal == null ? List.of() : List.copyOf(namaOrtuNormal);
    }
}
