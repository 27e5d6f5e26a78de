package id.rekon.pispk.source.eppgbm;

import id.rekon.pispk.source.ColumnSpec;
import id.rekon.pispk.source.SourceColumn;

/** Columns of the e-PPGBM export, one row per measurement (spec, kind 3). */
public enum EppgbmColumn implements SourceColumn {
    NIK("NIK", false, "NIK Anak"),
    NAMA("Nama", false, "Nama Anak", "Nama Balita"),
    JK("JK", false, "Jenis Kelamin"),
    TGL_LAHIR("Tgl Lahir", false, "Tanggal Lahir"),
    BB_LAHIR("BB Lahir", false, "Berat Lahir"),
    TB_LAHIR("TB Lahir", false),
    NAMA_ORTU("Nama Ortu", false, "Nama Orang Tua", "Nama Ibu"),
    NIK_ORTU("NIK Ortu", false, "NIK Ibu"),
    PROV("Prov", false, "Provinsi"),
    KAB_KOTA("Kab/Kota", false, "Kabupaten"),
    KEC("Kec", false, "Kecamatan"),
    PUSKESMAS("Pukesmas", false, "Puskesmas", "Nama Puskesmas"),
    DESA("Desa/Kel", false, "Desa", "Kelurahan"),
    POSYANDU("Posyandu", false),
    RT("RT", false),
    RW("RW", false),
    ALAMAT("Alamat", false),
    USIA_SAAT_UKUR("Usia Saat Ukur", false),
    TANGGAL_PENGUKURAN("Tanggal Pengukuran", true, "Tgl Ukur", "Tanggal Ukur"),
    BERAT("Berat", false, "BB", "Berat Badan (kg)"),
    TINGGI("Tinggi", false, "TB", "Tinggi Badan (cm)"),
    BB_U("BB/U", false),
    ZS_BB_U("ZS BB/U", false),
    TB_U("TB/U", false),
    ZS_TB_U("ZS TB/U", false),
    BB_TB("BB/TB", false),
    ZS_BB_TB("ZS BB/TB", false),
    ASI_EKSKLUSIF("ASI Eksklusif", false, "ASI E6");

    private final ColumnSpec spec;

    EppgbmColumn(String header, boolean required, String... aliases) {
        this.spec = ColumnSpec.of(header, required, aliases);
    }

    @Override
    public ColumnSpec spec() {
        return spec;
    }
}
