package id.rekon.pispk.job.riwayat;

import id.rekon.pispk.store.RiwayatStore;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import static id.rekon.pispk.job.riwayat.Kabupaten.AGUS;
import static id.rekon.pispk.job.riwayat.Kabupaten.BENI;
import static id.rekon.pispk.job.riwayat.Kabupaten.CORNELIS;
import static id.rekon.pispk.job.riwayat.Kabupaten.DANIEL;
import static id.rekon.pispk.job.riwayat.Kabupaten.ELIAS;
import static id.rekon.pispk.job.riwayat.Kabupaten.PKM_KARANG;
import static id.rekon.pispk.job.riwayat.Kabupaten.PKM_SOE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/**
 * Three nights in a row on the real job, one person changing per night, so every finding's fate is
 * known: JKN-01 is raised for whoever has no PCare row that night.
 * <pre>
 *             PCare rows       JKN-01 open            resolved that night
 *   1 Nov     Beni, Elias      Agus, Cornelis, Daniel  -
 *   2 Nov     Cornelis, Elias  Agus, Beni, Daniel      Cornelis
 *   3 Nov     Agus, Elias      Beni, Cornelis, Daniel  Agus   (Cornelis is back: a new episode)
 * </pre>
 */
class RiwayatFunctionalTests extends NightlyJobSupport {

    static final LocalDate N1 = LocalDate.of(2026, 11, 1);
    static final LocalDate N2 = LocalDate.of(2026, 11, 2);
    static final LocalDate N3 = LocalDate.of(2026, 11, 3);
    static final Set<Kabupaten.Orang> PCARE_N1 = Set.of(BENI, ELIAS);
    static final Set<Kabupaten.Orang> PCARE_N2 = Set.of(CORNELIS, ELIAS);
    static final Set<Kabupaten.Orang> PCARE_N3 = Set.of(AGUS, ELIAS);

    @Autowired
    RiwayatStore riwayat;

    @Test
    void threeNightsNewStillOpenAndResolved() throws Exception {
        night(N1, PCARE_N1, false);
        List<Map<String, String>> t1 = temuanCsv(N1);
        assertThat(jkn01(t1, AGUS)).containsEntry("status", "Baru").containsEntry("pertama_terlihat", "2026-11-01");
        assertThat(jkn01(t1, CORNELIS)).containsEntry("status", "Baru").containsEntry("pertama_terlihat", "2026-11-01");
        assertThat(jkn01(t1, DANIEL)).containsEntry("status", "Baru");
        assertThat(jkn01(t1, BENI)).isNull();
        assertThat(jkn01(t1, ELIAS)).isNull();
        assertThat(resolvedList(workbook(N1, PKM_SOE))).isEmpty();
        String agus = jkn01(t1, AGUS).get("id_temuan");
        String cornelis = jkn01(t1, CORNELIS).get("id_temuan");
        String daniel = jkn01(t1, DANIEL).get("id_temuan");

        night(N2, PCARE_N2, false);
        List<Map<String, String>> t2 = temuanCsv(N2);
        assertThat(jkn01(t2, AGUS)).containsEntry("id_temuan", agus).containsEntry("status", "Masih terbuka")
                .containsEntry("pertama_terlihat", "2026-11-01");
        assertThat(jkn01(t2, BENI)).containsEntry("status", "Baru").containsEntry("pertama_terlihat", "2026-11-02");
        assertThat(jkn01(t2, DANIEL)).containsEntry("id_temuan", daniel).containsEntry("status", "Masih terbuka");
        assertThat(jkn01(t2, CORNELIS)).isNull();
        String beni = jkn01(t2, BENI).get("id_temuan");
        // the workbook: Status and Pertama Terlihat per row, and Cornelis in Soe's resolved list only
        assertThat(sheetRows(workbook(N2, PKM_SOE), JKN_SHEET))
                .extracting(r -> r.get("ID Temuan"), r -> r.get("Status"), r -> r.get("Pertama Terlihat"))
                .containsExactlyInAnyOrder(tuple(agus, "Masih terbuka", "2026-11-01"), tuple(beni, "Baru", "2026-11-02"));
        Map<String, Map<String, String>> resolvedSoe = resolvedList(workbook(N2, PKM_SOE));
        assertThat(resolvedSoe).containsOnlyKeys(cornelis);
        assertThat(resolvedSoe.get(cornelis)).containsEntry("Pertama Terlihat", "2026-11-01");
        assertThat(resolvedList(workbook(N2, PKM_KARANG))).isEmpty();

        night(N3, PCARE_N3, false);
        List<Map<String, String>> t3 = temuanCsv(N3);
        assertThat(jkn01(t3, AGUS)).isNull();
        assertThat(jkn01(t3, BENI)).containsEntry("status", "Masih terbuka").containsEntry("pertama_terlihat", "2026-11-02");
        // back after being resolved: a new episode, so Baru again, first seen tonight (same id)
        assertThat(jkn01(t3, CORNELIS)).containsEntry("id_temuan", cornelis).containsEntry("status", "Baru")
                .containsEntry("pertama_terlihat", "2026-11-03");
        assertThat(jkn01(t3, DANIEL)).containsEntry("status", "Masih terbuka")
                .containsEntry("pertama_terlihat", "2026-11-01");
        assertThat(resolvedList(workbook(N3, PKM_SOE))).containsOnlyKeys(agus);
        assertThat(resolvedList(workbook(N3, PKM_SOE)).get(agus)).containsEntry("Pertama Terlihat", "2026-11-01");

        // the history itself
        assertThat(riwayat.episodes(job)).filteredOn(e -> e.kodeAturan().equals("JKN-01"))
                .extracting(RiwayatStore.Episode::idTemuan, RiwayatStore.Episode::firstSeen,
                        RiwayatStore.Episode::lastSeen, RiwayatStore.Episode::resolvedOn,
                        RiwayatStore.Episode::kodePuskesmas)
                .containsExactlyInAnyOrder(
                        tuple(agus, N1, N2, N3, PKM_SOE),
                        tuple(beni, N2, N3, null, PKM_SOE),
                        tuple(cornelis, N1, N1, N2, PKM_SOE),
                        tuple(cornelis, N3, N3, null, PKM_SOE),
                        tuple(daniel, N1, N3, null, PKM_KARANG));
        assertThat(riwayat.runDates(job)).containsExactly(N1, N2, N3);
    }

