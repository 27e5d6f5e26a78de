package id.rekon.pispk.source.pispk;

import id.rekon.pispk.source.ColumnSpec;
import id.rekon.pispk.source.SourceColumn;

/** Columns of {@code pispk-anggota}, one row per member (spec, kind 2). */
public enum AnggotaColumn implements SourceColumn {
    KODE_KELUARGA("Kode Keluarga", true, "ID Keluarga", "SURVEI ID"),
    NO_URUT("No Urut", false, "No Anggota"),
    NIK("NIK", false, "No NIK", "Nomor Induk Kependudukan"),
    NAMA("Nama", true, "Nama Anggota", "Nama Lengkap"),
    HUBUNGAN("Hubungan dengan KK", false, "Hubungan", "SHDK"),
    TANGGAL_LAHIR("Tanggal Lahir", true, "Tgl Lahir"),
    JENIS_KELAMIN("Jenis Kelamin", false, "JK", "L/P"),
    STATUS_PERKAWINAN("Status Perkawinan", false, "Status Kawin"),
    SEDANG_HAMIL("Sedang Hamil", false, "Hamil"),
    KB("KB", false, "Ikut KB", "MENGGUNAKAN KB"),
    BERSALIN_FASKES("Bersalin di Faskes", false, "Persalinan Faskes", "PERSALINAN DI FASKES"),
    ASI_EKSKLUSIF("ASI Eksklusif", false, "ASI", "ASI EKSLUSIF"),
    IMUNISASI("Imunisasi Dasar Lengkap", false, "Imunisasi", "IDL", "IMUNISASI LENGKAP"),
    PEMANTAUAN_PERTUMBUHAN("Pemantauan Pertumbuhan", false, "Ditimbang Bulan Lalu", "Timbang",
            "PEMANTAUAN PERTUMBUHAN BALITA"),
    TB("TB Berobat Sesuai Standar", false, "TB", "MINUM OBAT TB TERATUR"),
    HIPERTENSI("Hipertensi Berobat Teratur", false, "Hipertensi", "MINUM OBAT HIPERTENSI TERATUR"),
    ODGJ("ODGJ Diobati", false, "Gangguan Jiwa", "ART MINUM OBAT GANGGUAN JIWA BERAT TERATUR"),
    MEROKOK("Merokok", false, "Perokok", "MEROKOK"),
    KARTU_JKN("Kartu JKN", false, "JKN", "Punya JKN", "BPJS", "KEPESERTAAN JKN");

    private final ColumnSpec spec;

    AnggotaColumn(String header, boolean required, String... aliases) {
        this.spec = ColumnSpec.of(header, required, aliases);
    }

    @Override
    public ColumnSpec spec() {
        return spec;
    }
}
