package id.rekon.pispk.model;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;

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
 * @param alamat         the address as the source gives it (PIS-PK family, e-PPGBM child, KUA bride), or empty
 * @param namaOrangTua   the parents' names as the source gives them (e-PPGBM), or empty
 * @param kecamatan      the kecamatan as the source gives it, or empty
 * @param pencocokan     MATCH-01 only: the pair's levels and other record; {@code null} otherwise
 *
 * <p>The store keeps findings as arrays of their properties in this order (months of them, in the
 * history). Before {@code alamat} came, {@link #isRouted()} was the eighteenth element; it keeps
 * that place, so findings stored by earlier versions are read with their fields where they were.
 */
@JsonPropertyOrder({"idTemuan", "kodeAturan", "kodePuskesmas", "subjek", "nik", "nama", "tanggalLahir", "umurBulan",
    "jenisKelamin", "kodeKeluarga", "desa", "rtRw", "posyandu", "sumber", "nilaiPispk", "nilaiProgram", "keterangan",
    "routed", "alamat", "namaOrangTua", "kecamatan", "pencocokan"})
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
        String keterangan,
        String alamat,
        String namaOrangTua,
        String kecamatan,
        Pencocokan pencocokan) {

    /** A finding of any rule but MATCH-01 (no pair to explain). */
    public Temuan(String idTemuan, RuleCode kodeAturan, String kodePuskesmas, String subjek, String nik, String nama,
                  LocalDate tanggalLahir, Integer umurBulan, Sex jenisKelamin, String kodeKeluarga, String desa,
                  String rtRw, String posyandu, Sumber sumber, String nilaiPispk, String nilaiProgram,
                  String keterangan, String alamat, String namaOrangTua, String kecamatan) {
        this(idTemuan, kodeAturan, kodePuskesmas, subjek, nik, nama, tanggalLahir, umurBulan, jenisKelamin,
                kodeKeluarga, desa, rtRw, posyandu, sumber, nilaiPispk, nilaiProgram, keterangan, alamat, namaOrangTua,
                kecamatan, null);
    }

    /** A finding without address, parents or kecamatan (the shape before they were carried). */
    public Temuan(String idTemuan, RuleCode kodeAturan, String kodePuskesmas, String subjek, String nik, String nama,
                  LocalDate tanggalLahir, Integer umurBulan, Sex jenisKelamin, String kodeKeluarga, String desa,
                  String rtRw, String posyandu, Sumber sumber, String nilaiPispk, String nilaiProgram,
                  String keterangan) {
        this(idTemuan, kodeAturan, kodePuskesmas, subjek, nik, nama, tanggalLahir, umurBulan, jenisKelamin,
                kodeKeluarga, desa, rtRw, posyandu, sumber, nilaiPispk, nilaiProgram, keterangan, "", "", "");
    }

    /**
     * How the store reads a finding back: {@code routed} is the element {@link #isRouted()} writes
     * at its old place, named here only so that the elements after it land on their own fields.
     */
    @JsonCreator
    static Temuan fromStore(@JsonProperty("idTemuan") String idTemuan,
                            @JsonProperty("kodeAturan") RuleCode kodeAturan,
                            @JsonProperty("kodePuskesmas") String kodePuskesmas,
                            @JsonProperty("subjek") String subjek,
                            @JsonProperty("nik") String nik,
                            @JsonProperty("nama") String nama,
                            @JsonProperty("tanggalLahir") LocalDate tanggalLahir,
                            @JsonProperty("umurBulan") Integer umurBulan,
                            @JsonProperty("jenisKelamin") Sex jenisKelamin,
                            @JsonProperty("kodeKeluarga") String kodeKeluarga,
                            @JsonProperty("desa") String desa,
                            @JsonProperty("rtRw") String rtRw,
                            @JsonProperty("posyandu") String posyandu,
                            @JsonProperty("sumber") Sumber sumber,
                            @JsonProperty("nilaiPispk") String nilaiPispk,
                            @JsonProperty("nilaiProgram") String nilaiProgram,
                            @JsonProperty("keterangan") String keterangan,
                            @JsonProperty("routed") Boolean routed,
                            @JsonProperty("alamat") String alamat,
                            @JsonProperty("namaOrangTua") String namaOrangTua,
                            @JsonProperty("kecamatan") String kecamatan,
                            @JsonProperty("pencocokan") Pencocokan pencocokan) {
        return new Temuan(idTemuan, kodeAturan, kodePuskesmas, subjek, nik, nama, tanggalLahir, umurBulan,
                jenisKelamin, kodeKeluarga, desa, rtRw, posyandu, sumber, nilaiPispk, nilaiProgram, keterangan, alamat,
                namaOrangTua, kecamatan, pencocokan);
    }

    public Temuan {
        Objects.requireNonNull(idTemuan, "idTemuan");
        Objects.requireNonNull(kodeAturan, "kodeAturan");
        nik = nik == null ? "" : nik;
        nama = nama == null ? "" : nama;
        nilaiPispk = nilaiPispk == null ? "" : nilaiPispk;
        nilaiProgram = nilaiProgram == null ? "" : nilaiProgram;
        keterangan = keterangan == null ? "" : keterangan;
        alamat = alamat == null ? "" : alamat;
        namaOrangTua = namaOrangTua == null ? "" : namaOrangTua;
        kecamatan = kecamatan == null ? "" : kecamatan;
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
