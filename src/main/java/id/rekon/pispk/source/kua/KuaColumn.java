package id.rekon.pispk.source.kua;

import id.rekon.pispk.source.ColumnSpec;
import id.rekon.pispk.source.SourceColumn;

/** Columns of the KUA (SIMKAH) export, one row per couple (spec, kind 5). */
public enum KuaColumn implements SourceColumn {
    NO_PENDAFTARAN("No Pendaftaran", true, "No Register", "Nomor Akta Nikah"),
    KUA("KUA", false, "KUA Kecamatan"),
    TANGGAL_DAFTAR("Tanggal Daftar", false, "Tgl Daftar"),
    TANGGAL_AKAD("Tanggal Akad", false, "Tgl Nikah", "Tanggal Rencana Akad"),
    STATUS("Status", false, "Status Pernikahan"),
    NIK_SUAMI("NIK Suami", false, "NIK Calon Suami"),
    NAMA_SUAMI("Nama Suami", false, "Nama Calon Suami"),
    TGL_LAHIR_SUAMI("Tgl Lahir Suami", false, "Tanggal Lahir Suami", "Tgl Lahir Calon Suami", "Tanggal Lahir Calon Suami"),
    NIK_ISTRI("NIK Istri", false, "NIK Calon Istri"),
    NAMA_ISTRI("Nama Istri", false, "Nama Calon Istri"),
    TGL_LAHIR_ISTRI("Tgl Lahir Istri", false, "Tanggal Lahir Istri", "Tgl Lahir Calon Istri", "Tanggal Lahir Calon Istri"),
    ALAMAT_ISTRI("Alamat Istri", false, "Alamat Calon Istri"),
    DESA_ISTRI("Desa Istri", false, "Desa", "Desa Calon Istri");

    private final ColumnSpec spec;

    KuaColumn(String header, boolean required, String... aliases) {
        this.spec = ColumnSpec.of(header, required, aliases);
    }

    @Override
    public ColumnSpec spec() {
        return spec;
    }
}
