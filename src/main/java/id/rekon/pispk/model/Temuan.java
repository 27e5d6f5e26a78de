package id.rekon.pispk.model;

import java.time.LocalDate;
import java.util.Objects;

/**
 * A finding: one rule on one person (or couple, family, proposed pair) owned by one puskesmas.
 *
 * @param idTemuan       stable id, see {@link TemuanId}
 * @param kodeAturan     the rule
 * @param kodePuskesmas  owner puskesmas, or {@code null} when it cannot be routed (goes to unrouted)
 * @param subjek         the stable subject key the id was made from (NIK, record key, pair key)
 * @param nik            the NIK as given, digits only, or empty
 * @param nama           the name as given for display
 * @param sumber         the source the finding is about (for quality findings) or the program compared
 * @param nilaiPispk     what PIS-PK says, in Indonesian, or empty
 * @param nilaiProgram   what the program says, in Indonesian, or empty
 * @param keterangan     extra detail for the team (e.g. the other record of a probable match)
 */
public record Temuan(
        String idTemuan,
        RuleCode kodeAturan,
        String kodePuskesmas,
        String subjek,
        String nik,
        String nama,
        LocalDate tanggalLahir,
        Integer umurBulan,
        Sex jenisKelamin,
        String kodeKeluarga,
        String desa,
        String rtRw,
        String posyandu,
        Sumber sumber,
        String nilaiPispk,
        String nilaiProgram,
        String keterangan) {

    public Temuan {
        Objects.requireNonNull(idTemuan, "idTemuan");
        Objects.requireNonNull(kodeAturan, "kodeAturan");
        nik = nik == null ? "" : nik;
        nama = nama == null ? "" : nama;
        nilaiPispk = nilaiPispk == null ? "" : nilaiPispk;
        nilaiProgram = nilaiProgram == null ? "" : nilaiProgram;
        keterangan = keterangan == null ? "" : keterangan;
    }

    public Arah arah() {
        return kodeAturan.arah();
    }

    public boolean isRouted() {
        return kodePuskesmas != null && !kodePuskesmas.isBlank();
    }

    @Override
    public String toString() {
        return "Temuan[" + idTemuan + ", " + kodeAturan.code() + ", " + kodePuskesmas + ", " + Nik.mask(nik) + "]";
    }
}
