package id.rekon.pispk.job;

import id.rekon.pispk.umpanbalik.FeedbackReport;
import id.rekon.pispk.output.Karantina;
import id.rekon.pispk.source.HostileFiles;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * One night with crafted files beside a good inbox, in a child JVM with a 256 MB heap: a far cell
 * reference, hundreds of sheets, an 18 MB {@code .xls} of blank cells, giant numbers, a line of megabytes,
 * a headerless export, names of 250 bytes and with line breaks and ANSI escapes, a symbolic link to a file
 * outside, a folder and a FIFO, and a poisoned workbook returned to the feedback folder. The night completes
 * (exit 2), every row of the good files is stored, each bad file is named with its reason and moved to
 * quarantine, and no NIK (in any written form) or name of the input reaches a log or a summary.
 */
class HostileInputFunctionalTests {

    static final String DATE = "2026-11-01";
    static final int FAMILIES = 12;
    static final String LONG_NAME = "a".repeat(240) + ".csv";
    static final String FORGED_NAME = "x\r\n01:00:00 INFO  Selesai.\u001B[31m.csv";
    static final List<String> REFUSED = List.of("jauh-ZZZZZZ9.xlsx", "jauh-XFE1.xlsx", "jauh-A1048577.xlsx",
            "600-lembar.xlsx", "panjang.csv", "tanpa-judul.csv", LONG_NAME, FORGED_NAME);
    static final List<String> HEADERLESS_NIKS = List.of("5302011507900031", "5302014508880032", "5302010304920033");
    static final List<String> HEADERLESS_NAMES = List.of("SITI AMINAH", "YOHANES BOSCO", "MARIA GORETTI");

    @TempDir
    static Path base;
    static Path dir;
    static ChildJvm.Finished night;
    static Path outDir;

    @BeforeAll
    static void aNightWithHostileFiles() throws Exception {
        dir = RestartFunctionalTestsSupport.scenario(base, "bermusuhan", FAMILIES);
        Path inbox = dir.resolve("inbox");
        HostileFiles.farCell(inbox.resolve("jauh-ZZZZZZ9.xlsx"), "ZZZZZZ9");
        HostileFiles.farCell(inbox.resolve("jauh-XFE1.xlsx"), "XFE1");
        HostileFiles.farCell(inbox.resolve("jauh-A1048577.xlsx"), "A1048577");
        HostileFiles.manySheets(inbox.resolve("600-lembar.xlsx"), 600);
        HostileFiles.blankXls(inbox.resolve("kosong.xls"), 35_000, HostileFiles.ANGGOTA);
        HostileFiles.numberCells(inbox.resolve("angka-raksasa.xlsx"), List.of(HostileFiles.ANGGOTA),
                List.of("1E100000000", "1", "1E100000000", "9.99E+2147483647", "1", "1e-100000000", "1", "1"));
        Files.writeString(inbox.resolve("angka-raksasa.json"), """
                [{"noKartu":1E100000000,"noKTP":9.99E+2147483647,"nama":"X","sex":"L","tglLahir":1e-100000000,
                  "kdProviderPst":{"kdProvider":"0123B456"}}]
                """);
        HostileFiles.longLine(inbox.resolve("panjang.csv"), 3_000_000);
        Files.writeString(inbox.resolve("tanpa-judul.csv"),
                "5302.0115.0790.0031;SITI AMINAH;P;15-07-1990;KAMPUNG BARU\n"
                        + "5302 0145 0888 0032;YOHANES BOSCO;L;05-08-1988;KAMPUNG BARU\n"
                        + "5.30201030492E+15;MARIA GORETTI;P;03-04-1992;OEBOBO\n", StandardCharsets.UTF_8);
        Files.writeString(inbox.resolve(LONG_NAME), "foo;bar\n1;2\n");
        Files.writeString(inbox.resolve(FORGED_NAME), "foo;bar\n1;2\n");
        TinyKabupaten.ageAll(inbox);
        // After ageing: setting a FIFO's time opens it, which blocks until a writer comes.
        Path outside = Files.writeString(base.resolve("rahasia.txt"), "root:x:0:0:rahasia\n");
        Files.createSymbolicLink(inbox.resolve("tautan.csv"), outside);
        Files.createDirectory(inbox.resolve("subfolder"));
        new ProcessBuilder("mkfifo", inbox.resolve("pipa.csv").toString()).start().waitFor();
        Path feedback = Files.createDirectories(dir.resolve("out").resolve("umpan-balik"));
        HostileFiles.farCell(feedback.resolve("PKM Soe kembali.xlsx"), "ZZZZZZ9", "Ringkasan");

        night = ChildJvm.runWithHeap("-Xmx256m", dir, dir.resolve("data"), Map.of(), "run", "--job", "job.yml",
                "--run-date", DATE);
        outDir = dir.resolve("out").resolve(DATE);
    }

