package id.rekon.pispk.job.riwayat;

import id.rekon.pispk.umpanbalik.FeedbackFolder;
import id.rekon.pispk.umpanbalik.FeedbackReport;
import id.rekon.pispk.output.TemuanColumn;
import id.rekon.pispk.store.UmpanBalikStore;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static id.rekon.pispk.job.riwayat.Kabupaten.AGUS;
import static id.rekon.pispk.job.riwayat.Kabupaten.BENI;
import static id.rekon.pispk.job.riwayat.Kabupaten.CORNELIS;
import static id.rekon.pispk.job.riwayat.Kabupaten.DANIEL;
import static id.rekon.pispk.job.riwayat.Kabupaten.PKM_KARANG;
import static id.rekon.pispk.job.riwayat.Kabupaten.PKM_SOE;
import static id.rekon.pispk.job.riwayat.RiwayatFunctionalTests.N1;
import static id.rekon.pispk.job.riwayat.RiwayatFunctionalTests.N2;
import static id.rekon.pispk.job.riwayat.RiwayatFunctionalTests.N3;
import static id.rekon.pispk.job.riwayat.RiwayatFunctionalTests.PCARE_N1;
import static id.rekon.pispk.job.riwayat.RiwayatFunctionalTests.PCARE_N2;
import static id.rekon.pispk.job.riwayat.RiwayatFunctionalTests.PCARE_N3;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/**
 * The teams' returned workbooks on the real job: what they fill in on one night's workbook is on
 * the next night's, on the same {@code ID Temuan}; another puskesmas's workbook, edited rows and
 * values outside the dropdown are refused and reported, never applied blindly.
 */
class UmpanBalikFunctionalTests extends NightlyJobSupport {

    @Autowired
    UmpanBalikStore umpanBalik;

    @Test
    void feedbackRoundTrip() throws Exception {
        night(N1, PCARE_N1, false);
        List<Map<String, String>> t1 = temuanCsv(N1);
        String agus = jkn01(t1, AGUS).get("id_temuan");
        String cornelis = jkn01(t1, CORNELIS).get("id_temuan");
        Path soeN1 = workbook(N1, PKM_SOE);
        returnWorkbook(soeN1, feedbackFolder().resolve(soeN1.getFileName()), wb -> {
            setCell(wb, JKN_SHEET, agus, "Tindak Lanjut", "Sudah dikunjungi");
            setCell(wb, JKN_SHEET, agus, "Catatan", "Kunjungan rumah 2 Nov; kartu ada, belum aktif");
            setCell(wb, JKN_SHEET, cornelis, "Tindak Lanjut", "Data program diperbarui");
            setCell(wb, JKN_SHEET, cornelis, "Catatan", "Dilaporkan ke BPJS");
        });

        // night 2: Agus still open, Cornelis resolved, Beni new
        night(N2, PCARE_N2, false);
        String beni = jkn01(temuanCsv(N2), BENI).get("id_temuan");
        assertThat(sheetRows(workbook(N2, PKM_SOE), JKN_SHEET))
                .extracting(r -> r.get("ID Temuan"), r -> r.get("Status"), r -> r.get("Tindak Lanjut"), r -> r.get("Catatan"))
                .containsExactlyInAnyOrder(
                        tuple(agus, "Masih terbuka", "Sudah dikunjungi", "Kunjungan rumah 2 Nov; kartu ada, belum aktif"),
                        tuple(beni, "Baru", "Belum", ""));
        assertThat(resolvedList(workbook(N2, PKM_SOE)).get(cornelis))
                .containsEntry("Tindak Lanjut", "Data program diperbarui").containsEntry("Catatan", "Dilaporkan ke BPJS");
        // the file is moved out of the way, and the report names the rows taken
        Path processed = feedbackFolder().resolve(FeedbackFolder.DIPROSES).resolve(N2.toString());
        assertThat(processed.resolve(soeN1.getFileName())).exists();
        assertThat(feedbackFolder().resolve(soeN1.getFileName())).doesNotExist();
        List<Map<String, String>> report = csv(outDir(N2).resolve(FeedbackReport.FILE_NAME));
        assertThat(report).extracting(r -> r.get("id_temuan"), r -> r.get("hasil"))
                .containsExactlyInAnyOrder(tuple("", FeedbackReport.BERKAS_DIBACA), tuple(agus, "diterima"),
                        tuple(cornelis, "diterima"));
        assertThat(umpanBalik.all(job)).extracting(r -> r[0], r -> r[2], r -> r[4])
                .containsExactlyInAnyOrder(tuple(agus, "Sudah dikunjungi", N2), tuple(cornelis, "Data program diperbarui", N2));

        // the team returns night 2's workbook with a change of mind on Agus; Beni untouched
        Path soeN2 = workbook(N2, PKM_SOE);
        returnWorkbook(soeN2, feedbackFolder().resolve(soeN2.getFileName()),
                wb -> setCell(wb, JKN_SHEET, agus, "Tindak Lanjut", "Bukan masalah"));
        // and someone drops an untouched copy of night 1's workbook, read last: it must undo nothing
        Path oldCopy = feedbackFolder().resolve("P5302010101 Puskesmas Kota Soe (lama).xlsx");
        Files.copy(soeN1, oldCopy);
        Files.setLastModifiedTime(oldCopy, FileTime.from(Instant.now().plusSeconds(60)));
        night(N3, PCARE_N3, false);
        // Agus resolved tonight: the resolved list keeps the team's latest word
        assertThat(resolvedList(workbook(N3, PKM_SOE)).get(agus)).containsEntry("Tindak Lanjut", "Bukan masalah")
                .containsEntry("Catatan", "Kunjungan rumah 2 Nov; kartu ada, belum aktif");
        // Cornelis back: a new episode (Baru), the team's word stays with the id
        assertThat(sheetRows(workbook(N3, PKM_SOE), JKN_SHEET))
                .extracting(r -> r.get("ID Temuan"), r -> r.get("Status"), r -> r.get("Tindak Lanjut"), r -> r.get("Catatan"))
                .containsExactlyInAnyOrder(tuple(beni, "Masih terbuka", "Belum", ""),
                        tuple(cornelis, "Baru", "Data program diperbarui", "Dilaporkan ke BPJS"));
        assertThat(csv(outDir(N3).resolve(FeedbackReport.FILE_NAME)))
                .extracting(r -> r.get("id_temuan"), r -> r.get("hasil"))
                .containsExactlyInAnyOrder(tuple("", FeedbackReport.BERKAS_DIBACA), tuple(agus, "diterima"),
                        tuple("", FeedbackReport.BERKAS_DIBACA));

        // a forced rerun of night 3 reads the same returned workbook again, from diproses/: nothing doubles
        List<Object[]> stored = umpanBalik.all(job);
        night(N3, PCARE_N3, true);
        assertThat(umpanBalik.all(job)).hasSameSizeAs(stored);
        assertThat(resolvedList(workbook(N3, PKM_SOE)).get(agus)).containsEntry("Tindak Lanjut", "Bukan masalah");
    }

