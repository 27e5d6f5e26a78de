package id.rekon.pispk.source.pcare;

import id.rekon.pispk.source.SourceColumn;

import java.util.List;

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

    private final String header;
    private final boolean required;
    private final List<String> aliases;

    PcareColumn(String header, boolean required, String... aliases) {
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