    @Test
    void the_night_completes_within_256_mb_with_exit_code_2() throws Exception {
        assertThat(night.exitCode()).as(night.output()).isEqualTo(2);
        assertThat(StoreCheck.executionStatuses(dir.resolve("data"))).containsOnly("COMPLETED");
        assertThat(night.output()).doesNotContain("OutOfMemoryError");
        assertThat(outDir.resolve("temuan.csv")).exists();
        assertThat(outDir.resolve("ringkasan.json")).exists();
        try (Stream<Path> s = Files.list(outDir.resolve("puskesmas"))) {
            assertThat(s.filter(p -> p.toString().endsWith(".xlsx")).count()).isEqualTo(2);
        }
    }

    @Test
    void every_row_of_the_good_files_is_stored() throws Exception {
        assertThat(StoreCheck.query(dir.resolve("data"), "SELECT file_name, rows_stored, error FROM rekon_file"
                + " WHERE file_name IN ('keluarga.csv', 'anggota.csv', 'pcare.json') ORDER BY file_name"))
                .containsExactly("anggota.csv|" + 3 * FAMILIES + "|null", "keluarga.csv|" + FAMILIES + "|null",
                        "pcare.json|" + (FAMILIES + FAMILIES / 3) + "|null");
        assertThat(StoreCheck.query(dir.resolve("data"), "SELECT error FROM rekon_file WHERE file_name IN"
                + " ('kosong.xls', 'angka-raksasa.xlsx', 'angka-raksasa.json')")).containsOnly("null");
    }

    @Test
    void each_bad_file_is_named_with_its_reason_and_moved_to_quarantine() throws Exception {
        List<String> errors = StoreCheck.query(dir.resolve("data"), "SELECT file_name || ' => ' || error FROM rekon_file"
                + " WHERE error IS NOT NULL");
        assertThat(errors).hasSize(REFUSED.size());
        assertThat(String.join("\n", errors)).contains("jauh-ZZZZZZ9.xlsx => Berkas \"jauh-ZZZZZZ9.xlsx\" melampaui batas",
                "kolom terakhir XFD", "baris terakhir 1048576", "lebih dari 1048576 karakter", "tidak dikenali");
        Path karantina = dir.resolve("out").resolve(Karantina.FOLDER).resolve(DATE);
        for (String name : REFUSED) {
            assertThat(karantina.resolve(name)).as(name).exists();
            assertThat(dir.resolve("inbox").resolve(name)).as(name).doesNotExist();
        }
        assertThat(Files.readString(karantina.resolve("jauh-ZZZZZZ9.xlsx" + Karantina.REASON_SUFFIX)))
                .contains("melampaui batas");
        try (Stream<Path> s = Files.list(karantina)) {
            assertThat(s.filter(p -> p.getFileName().toString().endsWith(Karantina.REASON_SUFFIX)).count())
                    .isEqualTo(REFUSED.size());
        }
        assertThat(night.output()).contains("jauh-ZZZZZZ9.xlsx", "ke karantina", "Selesai, dengan baris/berkas yang ditolak (kode keluar 2)");
    }

