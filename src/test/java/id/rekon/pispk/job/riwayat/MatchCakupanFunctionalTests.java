package id.rekon.pispk.job.riwayat;

import id.rekon.pispk.job.launch.RunParameters;
import id.rekon.pispk.store.RiwayatStore;
import org.junit.jupiter.api.Test;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.beans.factory.annotation.Autowired;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static id.rekon.pispk.job.riwayat.Kabupaten.PKM_SOE;
import static id.rekon.pispk.job.riwayat.RiwayatFunctionalTests.N1;
import static id.rekon.pispk.job.riwayat.RiwayatFunctionalTests.N2;
import static id.rekon.pispk.job.riwayat.RiwayatFunctionalTests.N3;
import static id.rekon.pispk.job.riwayat.RiwayatFunctionalTests.PCARE_N1;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/**
 * MATCH-01 held per program on the real job. Puskesmas Kota Soe has two pairs on the first night:
 * MARKUS LOPO, in PIS-PK without a NIK, with his PCare row; the baby MARIA NAHAK, in PIS-PK without
 * a NIK, with her e-PPGBM row under a dummy NIK. The second night has no PCare at all, and MARIA's
 * NIK is fixed in both sources (her pair goes away). The third night PCare is back.
 * <pre>
 *            PCare   MARKUS (PCare pair)        MARIA (e-PPGBM pair)
 *   1 Nov    yes     Baru                       Baru
 *   2 Nov    none    held: open, not resolved   resolved (e-PPGBM arrived)
 *   3 Nov    yes     Masih terbuka since 1 Nov  -
 * </pre>
 * Before the hold was per program, MARKUS's pair was resolved on 2 Nov and came back as Baru.
 * Names and numbers are synthetic.
 */
class MatchCakupanFunctionalTests extends NightlyJobSupport {

    private static final String DUMMY = "5302010000000000";
    private static final String NIK_MARIA = "5302014503260010";

    @Autowired
    RiwayatStore riwayat;

    JobExecution malam(LocalDate date, boolean pcare, boolean mariaFixed) throws Exception {
        Path inbox = dir.resolve("inbox");
        Kabupaten.inbox(inbox, pcare ? PCARE_N1 : Set.of());
        append(inbox.resolve("keluarga.csv"), """
                K006,5302012001200006,YOHANES NAHAK,Jl. Contoh,001/002,5302011001,Kampung Baru,Kota Soe,P5302010101,Puskesmas Kota Soe,15/10/2026,Y,Y
                K008,5302012001200008,MARKUS LOPO,Jl. Contoh,001/002,5302011001,Kampung Baru,Kota Soe,P5302010101,Puskesmas Kota Soe,15/10/2026,Y,Y
                """);
        append(inbox.resolve("anggota.csv"), """
                K006,1,5302011204900006,YOHANES NAHAK,Kepala Keluarga,12/04/1990,L,Kawin,,Tidak,
                K006,2,5302015507920007,MARIA GORETI,Istri,15/07/1992,P,Kawin,,Tidak,
                K006,3,%s,MARIA NAHAK,Anak,05/03/2026,P,Belum Kawin,,Tidak,
                K008,1,,MARKUS LOPO,Kepala Keluarga,15/06/1975,L,Kawin,,Ya,
                """.formatted(mariaFixed ? NIK_MARIA : ""));
        if (pcare) {
            String json = Files.readString(inbox.resolve("pcare.json"), StandardCharsets.UTF_8).strip();
            json = json.substring(0, json.length() - 1) + ",\n{\"noKartu\":\"0001234567890\",\"noKTP\":\"5302011506750011\","
                    + "\"nama\":\"MARKUS LOPO\",\"sex\":\"L\",\"tglLahir\":\"15-06-1975\",\"jnsPeserta\":{\"nama\":\"PBI APBN\"},"
                    + "\"aktif\":true,\"ketAktif\":\"AKTIF\",\"kdProviderPst\":{\"kdProvider\":\"0123B456\","
                    + "\"nmProvider\":\"PKM\"},\"pstProl\":\"\"}]\n";
            write(inbox.resolve("pcare.json"), json);
        }
        write(inbox.resolve("eppgbm.csv"), "No,NIK,Nama,JK,Tgl Lahir,Nama Ortu,Pukesmas,Desa/Kel,Posyandu,"
                + "Tanggal Pengukuran,Berat,Tinggi\n"
                + "1," + (mariaFixed ? NIK_MARIA : DUMMY) + ",MARIA NAHAK,P,05/03/2026,MARIA GORETI / YOHANES NAHAK,"
                + "Puskesmas Kota Soe,Kampung Baru,Melati,20/10/2026,7.1,65\n");
        for (String f : List.of("keluarga.csv", "anggota.csv")) {
            Files.setLastModifiedTime(inbox.resolve(f), FileTime.from(Instant.now().minus(1, ChronoUnit.HOURS)));
        }
        JobExecution e = jobOperator.start(rekonJob, RunParameters.of(definition(), date).toJobParameters(false));
        assertThat(e.getStatus()).as("job %s on %s: %s", job, date, e.getAllFailureExceptions())
                .isEqualTo(BatchStatus.COMPLETED);
        return e;
    }

