package id.rekon.pispk.source.region;

import id.rekon.pispk.source.SourceColumn;

import java.util.List;

/** Columns of the region master: one row per village a puskesmas serves (spec, reference data). */
public enum RegionMasterColumn implements SourceColumn {
    KODE_PUSKESMAS("Kode Puskesmas", true, "Kode PKM"),
    NAMA_PUSKESMAS("Nama Puskesmas", true, "Puskesmas"),
    ALIAS_NAMA("Alias Nama", false, "Alias"),
    KODE_PPK("Kode PPK BPJS", false, "Kode PPK", "Kd PPK"),
    KODE_KECAMATAN("Kode Kecamatan", false),
    KECAMATAN("Kecamatan", true),
    KODE_DESA("Kode Desa", true, "Kode Kelurahan"),
    DESA("Desa", true, "Kelurahan", "Desa/Kelurahan");

    private final String header;
    private final boolean required;
    private final List<String> aliases;

    RegionMasterColumn(String header, boolean required, String... aliases) {
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
