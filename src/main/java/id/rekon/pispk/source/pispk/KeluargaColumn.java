package id.rekon.pispk.source.pispk;

import id.rekon.pispk.source.ColumnSpec;
import id.rekon.pispk.source.SourceColumn;

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

    private final ColumnSpec spec;

    KeluargaColumn(String header, boolean required, String... aliases) {
        this.spec = ColumnSpec.of(header, required, aliases);
    }

    @Override
    public ColumnSpec spec() {
        return spec;
    }
}