    private static void append(Path file, String lines) throws IOException {
        Files.writeString(file, lines, StandardCharsets.UTF_8, StandardOpenOption.APPEND);
    }

    private static void write(Path file, String text) throws IOException {
        Files.writeString(file, text, StandardCharsets.UTF_8);
        Files.setLastModifiedTime(file, FileTime.from(Instant.now().minus(1, ChronoUnit.HOURS)));
    }

    private List<Map<String, String>> match01(LocalDate date, String nama) throws IOException {
        return temuanCsv(date).stream()
                .filter(r -> r.get("kode_aturan").equals("MATCH-01") && r.get("nama").equals(nama)).toList();
    }

    @Test
    void aNightWithoutPcareHoldsThePcarePairAndResolvesTheEppgbmPairThatWentAway() throws Exception {
        malam(N1, true, false);
        assertThat(match01(N1, "MARKUS LOPO")).singleElement().satisfies(r -> assertThat(r)
                .containsEntry("pasangan_sumber", "PCare").containsEntry("status", "Baru"));
        assertThat(match01(N1, "MARIA NAHAK")).singleElement().satisfies(r -> assertThat(r)
                .containsEntry("pasangan_sumber", "e-PPGBM"));
        String markus = match01(N1, "MARKUS LOPO").get(0).get("id_temuan");
        String maria = match01(N1, "MARIA NAHAK").get(0).get("id_temuan");

        malam(N2, false, true);
        assertThat(match01(N2, "MARKUS LOPO")).isEmpty();
        assertThat(match01(N2, "MARIA NAHAK")).isEmpty();
        assertThat(RiwayatFunctionalTests.perhatian(workbook(N2, PKM_SOE))).singleElement().asString()
                .contains("PCare", "JKN-01", "MATCH-01 (pasangan PIS-PK–PCare)");
        assertThat(riwayat.episodes(job)).filteredOn(e -> e.kodeAturan().equals("MATCH-01"))
                .extracting(RiwayatStore.Episode::idTemuan, RiwayatStore.Episode::lastSeen,
                        RiwayatStore.Episode::resolvedOn)
                .containsExactlyInAnyOrder(tuple(markus, N1, null), tuple(maria, N1, N2));

        malam(N3, true, true);
        assertThat(match01(N3, "MARKUS LOPO")).singleElement().satisfies(r -> assertThat(r)
                .containsEntry("id_temuan", markus).containsEntry("status", "Masih terbuka")
                .containsEntry("pertama_terlihat", "2026-11-01"));
        assertThat(riwayat.episodes(job)).filteredOn(e -> e.idTemuan().equals(markus))
                .extracting(RiwayatStore.Episode::firstSeen, RiwayatStore.Episode::lastSeen,
                        RiwayatStore.Episode::resolvedOn)
                .containsExactly(tuple(N1, N3, null));
    }
}
