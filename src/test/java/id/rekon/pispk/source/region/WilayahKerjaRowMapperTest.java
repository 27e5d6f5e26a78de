package id.rekon.pispk.source.region;

import id.rekon.pispk.normalise.MapResult;
import id.rekon.pispk.region.RegionMaster;
import id.rekon.pispk.region.WilayahKerja;
import id.rekon.pispk.model.CellValue;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.List;

import static id.rekon.pispk.source.TestRows.row;
import static id.rekon.pispk.source.TestRows.with;
import static id.rekon.pispk.source.region.RegionMasterColumn.*;
import static org.assertj.core.api.Assertions.assertThat;

class WilayahKerjaRowMapperTest {

    private static final Object[] GOOD = {
            KODE_PUSKESMAS, "p5302010101",
            NAMA_PUSKESMAS, "Kota Soe",
            ALIAS_NAMA, "PKM Soe; Puskesmas Soe Kota ;",
            KODE_PPK, "0123b456",
            KODE_KECAMATAN, "53.02.01",
            KECAMATAN, "Kota Soe",
            KODE_DESA, CellValue.number("5302011001"),
            DESA, "Kota Baru"};

    private final WilayahKerjaRowMapper mapper = new WilayahKerjaRowMapper();

    @Test
    void mapsAGoodRow() {
        MapResult<WilayahKerja> result = mapper.map(row("master.csv", 2, GOOD));

        assertThat(result.isOk()).isTrue();
        assertThat(result.value()).isEqualTo(new WilayahKerja("P5302010101", "Kota Soe",
                List.of("PKM Soe", "Puskesmas Soe Kota"), "0123B456", "530201", "Kota Soe", "5302011001", "Kota Baru"));
    }

    @Test
    void malformedCodesBecomeNull() {
        WilayahKerja w = mapper.map(row("m.csv", 2, with(with(GOOD, KODE_DESA, "53.02.01"), KODE_KECAMATAN, "x")))
                .value();
        assertThat(w.kodeDesa()).isNull();
        assertThat(w.kodeKecamatan()).isNull();
    }

    @Test
    void feedsTheRegionMaster() {
        RegionMaster master = new RegionMaster(List.of(mapper.map(row("m.csv", 2, GOOD)).value()));
        assertThat(master.routeEppgbm("Puskesmas Soe Kota", null, null)).contains("P5302010101");
        assertThat(master.routePcare("0123B456")).contains("P5302010101");
        assertThat(master.byKodeDesa("5302011001")).isPresent();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "KODE_PUSKESMAS | Kode Puskesmas kosong",
            "NAMA_PUSKESMAS | Nama Puskesmas kosong",
    })
    void rejects(RegionMasterColumn column, String reason) {
        MapResult<WilayahKerja> result = mapper.map(row("m.csv", 2, with(GOOD, column, "")));
        assertThat(result.isOk()).isFalse();
        assertThat(result.reason()).isEqualTo(reason);
    }
}
