package id.rekon.pispk.job.riwayat;

import id.rekon.pispk.umpanbalik.FeedbackReport;
import id.rekon.pispk.job.launch.RunParameters;
import id.rekon.pispk.model.RuleFamily;
import id.rekon.pispk.store.RunKey;
import id.rekon.pispk.store.UmpanBalikStore;
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
 * MATCH-01 decisions on the real job, night after night: a pair a team marks "Bukan orang yang
 * sama" in its returned workbook is not proposed in the next night's run (each record is then
 * reported by the rosters), a pair marked "Orang yang sama" stays proposed and shows the team's
 * choice, the report says what was taken, and the decisions are kept with who sent them and when.
 *
 * <p>Two babies of puskesmas Kota Soe are in PIS-PK without a NIK and in e-PPGBM under a dummy NIK
 * (the kecamatan code and zeros): MARIA NAHAK and YOSEF TEFU, synthetic.
 */
class KeputusanPasanganFunctionalTests extends NightlyJobSupport {

    static final String SHEET = RuleFamily.IDENTITAS.sheetName();
    private static final String DUMMY = "5302010000000000";

    @Autowired
    UmpanBalikStore umpanBalik;

    /** Tonight's inbox: the history tests' kabupaten, two families with a baby, and e-PPGBM. */
    JobExecution nightWithBabies(LocalDate date, boolean force) throws Exception {
        Path inbox = dir.resolve("inbox");
        Kabupaten.inbox(inbox, PCARE_N1);
        append(inbox.resolve("keluarga.csv"), """
                K006,5302012001200006,YOHANES NAHAK,Jl. Contoh,001/002,5302011001,Kampung Baru,Kota Soe,P5302010101,Puskesmas Kota Soe,15/10/2026,Y,Y
                K007,5302012001200007,LUKAS TEFU,Jl. Contoh,001/002,5302011001,Kampung Baru,Kota Soe,P5302010101,Puskesmas Kota Soe,15/10/2026,Y,Y
                """);
        append(inbox.resolve("anggota.csv"), """
                K006,1,5302011204900006,YOHANES NAHAK,Kepala Keluarga,12/04/1990,L,Kawin,,Tidak,
                K006,2,5302015507920007,MARIA GORETI,Istri,15/07/1992,P,Kawin,,Tidak,
                K006,3,,MARIA NAHAK,Anak,05/03/2026,P,Belum Kawin,,Tidak,
                K007,1,5302010301880008,LUKAS TEFU,Kepala Keluarga,03/01/1988,L,Kawin,,Tidak,
                K007,2,5302016009910009,RUTH FEBRIANTI,Istri,20/09/1991,P,Kawin,,Tidak,
                K007,3,,YOSEF TEFU,Anak,20/09/2025,L,Belum Kawin,,Tidak,
                """);
        write(inbox.resolve("eppgbm.csv"), "No,NIK,Nama,JK,Tgl Lahir,Nama Ortu,Pukesmas,Desa/Kel,Posyandu,"
                + "Tanggal Pengukuran,Berat,Tinggi\n"
                + "1," + DUMMY + ",MARIA NAHAK,P,05/03/2026,MARIA GORETI / YOHANES NAHAK,Puskesmas Kota Soe,"
                + "Kampung Baru,Melati,20/10/2026,7.1,65\n"
                + "2," + DUMMY + ",YOSEF TEFU,L,20/09/2025,RUTH FEBRIANTI / LUKAS TEFU,Puskesmas Kota Soe,"
                + "Kampung Baru,Melati,20/10/2026,9.4,74\n");
        for (String f : List.of("keluarga.csv", "anggota.csv")) {
            Files.setLastModifiedTime(inbox.resolve(f), FileTime.from(Instant.now().minus(1, ChronoUnit.HOURS)));
        }
        JobExecution e = jobOperator.start(rekonJob, RunParameters.of(definition(), date).toJobParameters(force));
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

    /** The {@code temuan.csv} rows of {@code rule} about the baby named {@code nama}. */
    private List<Map<String, String>> findings(LocalDate date, String rule, String nama) throws IOException {
        return temuanCsv(date).stream().filter(r -> r.get("kode_aturan").equals(rule) && r.get("nama").equals(nama))
                .toList();
    }

    private String match01(LocalDate date, String nama) throws IOException {
        List<Map<String, String>> rows = findings(date, "MATCH-01", nama);
        assertThat(rows).as("MATCH-01 for %s on %s", nama, date).hasSize(1);
        return rows.get(0).get("id_temuan");
    }

    @Test
    void aPairMarkedNotTheSamePersonIsNotProposedAgainAndOneMarkedTheSameStays() throws Exception {
        nightWithBabies(N1, false);
        String maria = match01(N1, "MARIA NAHAK");
        String yosef = match01(N1, "YOSEF TEFU");
        // one action per person: the pair silences the rosters
        assertThat(findings(N1, "BALITA-02", "MARIA NAHAK")).isEmpty();
        assertThat(findings(N1, "BALITA-01", "MARIA NAHAK")).isEmpty();

        Path soeN1 = workbook(N1, PKM_SOE);
        returnWorkbook(soeN1, feedbackFolder().resolve(soeN1.getFileName()), wb -> {
            setCell(wb, SHEET, maria, "Tindak Lanjut", "Bukan orang yang sama");
            setCell(wb, SHEET, maria, "Catatan", "Ibu berbeda, dicek di posyandu");
            setCell(wb, SHEET, yosef, "Tindak Lanjut", "Orang yang sama");
        });

        nightWithBabies(N2, false);
        // Maria's pair is gone; each of her records is reported by the rosters instead
        assertThat(findings(N2, "MATCH-01", "MARIA NAHAK")).isEmpty();
        assertThat(findings(N2, "BALITA-02", "MARIA NAHAK")).hasSize(1);
        assertThat(findings(N2, "BALITA-01", "MARIA NAHAK")).hasSize(1);
        // the finding is resolved in the history, with the team's word on the Ringkasan
        assertThat(resolvedList(workbook(N2, PKM_SOE)).get(maria))
                .containsEntry("Tindak Lanjut", "Bukan orang yang sama")
                .containsEntry("Catatan", "Ibu berbeda, dicek di posyandu");
        // Yosef's pair stays, showing it is confirmed, until a NIK is fixed at the source
        assertThat(match01(N2, "YOSEF TEFU")).isEqualTo(yosef);
        assertThat(sheetRows(workbook(N2, PKM_SOE), SHEET)).filteredOn(r -> r.get("ID Temuan").equals(yosef))
                .extracting(r -> r.get("Status"), r -> r.get("Tindak Lanjut"))
                .containsExactly(tuple("Masih terbuka", "Orang yang sama"));

        // the report says what was taken and what it does; no name or NIK in it
        List<Map<String, String>> report = csv(outDir(N2).resolve(FeedbackReport.FILE_NAME));
        assertThat(report).filteredOn(r -> r.get("id_temuan").equals(maria))
                .extracting(r -> r.get("hasil"), r -> r.get("alasan"))
                .singleElement().satisfies(t -> {
                    assertThat(t.toList().get(0)).isEqualTo("diterima");
                    assertThat((String) t.toList().get(1)).contains("bukan orang yang sama", "tidak diusulkan lagi");
                });
        assertThat(report).filteredOn(r -> r.get("id_temuan").equals(yosef))
                .extracting(r -> r.get("alasan")).singleElement().asString().contains("orang yang sama");
        assertThat(Files.readString(outDir(N2).resolve(FeedbackReport.FILE_NAME)))
                .doesNotContain("MARIA").doesNotContain("YOSEF").doesNotContain(DUMMY);

        // who decided and when
        assertThat(umpanBalik.allKeputusan(job)).extracting(r -> r[0], r -> r[1], r -> r[2], r -> r[3], r -> r[4])
                .containsExactlyInAnyOrder(tuple(maria, PKM_SOE, "BUKAN", N2, soeN1.getFileName().toString()),
                        tuple(yosef, PKM_SOE, "SAMA", N2, soeN1.getFileName().toString()));
        assertThat(umpanBalik.pasanganDitolak(new RunKey(job, N2))).hasSize(1);
        // a rerun of an earlier night does not see a decision received later
        assertThat(umpanBalik.pasanganDitolak(new RunKey(job, N1))).isEmpty();

        // the next night and a forced rerun of it: still not proposed, nothing doubled
        nightWithBabies(N3, false);
        assertThat(findings(N3, "MATCH-01", "MARIA NAHAK")).isEmpty();
        nightWithBabies(N2, true);
        assertThat(findings(N2, "MATCH-01", "MARIA NAHAK")).isEmpty();
        assertThat(umpanBalik.allKeputusan(job)).hasSize(2);
    }

    @Test
    void aWrongChoiceOnAMatchRowIsRefusedWithAReasonAndShownBack() throws Exception {
        nightWithBabies(N1, false);
        String maria = match01(N1, "MARIA NAHAK");
        Path soeN1 = workbook(N1, PKM_SOE);
        returnWorkbook(soeN1, feedbackFolder().resolve(soeN1.getFileName()),
                wb -> setCell(wb, SHEET, maria, "Tindak Lanjut", "Sudah dikunjungi"));

        nightWithBabies(N2, false);
        List<Map<String, String>> report = csv(outDir(N2).resolve(FeedbackReport.FILE_NAME));
        assertThat(report).filteredOn(r -> r.get("id_temuan").equals(maria))
                .extracting(r -> r.get("hasil"), r -> r.get("alasan"))
                .singleElement().satisfies(t -> {
                    assertThat(t.toList().get(0)).isEqualTo("ditolak");
                    assertThat((String) t.toList().get(1)).contains("daftar pilihan MATCH-01")
                            .doesNotContain("MARIA").doesNotContain(DUMMY);
                });
        // nothing decided: the pair is still proposed, and the row shows why the word was not taken
        assertThat(umpanBalik.allKeputusan(job)).isEmpty();
        assertThat(sheetRows(workbook(N2, PKM_SOE), SHEET)).filteredOn(r -> r.get("ID Temuan").equals(maria))
                .singleElement().satisfies(r -> assertThat(r.get("Isian Sebelumnya Tidak Diterima"))
                        .contains("daftar pilihan MATCH-01"));
    }

    @Test
    void aTeamThatChangesItsMindBringsThePairBack() throws Exception {
        nightWithBabies(N1, false);
        String maria = match01(N1, "MARIA NAHAK");
        Path soeN1 = workbook(N1, PKM_SOE);
        Path returned = feedbackFolder().resolve(soeN1.getFileName());
        returnWorkbook(soeN1, returned, wb -> setCell(wb, SHEET, maria, "Tindak Lanjut", "Bukan orang yang sama"));
        nightWithBabies(N2, false);
        assertThat(findings(N2, "MATCH-01", "MARIA NAHAK")).isEmpty();

        // the team's copy of night 1's workbook, now saying it is the same child
        returnWorkbook(soeN1, feedbackFolder().resolve("P5302010101 Puskesmas Kota Soe (koreksi).xlsx"),
                wb -> setCell(wb, SHEET, maria, "Tindak Lanjut", "Orang yang sama"));
        nightWithBabies(N3, false);
        assertThat(match01(N3, "MARIA NAHAK")).isEqualTo(maria);
        assertThat(findings(N3, "BALITA-02", "MARIA NAHAK")).isEmpty();
        assertThat(umpanBalik.pasanganDitolak(new RunKey(job, N3))).isEmpty();
        assertThat(umpanBalik.allKeputusan(job)).extracting(r -> r[2], r -> r[3])
                .containsExactly(tuple("BUKAN", N2), tuple("SAMA", N3));
    }

    @Test
    void theOperatorUndoesADecisionWithTheSqlOfTheDocs() throws Exception {
        nightWithBabies(N1, false);
        String maria = match01(N1, "MARIA NAHAK");
        Path soeN1 = workbook(N1, PKM_SOE);
        returnWorkbook(soeN1, feedbackFolder().resolve(soeN1.getFileName()), wb -> {
            setCell(wb, SHEET, maria, "Tindak Lanjut", "Bukan orang yang sama");
            setCell(wb, SHEET, maria, "Catatan", "beda ibu");
        });
        nightWithBabies(N2, false);
        assertThat(findings(N2, "MATCH-01", "MARIA NAHAK")).isEmpty();

        // docs/pencocokan.md, "Membatalkan keputusan"
        jdbc.update("DELETE FROM rekon_keputusan_pasangan WHERE job_name = ? AND id_temuan = ?", job, maria);
        jdbc.update("UPDATE rekon_umpan_balik SET tindak_lanjut = 'Belum' WHERE job_name = ? AND id_temuan = ?"
                + " AND tindak_lanjut = 'Bukan orang yang sama'", job, maria);
        nightWithBabies(N3, false);
        assertThat(match01(N3, "MARIA NAHAK")).isEqualTo(maria);
        assertThat(sheetRows(workbook(N3, PKM_SOE), SHEET)).filteredOn(r -> r.get("ID Temuan").equals(maria))
                .extracting(r -> r.get("Status"), r -> r.get("Tindak Lanjut"), r -> r.get("Catatan"))
                .containsExactly(tuple("Baru", "Belum", "beda ibu"));

        // and the team can decide again on the new workbook
        Path soeN3 = workbook(N3, PKM_SOE);
        returnWorkbook(soeN3, feedbackFolder().resolve(soeN3.getFileName()),
                wb -> setCell(wb, SHEET, maria, "Tindak Lanjut", "Bukan orang yang sama"));
        nightWithBabies(N3.plusDays(1), false);
        assertThat(findings(N3.plusDays(1), "MATCH-01", "MARIA NAHAK")).isEmpty();
    }

    @Test
    void withoutReturnedWorkbooksNothingIsHeldBack() throws Exception {
        nightWithBabies(N1, false);
        nightWithBabies(N2, false);
        assertThat(match01(N2, "MARIA NAHAK")).isEqualTo(match01(N1, "MARIA NAHAK"));
        assertThat(umpanBalik.pasanganDitolak(new RunKey(job, N2))).isEqualTo(Set.of());
    }
}
