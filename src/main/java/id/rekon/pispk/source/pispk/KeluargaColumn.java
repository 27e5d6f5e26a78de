package id.rekon.pispk.source.pispk;

import id.rekon.pispk.source.SourceColumn;

import java.util.List;

/** Columns of {@code pispk-keluarga}, one row per family (spec, kind 1). */
public enum KeluargaColumn implements SourceColumn {
    KODE_KELUARGA("Kode Keluarga", true, "ID Keluarga", "No Keluarga", "SURVEI ID"),
    NO_KK("No KK", false, "Nomor KK", "No Kartu Keluarga"),
    NAMA_KEPALA_KELUARGA("Nama Kepala Keluarga", false, "Nama KK"),
    ALAMAT("Alamat", false),
    RT_RW("RT / RW", false),
    RT("RT", false),
    RW("RW", false),
    KODE_DESA("Kode Desa", false, "Kode Kelurahan", "Kode Wilayah"),
    DESA("Desa/Kelurahan", false, "Desa", "Kelurahan", "KELURAHAN"),
    KECAMATAN("Kecamatan", false),
    KODE_PUSKESMAS("Kode Puskesmas", true, "Kode PKM"),
    NAMA_PUSKESMAS("Nama Puskesmas", false, "Puskesmas"),
    TANGGAL_KUNJUNGAN("Tanggal Kunjungan", true, "Tgl Kunjungan", "Tanggal Pendataan", "TANGGAL SURVEI"),
    AIR_BERSIH("Air Bersih", false, "Sarana Air Bersih", "TERSEDIA SARANA AIR BERSIH"),
    JAMBAN_SEHAT("Jamban Sehat", false, "Jamban", "TERSEDIA JAMBAN KELUARGA"),
    IKS("IKS", false, "IKS INTI");

    private final String header;
    private final boolean required;
    private final List<String> aliases;

    KeluargaColumn(String header, boolean required, String... aliases) {
        this.header = header;
        this.required = required;
        this.aliases = java.util.stream.Stream.concat(java.util.stream.Stream.of(header), java.util.Arrays.stream(aliases)).toList();
    }

    @Override
    public String header() {
        return header;
    }

    @Override
    public List<String> aliases() {
        return aliases;
    }

    @Override
    public boolean required() {
        return required;
    }
}
