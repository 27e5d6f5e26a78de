package id.rekon.pispk.source.pcare;

import id.rekon.pispk.source.ColumnSpec;
import id.rekon.pispk.source.SourceColumn;

/** Columns of the PCare participant export; aliases include the web service field names (spec, kind 4). */
public enum PcareColumn implements SourceColumn {
    NO_KARTU("No Kartu", true, "Nomor Kartu", "No Peserta", "noKartu"),
    NIK("NIK", false, "No KTP", "noKTP"),
    NAMA("Nama", false, "Nama Peserta", "nama"),
    JK("JK", false, "Jenis Kelamin", "Sex"),
    TGL_LAHIR("Tgl Lahir", false, "Tanggal Lahir", "tglLahir"),
    JENIS_PESERTA("Jenis Peserta", false, "Segmen", "Jenis Kepesertaan", "jnsPeserta.nama"),
    STATUS_PESERTA("Status Peserta", false, "Status", "Keterangan Aktif", "ketAktif"),
    AKTIF("Aktif", false, "aktif"),
    KODE_PPK("Kode PPK", false, "Kd PPK", "Kode Faskes", "kdProviderPst.kdProvider"),
    NAMA_PPK("Nama PPK", false, "Nama Faskes", "kdProviderPst.nmProvider"),
    PROLANIS("Prolanis", false, "Peserta Prolanis", "pstProl");

    private final ColumnSpec spec;

    PcareColumn(String header, boolean required, String... aliases) {
        this.spec = ColumnSpec.of(header, required, aliases);
    }

    @Override
    public ColumnSpec spec() {
        return spec;
    }
}