    @Test
    void links_folders_and_fifos_stay_in_the_inbox_with_a_warning_and_the_link_target_is_never_read() throws Exception {
        assertThat(night.output()).contains("tautan.csv di ", "tautan simbolik", "subfolder di ", "folder")
                .doesNotContain("rahasia");
        assertThat(dir.resolve("inbox").resolve("tautan.csv")).isSymbolicLink();
        assertThat(dir.resolve("inbox").resolve("subfolder")).isDirectory();
        try (Stream<Path> s = Files.walk(dir.resolve("out"))) {
            assertThat(s.map(p -> p.getFileName().toString())).doesNotContain("tautan.csv");
        }
    }

    @Test
    void a_poisoned_returned_workbook_is_quarantined_and_the_night_still_has_its_outputs() throws Exception {
        Path feedback = dir.resolve("out").resolve("umpan-balik");
        assertThat(feedback.resolve(Karantina.FOLDER).resolve(DATE).resolve("PKM Soe kembali.xlsx")).exists();
        assertThat(feedback.resolve("PKM Soe kembali.xlsx")).doesNotExist();
        assertThat(Files.readString(outDir.resolve(FeedbackReport.FILE_NAME))).contains("PKM Soe kembali.xlsx",
                Karantina.FOLDER);
        assertThat(outDir.resolve("temuan.csv")).exists();
    }

    @Test
    void no_log_line_can_be_forged_and_no_terminal_recoloured() throws IOException {
        for (String text : List.of(night.output(), log())) {
            assertThat(text).doesNotContain("\u001B", "\r", "%n").contains("x\\x0D\\x0A01:00:00 INFO  Selesai.\\x1B[31m.csv");
            assertThat(text.lines().filter(l -> l.matches("^[0-9: .-]{8,23} (INFO|WARN) .*")).count())
                    .as("one log entry per line").isGreaterThan(30);
            assertThat(text.lines()).noneMatch(l -> l.startsWith("01:00:00 INFO  Selesai"));
        }
    }

    @Test
    void no_nik_in_any_written_form_and_no_name_of_the_input_reaches_a_log_or_a_summary() throws IOException {
        Set<String> niks = new LinkedHashSet<>(HEADERLESS_NIKS);
        Set<String> names = new LinkedHashSet<>(HEADERLESS_NAMES);
        for (String line : Files.readAllLines(dir.resolve("out").resolve("arsip").resolve(DATE).resolve("anggota.csv"))
                .subList(1, 3 * FAMILIES + 1)) {
            String[] cells = line.split(",");
            niks.add(cells[2]);
            names.add(cells[3]);
        }
        List<String> scanned = new ArrayList<>(List.of(night.output(), log(),
                Files.readString(outDir.resolve("ringkasan.json")),
                Files.readString(outDir.resolve("ditolak").resolve("berkas.csv")),
                Files.readString(outDir.resolve(FeedbackReport.FILE_NAME))));
        for (String text : scanned) {
            for (String nik : niks) {
                assertThat(text).doesNotContain(nik, grouped(nik, "."), grouped(nik, " "), grouped(nik, "-"),
                        nik.charAt(0) + "." + nik.substring(1, 6), nik.charAt(0) + "," + nik.substring(1, 6));
            }
            for (String name : names) {
                assertThat(text).doesNotContain(name);
            }
        }
        assertThat(outDir.resolve("ditolak").resolve("berkas.csv")).content().contains("tanpa-judul.csv");
    }

    private static String grouped(String nik, String separator) {
        return String.join(separator, nik.substring(0, 4), nik.substring(4, 8), nik.substring(8, 12), nik.substring(12));
    }

    private static String log() throws IOException {
        return Files.readString(dir.resolve("data").resolve("log").resolve("rekon-pispk.log"));
    }
}
