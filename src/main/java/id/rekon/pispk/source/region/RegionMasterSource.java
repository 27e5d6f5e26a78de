package id.rekon.pispk.source.region;

import id.rekon.pispk.model.SourceKind;
import id.rekon.pispk.region.WilayahKerja;
import id.rekon.pispk.source.SheetHint;
import id.rekon.pispk.source.SingleSource;

import java.util.List;

/**
 * The region master (which puskesmas serves which village): reference data, loaded by the
 * preparation step before any export is read and never staged in tonight's store.
 */
public final class RegionMasterSource {

    public static final SingleSource<WilayahKerja> DEFINITION = new SingleSource<>(SourceKind.REGION_MASTER,
            "master wilayah kerja puskesmas (region-master)", "master wilayah",
            SheetHint.anyOf("wilayah", "master"),
            List.of(RegionMasterColumn.values()), List.of(),
            p -> new WilayahKerjaRowMapper(), null, null);

    private RegionMasterSource() {
    }
}
