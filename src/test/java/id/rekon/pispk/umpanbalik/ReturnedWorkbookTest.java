package id.rekon.pispk.umpanbalik;

import id.rekon.pispk.model.Puskesmas;
import id.rekon.pispk.model.RuleCode;
import id.rekon.pispk.model.Sex;
import id.rekon.pispk.model.Temuan;
import id.rekon.pispk.output.PuskesmasWorkbookWriter;
import id.rekon.pispk.output.TemuanRow;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

class ReturnedWorkbookTest {

    private static final Puskesmas SOE = new Puskesmas("P5302010101", "Puskesmas Kota Soe");
    private static final LocalDate RUN = LocalDate.of(2026, 11, 1);

    @TempDir
    Path dir;

    private static Temuan temuan(String id, RuleCode rule, String nik, String nama, LocalDate lahir, String kk) {
        return new Temuan(id, rule, SOE.kode(), nik, nik, nama, lahir, 500, Sex.L, kk, "Kampung Baru", "001/002", "",
                null, "a", "b", "");
    }

    @Test
    void readsBackWhatTheJobWrites() throws IOException {
        Path file = dir.resolve("P5302010101 Puskesmas Kota Soe.xlsx");
        List<TemuanRow> rows = List.of(
                new TemuanRow(temuan("JKN-01-AAAAAAAAAA", RuleCode.JKN_01, "5302011203810001", "AGUS NINU",
                        LocalDate.of(1981, 3, 12), "K001"), TemuanRow.BARU, RUN, "Sudah dikunjungi", "rumah 3"),
                new TemuanRow(temuan("HT-01-BBBBBBBBBB", RuleCode.HT_01, "5302010507830002", "=BENI SABU",
                        LocalDate.of(1983, 7, 5), "K002"), TemuanRow.MASIH_TERBUKA, RUN.minusDays(3), "", ""),
                new TemuanRow(temuan("SURVEI-01-CCCCCCCCCC", RuleCode.SURVEI_01, "", "CORNELIS", null, "K003"),
                        TemuanRow.BARU, RUN, "", ""));
        new PuskesmasWorkbookWriter().write(SOE, rows.iterator(), List.of(), List.of(), RUN, file);

        try (ReturnedWorkbook wb = ReturnedWorkbook.open(file)) {
            assertThat(wb.puskesmas()).isEqualTo("P5302010101 Puskesmas Kota Soe");
            assertThat(wb.tanggalProses()).isEqualTo(RUN);
            List<ReturnedRow> read = new ArrayList<>();
            assertThat(wb.forEachRow(read::add)).as("family sheets read").isEqualTo(9);
            assertThat(wb.problems()).isEmpty();
            assertThat(read).extracting(ReturnedRow::idTemuan, ReturnedRow::tindakLanjut, ReturnedRow::catatan,
                    ReturnedRow::lembar, ReturnedRow::baris).containsExactly(
                    tuple("JKN-01-AAAAAAAAAA", "Sudah dikunjungi", "rumah 3", "JKN", 2L),
                    tuple("HT-01-BBBBBBBBBB", "Belum", "", "Hipertensi", 2L),
                    tuple("SURVEI-01-CCCCCCCCCC", "Belum", "", "Survei", 2L));
            // every identity cell as written matches its finding: the writer and the check agree
            for (int i = 0; i < rows.size(); i++) {
                for (IdentityColumn c : IdentityColumn.values()) {
                    assertThat(c.matches(read.get(i).identitas().get(c), rows.get(i).temuan()))
                            .as("%s of %s", c, rows.get(i).temuan().idTemuan()).isTrue();
                }
            }
        }
    }

    @Test
    void columnsAreFoundByHeaderAndASheetMissingOneIsSkipped() throws IOException {
        Path file = dir.resolve("dari tim.xlsx");
        try (XSSFWorkbook wb = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(file)) {
            Sheet ringkasan = wb.createSheet("Ringkasan");
            ringkasan.createRow(0).createCell(0).setCellValue("Ringkasan Temuan Rekonsiliasi PIS-PK");
            Row p = ringkasan.createRow(1);
            p.createCell(0).setCellValue("Puskesmas");
            p.createCell(1).setCellValue("P5302010101 Puskesmas Kota Soe");
            Row t = ringkasan.createRow(2);
            t.createCell(0).setCellValue("Tanggal proses");
            t.createCell(1).setCellValue(RUN);
            CellStyle date = wb.createCellStyle();
            date.setDataFormat(wb.createDataFormat().getFormat("dd mmm yyyy"));
            t.getCell(1).setCellStyle(date);
            wb.createSheet("Catatan tim").createRow(0).createCell(0).setCellValue("rapat 5 Nov");
            // columns moved around by the team, one extra column of their own
            Sheet jkn = wb.createSheet("JKN");
            String[] header = {"Catatan", "Kolom tim", "  id temuan ", "Nama", "NIK", "Tindak Lanjut", "Kode Keluarga",
                    "Tanggal Lahir", "Kode Aturan"};
            Row h = jkn.createRow(0);
            for (int i = 0; i < header.length; i++) {
                h.createCell(i).setCellValue(header[i]);
            }
            String[] values = {"catatan A", "x", "JKN-01-AAAAAAAAAA", "AGUS NINU", "5302011203810001", "Bukan masalah",
                    "K001", "1981-03-12", "JKN-01"};
            Row r = jkn.createRow(4);
            for (int i = 0; i < values.length; i++) {
                r.createCell(i).setCellValue(values[i]);
            }
            // a family sheet whose NIK column was deleted
            Sheet balita = wb.createSheet("Balita");
            Row bh = balita.createRow(0);
            String[] noNik = {"ID Temuan", "Kode Aturan", "Nama", "Tanggal Lahir", "Kode Keluarga", "Tindak Lanjut", "Catatan"};
            for (int i = 0; i < noNik.length; i++) {
                bh.createCell(i).setCellValue(noNik[i]);
            }
            balita.createRow(1).createCell(0).setCellValue("BALITA-02-DDDDDDDDDD");
            wb.write(out);
        }
        try (ReturnedWorkbook wb = ReturnedWorkbook.open(file)) {
            assertThat(wb.tanggalProses()).isEqualTo(RUN);
            List<ReturnedRow> read = new ArrayList<>();
            assertThat(wb.forEachRow(read::add)).isEqualTo(1);
            assertThat(read).singleElement().satisfies(row -> {
                assertThat(row.idTemuan()).isEqualTo("JKN-01-AAAAAAAAAA");
                assertThat(row.tindakLanjut()).isEqualTo("Bukan masalah");
                assertThat(row.catatan()).isEqualTo("catatan A");
                assertThat(row.baris()).isEqualTo(5);
                assertThat(row.identitas().get(IdentityColumn.NIK).text()).isEqualTo("5302011203810001");
            });
            assertThat(wb.problems()).singleElement().asString().contains("Balita").contains("NIK")
                    .doesNotContain("BALITA-02");
        }
    }

    @Test
    void notAnXlsxIsAnIoError() throws IOException {
        Path file = dir.resolve("x.xlsx");
        Files.writeString(file, "Kode,Nama\n1,2\n");
        assertThatThrownBy(() -> ReturnedWorkbook.open(file)).isInstanceOf(IOException.class);
    }
}