    @Test
    void forcedRerunsNeverCorruptTheHistory() throws Exception {
        night(N1, PCARE_N1, false);
        night(N2, PCARE_N2, false);
        List<Map<String, String>> temuanN2 = temuanCsv(N2);
        night(N3, PCARE_N3, false);
        List<List<Object>> history = historyRows();
        List<Map<String, String>> temuanN3 = temuanCsv(N3);
        byte[] reportN3 = Files.readAllBytes(outDir(N3).resolve("umpan-balik-laporan.csv"));

        // the latest night again, same inputs: same history, same findings and statuses
        night(N3, PCARE_N3, true);
        assertThat(historyRows()).isEqualTo(history);
        assertThat(temuanCsv(N3)).isEqualTo(temuanN3);
        assertThat(Files.readAllBytes(outDir(N3).resolve("umpan-balik-laporan.csv"))).isEqualTo(reportN3);

        // an earlier night again: taken back and applied again with the later night, in order
        night(N2, PCARE_N2, true);
        assertThat(historyRows()).isEqualTo(history);
        assertThat(temuanCsv(N2)).isEqualTo(temuanN2);
        assertThat(riwayat.runDates(job)).containsExactly(N1, N2, N3);

        // the latest night with other inputs changes the history; with its own inputs it is back as it was
        night(N3, PCARE_N2, true);
        assertThat(historyRows()).isNotEqualTo(history);
        assertThat(jkn01(temuanCsv(N3), CORNELIS)).isNull();
        night(N3, PCARE_N3, true);
        assertThat(historyRows()).isEqualTo(history);
        assertThat(temuanCsv(N3)).isEqualTo(temuanN3);
    }

    /**
     * A night whose PCare export holds nobody (as when the export failed): without the coverage
     * check every member answering "Ya" would be JKN-01 that night, and every open JKN-01 would be
     * "resolved", to come back as Baru the night after.
     */
    @Test
    void aNightWithoutPcareNeitherRaisesNorResolvesJkn01() throws Exception {
        night(N1, PCARE_N1, false);
        String agus = jkn01(temuanCsv(N1), AGUS).get("id_temuan");

        night(N2, Set.of(), false);
        assertThat(temuanCsv(N2)).noneMatch(r -> r.get("kode_aturan").equals("JKN-01"));
        JsonNode kurang = JsonMapper.builder().build()
                .readTree(outDir(N2).resolve("ringkasan.json").toFile()).get("sumber_tidak_ada");
        // this kabupaten never sends e-PPGBM or KUA: listed, but not as missing exports
        Map<String, JsonNode> bySource = new TreeMap<>();
        kurang.forEach(k -> bySource.put(k.get("sumber").asString(), k));
        assertThat(bySource).containsOnlyKeys("PCare", "e-PPGBM", "KUA");
        assertThat(bySource.get("PCare").get("kode_puskesmas").isNull()).isTrue();
        assertThat(bySource.get("PCare").get("ada_sebelumnya").asBoolean()).isTrue();
        assertThat(bySource.get("PCare").get("aturan_tidak_dinilai").toString()).contains("JKN-01", "HT-01");
        assertThat(bySource.get("e-PPGBM").get("ada_sebelumnya").asBoolean()).isFalse();
        assertThat(bySource.get("KUA").get("ada_sebelumnya").asBoolean()).isFalse();
        assertThat(perhatian(workbook(N2, PKM_SOE))).singleElement().asString().contains("PCare", "JKN-01");
        assertThat(riwayat.episodes(job)).filteredOn(e -> e.kodeAturan().equals("JKN-01"))
                .allMatch(e -> e.resolvedOn() == null && e.lastSeen().equals(N1)).hasSize(3);

        // PCare is back: the same episodes go on
        night(N3, PCARE_N1, false);
        assertThat(jkn01(temuanCsv(N3), AGUS)).containsEntry("id_temuan", agus)
                .containsEntry("status", "Masih terbuka").containsEntry("pertama_terlihat", "2026-11-01");
        assertThat(riwayat.episodes(job)).filteredOn(e -> e.kodeAturan().equals("JKN-01"))
                .extracting(RiwayatStore.Episode::firstSeen, RiwayatStore.Episode::lastSeen,
                        RiwayatStore.Episode::resolvedOn)
                .containsOnly(tuple(N1, N3, null));
        assertThat(perhatian(workbook(N3, PKM_SOE))).isEmpty();
    }

    /** The texts of the Ringkasan sheet's "Perhatian" rows. */
    static List<String> perhatian(Path workbook) throws IOException {
        List<String> texts = new ArrayList<>();
        try (XSSFWorkbook wb = new XSSFWorkbook(
                Files.newInputStream(workbook))) {
            for (Row row : wb.getSheet("Ringkasan")) {
                if (row.getCell(0) != null && "Perhatian".equals(text(row.getCell(0)))) {
                    texts.add(text(row.getCell(1)));
                }
            }
        }
        return texts;
    }
}
