package id.rekon.pispk.region;

import id.rekon.pispk.model.Puskesmas;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** A small synthetic master around Soe (TTS): two kecamatan share a desa name. */
class RegionMasterTest {

    static final String SOE = "P5302010101";
    static final String NULLE = "P5302010202";
    static final String AMANUBAN = "P5302020101";
    static final String KAPAN = "P5302030101";
    static final String KAPAN_2 = "P5302030202";

    static final RegionMaster MASTER = new RegionMaster(List.of(
            row(SOE, "Kota Soe", List.of("PKM Soe", "Soe Kota"), "0123B456", "530201", "Kota Soe", "5302011001", "Kota Baru"),
            row(SOE, "Kota Soe", List.of("PKM Soe", "Soe Kota"), "0123B456", "530201", "Kota Soe", "5302011002", "Karang Siri"),
            row(NULLE, "Nulle", List.of(), "0123B457", "530201", "Kota Soe", "5302011003", "Oebesa"),
            row(AMANUBAN, "Oe'kabiti", List.of(), "0123B458", "530202", "Amanuban Barat", "5302022001", "Kota Baru"),
            row(AMANUBAN, "Oe'kabiti", List.of(), "0123B458", "530202", "Amanuban Barat", "5302022002", "Tublopo"),
            // Two puskesmas share a name ("Kapan"): ambiguous by name, fine by code.
            row(KAPAN, "Kapan", List.of(), "0123B459", "530203", "Mollo Utara", "5302032001", "Kapan"),
            row(KAPAN_2, "Kapan", List.of(), "0123B460", "530203", "Mollo Utara", "5302032002", "Bijaepunu")));

    static WilayahKerja row(String kode, String nama, List<String> aliases, String ppk, String kodeKec, String kec,
                            String kodeDesa, String desa) {
        return new WilayahKerja(kode, nama, aliases, ppk, kodeKec, kec, kodeDesa, desa);
    }

    @ParameterizedTest(name = "[{0}]")
    @CsvSource(delimiter = '|', value = {
            "Kota Soe                 | P5302010101",
            "KOTA SOE                 | P5302010101",
            "Puskesmas Kota Soe       | P5302010101",
            "PKM Kota Soe             | P5302010101",
            "UPTD Puskesmas Kota Soe  | P5302010101",
            "PKM Soe                  | P5302010101",
            "Soe Kota                 | P5302010101",
            "Soe                      | P5302010101",
            "Oekabiti                 | P5302020101",
            "OE KABITI                | P5302020101",
            "Puskesmas Oe'kabiti      | P5302020101",
    })
    void findsByNameAndAlias(String name, String kode) {
        assertThat(MASTER.byNama(name)).get().extracting(Puskesmas::kode).isEqualTo(kode);
    }

    @Test
    void ambiguousOrUnknownNamesResolveToNothing() {
        assertThat(MASTER.byNama("Kapan")).isEmpty();
        assertThat(MASTER.byNama("Puskesmas Kapan")).isEmpty();
        assertThat(MASTER.byNama("Puskesmas")).isEmpty();
        assertThat(MASTER.byNama("Niki-Niki")).isEmpty();
        assertThat(MASTER.byNama(null)).isEmpty();
    }

    @Test
    void findsByCodes() {
        assertThat(MASTER.byKode("p5302010101 ")).get().isEqualTo(new Puskesmas(SOE, "Kota Soe"));
        assertThat(MASTER.byKode("P9999999999")).isEmpty();
        assertThat(MASTER.byKodePpk("0123B457")).get().extracting(Puskesmas::kode).isEqualTo(NULLE);
        assertThat(MASTER.byKodePpk("0123b457")).get().extracting(Puskesmas::kode).isEqualTo(NULLE);
        assertThat(MASTER.byKodePpk("9999X999")).isEmpty();
        assertThat(MASTER.byKodeDesa("53.02.02.2002")).get().extracting(Puskesmas::kode).isEqualTo(AMANUBAN);
        assertThat(MASTER.byKodeDesa("5302011003")).get().extracting(Puskesmas::kode).isEqualTo(NULLE);
    }

    @ParameterizedTest(name = "KUA [{0}] desa [{1}]")
    @CsvSource(delimiter = '|', nullValues = "null", value = {
            "KUA Kota Soe            | Kota Baru  | P5302010101",
            "Kota Soe                | Kota Baru  | P5302010101",
            "KUA Kecamatan Kota Soe  | Desa Kota Baru | P5302010101",
            "KUA Amanuban Barat      | Kota Baru  | P5302020101",
            "KUA Kota Soe            | Oebesa     | P5302010202",
            "KUA Kota Soe            | Kel. Oebesa | P5302010202",
            // kecamatan served by one puskesmas: routes even without (or with an unknown) desa
            "KUA Amanuban Barat      | null       | P5302020101",
            "KUA Amanuban Barat      | Entah      | P5302020101",
    })
    void routesKuaByKecamatanAndDesa(String kua, String desa, String kode) {
        assertThat(MASTER.byKuaDesa(kua, desa)).get().extracting(Puskesmas::kode).isEqualTo(kode);
        assertThat(MASTER.routeKua(kua, desa)).contains(kode);
    }

    @Test
    void kuaUnresolved() {
        // Kota Soe has two puskesmas: without a known desa it cannot be routed.
        assertThat(MASTER.routeKua("KUA Kota Soe", "Entah")).isEmpty();
        assertThat(MASTER.routeKua("KUA Kota Soe", null)).isEmpty();
        assertThat(MASTER.routeKua("KUA Niki Niki", "Kota Baru")).isEmpty();
        assertThat(MASTER.routeKua("KUA", "Kota Baru")).isEmpty();
        assertThat(MASTER.routeKua(null, "Kota Baru")).isEmpty();
    }

    @Test
    void routesEppgbmByNameThenKecamatanAndDesa() {
        assertThat(MASTER.routeEppgbm("Puskesmas Kota Soe", "Amanuban Barat", "Tublopo")).contains(SOE);
        assertThat(MASTER.routeEppgbm("Kapan", "Mollo Utara", "Bijaepunu")).contains(KAPAN_2);
        assertThat(MASTER.routeEppgbm(null, "Kota Soe", "Oebesa")).contains(NULLE);
        assertThat(MASTER.routeEppgbm("", null, "Tublopo")).contains(AMANUBAN);
        // "Kota Baru" exists in two kecamatan: a desa alone cannot route it.
        assertThat(MASTER.routeEppgbm("", null, "Kota Baru")).isEmpty();
        assertThat(MASTER.routeEppgbm("Kapan", "Mollo Utara", null)).isEmpty();
        assertThat(MASTER.routeEppgbm(null, null, null)).isEmpty();
    }

    @Test
    void routesPcareByPpk() {
        assertThat(MASTER.routePcare("0123B456")).contains(SOE);
        assertThat(MASTER.routePcare(null)).isEmpty();
    }

    @Test
    void listsPuskesmasAndTheirDesa() {
        assertThat(MASTER.all()).extracting(Puskesmas::kode).containsExactly(SOE, NULLE, AMANUBAN, KAPAN, KAPAN_2);
        assertThat(MASTER.desaOf(SOE)).extracting(WilayahKerja::desa).containsExactly("Kota Baru", "Karang Siri");
        assertThat(MASTER.desaOf("P0")).isEmpty();
    }
}