    @Test
    void anotherPuskesmasWorkbookAndEditedRowsAreRefusedAndReported() throws Exception {
        night(N1, PCARE_N1, false);
        List<Map<String, String>> t1 = temuanCsv(N1);
        String agus = jkn01(t1, AGUS).get("id_temuan");
        String cornelis = jkn01(t1, CORNELIS).get("id_temuan");
        String daniel = jkn01(t1, DANIEL).get("id_temuan");
        Path soe = workbook(N1, PKM_SOE);
        Path karang = workbook(N1, PKM_KARANG);
        Map<String, String> danielRow = sheetRows(karang, JKN_SHEET).get(0);

        // Karang Sirih's workbook saved under Soe's name
        returnWorkbook(karang, feedbackFolder().resolve("P5302010101 Puskesmas Kota Soe - salinan.xlsx"),
                wb -> setCell(wb, JKN_SHEET, daniel, "Tindak Lanjut", "Sudah dikunjungi"));
        // Soe's own workbook: an edited NIK, a value outside the dropdown, and a row of Karang Sirih pasted in
        returnWorkbook(soe, feedbackFolder().resolve(soe.getFileName()), wb -> {
            setCell(wb, JKN_SHEET, agus, "NIK", "5302011203810009");
            setCell(wb, JKN_SHEET, agus, "Tindak Lanjut", "Sudah dikunjungi");
            setCell(wb, JKN_SHEET, cornelis, "Tindak Lanjut", "Sudah beres");
            setCell(wb, JKN_SHEET, cornelis, "Catatan", "Ditelepon 3 Nov");
            Sheet sheet = wb.getSheet(JKN_SHEET);
            Row pasted = sheet.createRow(sheet.getLastRowNum() + 1);
            danielRow.forEach((header, value) -> pasted.createCell(column(sheet, header)).setCellValue(value));
            pasted.getCell(column(sheet, "Tindak Lanjut")).setCellValue("Sudah dikunjungi");
        });
        Files.writeString(feedbackFolder().resolve("catatan.txt"), "bukan buku kerja");
        Files.write(feedbackFolder().resolve("rusak.xlsx"), new byte[] {'P', 'K', 3, 4, 0, 0, 9, 9});

        night(N2, PCARE_N1, false);

        List<Map<String, String>> report = csv(outDir(N2).resolve(FeedbackReport.FILE_NAME));
        assertThat(report).extracting(r -> r.get("berkas"), r -> r.get("id_temuan"), r -> r.get("hasil"))
                .containsExactlyInAnyOrder(
                        tuple("P5302010101 Puskesmas Kota Soe - salinan.xlsx", "", FeedbackReport.BERKAS_DITOLAK),
                        tuple(soe.getFileName().toString(), "", FeedbackReport.BERKAS_DIBACA),
                        tuple(soe.getFileName().toString(), agus, "ditolak"),
                        tuple(soe.getFileName().toString(), cornelis, "sebagian diterima"),
                        tuple(soe.getFileName().toString(), daniel, "ditolak"),
                        tuple("catatan.txt", "", FeedbackReport.BERKAS_TIDAK_TERBACA),
                        tuple("rusak.xlsx", "", FeedbackReport.BERKAS_TIDAK_TERBACA));
        assertThat(reason(report, "P5302010101 Puskesmas Kota Soe - salinan.xlsx", ""))
                .contains(PKM_SOE).contains(PKM_KARANG).contains("puskesmas lain");
        assertThat(reason(report, soe.getFileName().toString(), agus)).contains("NIK").doesNotContain("Nama");
        assertThat(reason(report, soe.getFileName().toString(), daniel)).contains("milik puskesmas " + PKM_KARANG);
        assertThat(reason(report, soe.getFileName().toString(), cornelis)).contains("tidak ada di daftar pilihan");
        // never a NIK or a name in the report, not even the edited one or what the team typed
        String reportText = Files.readString(outDir(N2).resolve(FeedbackReport.FILE_NAME), StandardCharsets.UTF_8);
        for (Kabupaten.Orang o : Kabupaten.SEMUA) {
            assertThat(reportText).doesNotContain(o.nik()).doesNotContain(o.nama());
        }
        assertThat(reportText).doesNotContain("5302011203810009").doesNotContain("Sudah beres");

        // nothing refused was stored; the note of the row outside the dropdown was. The next night's row
        // shows the team's own values back, with the reason they were not taken (never a silent "Belum")
        String alasan = TemuanColumn.UMPAN_BALIK_DITOLAK.header();
        Map<String, Map<String, String>> soeN2 = new java.util.HashMap<>();
        sheetRows(workbook(N2, PKM_SOE), JKN_SHEET).forEach(r -> soeN2.put(r.get("ID Temuan"), r));
        assertThat(soeN2.get(agus)).containsEntry("Tindak Lanjut", "Sudah dikunjungi").containsEntry("Catatan", "");
        assertThat(soeN2.get(agus).get(alasan)).isEqualTo(reason(report, soe.getFileName().toString(), agus))
                .contains("NIK");
        assertThat(soeN2.get(cornelis)).containsEntry("Tindak Lanjut", "Sudah beres")
                .containsEntry("Catatan", "Ditelepon 3 Nov");
        assertThat(soeN2.get(cornelis).get(alasan)).contains("tidak ada di daftar pilihan");
        // Soe's words on Karang Sirih's finding never reach Karang Sirih's workbook
        assertThat(sheetRows(workbook(N2, PKM_KARANG), JKN_SHEET))
                .extracting(r -> r.get("ID Temuan"), r -> r.get("Tindak Lanjut"), r -> r.get(alasan))
                .containsExactly(tuple(daniel, "Belum", ""));

        assertThat(umpanBalik.all(job)).extracting(r -> r[0], r -> r[2], r -> r[3])
                .containsExactly(tuple(cornelis, "Belum", "Ditelepon 3 Nov"));

        // files read move to diproses/<date>; files that could not be read wait for the operator
        Path processed = feedbackFolder().resolve(FeedbackFolder.DIPROSES).resolve(N2.toString());
        try (Stream<Path> moved = Files.list(processed)) {
            assertThat(moved.map(p -> p.getFileName().toString())).containsExactlyInAnyOrder(
                    "P5302010101 Puskesmas Kota Soe - salinan.xlsx", soe.getFileName().toString());
        }
        assertThat(feedbackFolder().resolve("catatan.txt")).exists();
        assertThat(feedbackFolder().resolve("rusak.xlsx")).exists();

        // once corrected on a later night, the refusal disappears: the reason is tonight's, not forever
        Path soeN2File = workbook(N2, PKM_SOE);
        returnWorkbook(soeN2File, feedbackFolder().resolve(soeN2File.getFileName()),
                wb -> setCell(wb, JKN_SHEET, cornelis, "Tindak Lanjut", "Sudah dikunjungi"));
        night(N3, PCARE_N1, false);
        Map<String, String> cornelisN3 = sheetRows(workbook(N3, PKM_SOE), JKN_SHEET).stream()
                .filter(r -> r.get("ID Temuan").equals(cornelis)).findFirst().orElseThrow();
        assertThat(cornelisN3).containsEntry("Tindak Lanjut", "Sudah dikunjungi").containsEntry(alasan, "");
        // Agus's row went back as shown (the team's value, now beside the right NIK): taken this time
        Map<String, String> agusN3 = sheetRows(workbook(N3, PKM_SOE), JKN_SHEET).stream()
                .filter(r -> r.get("ID Temuan").equals(agus)).findFirst().orElseThrow();
        assertThat(agusN3).containsEntry("Tindak Lanjut", "Sudah dikunjungi").containsEntry(alasan, "");
    }

    private static String reason(List<Map<String, String>> report, String file, String id) {
        return report.stream().filter(r -> r.get("berkas").equals(file) && r.get("id_temuan").equals(id))
                .map(r -> r.get("alasan")).findFirst().orElseThrow();
    }

}
