package id.rekon.pispk.source.region;

import id.rekon.pispk.source.ColumnSpec;
import id.rekon.pispk.source.SourceColumn;

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

    private final ColumnSpec spec;

    RegionMasterColumn(String header, boolean required, String... aliases) {
        this.spec = ColumnSpec.of(header, required, aliases);
    }

    @Override
    public ColumnSpec spec() {
        return spec;
    }
}
