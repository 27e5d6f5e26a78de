package id.rekon.pispk.output;

import id.rekon.pispk.model.Puskesmas;
import id.rekon.pispk.model.RuleCode;
import id.rekon.pispk.model.RuleFamily;
import id.rekon.pispk.model.Sex;
import id.rekon.pispk.model.Sumber;
import id.rekon.pispk.model.Temuan;
import id.rekon.pispk.model.TemuanId;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;

import static id.rekon.pispk.output.TemuanFixtures.PKM;
import static id.rekon.pispk.output.TemuanFixtures.TANGGAL;
import static id.rekon.pispk.output.TemuanFixtures.nik;
import static org.assertj.core.api.Assertions.assertThat;

/** The family sheets as a nurse works in them all day: first screen, order, wrapping, print. */
class FamilySheetLayoutTest {

    private static final Puskesmas OESAPA = new Puskesmas(PKM, "Oesapa & Sekitarnya");
    /** A 1366-pixel laptop screen less Excel's row numbers and scroll bar. */
    private static final int FIRST_SCREEN_PX = 1366 - 60;

    @TempDir
    Path dir;

    static Temuan temuan(RuleCode rule, int serial, String desa, String rtRw, String keluarga, String nama,
                         Integer umurBulan) {
        return new Temuan(TemuanId.of(rule, PKM, "s" + serial), rule, PKM, "s" + serial, nik(serial), nama,
                LocalDate.of(1950, 1, 1), umurBulan, Sex.P, keluarga, desa, rtRw, "Melati", Sumber.PCARE, "Ya",
                "Tidak ada", "Keterangan panjang " + "yang harus terbaca utuh ".repeat(5), "Jl. Kenari " + serial,
                "IBU " + serial, "Kota Lama");
    }

    /** Four desa, two RT/RW, families with several findings over several sheets, shuffled. */
    static List<TemuanRow> village() {
        List<TemuanRow> rows = new ArrayList<>();
        int serial = 0;
        for (String desa : List.of("Oesapa", "Lasiana", "Kelapa Lima", "Oesapa Barat")) {
            for (String rt : List.of("002/001", "001/003")) {
                for (int k = 1; k <= 2; k++) {
                    String keluarga = desa.substring(0, 3).toUpperCase() + rt.substring(0, 3) + k;
                    for (RuleCode rule : List.of(RuleCode.JKN_01, RuleCode.HT_01, RuleCode.SURVEI_01)) {
                        serial++;
                        rows.add(TemuanRow.baru(temuan(rule, serial, desa, rt, keluarga, "Nama " + (char) ('Z' - k),
                                300), TANGGAL));
                    }
                }
            }
        }
        Collections.shuffle(rows, new Random(7));
        return rows;
    }

    private XSSFWorkbook write(List<TemuanRow> rows) throws IOException {
        Path target = dir.resolve(WorkbookFileNames.of(OESAPA));
        new PuskesmasWorkbookWriter(5).write(OESAPA, rows.iterator(), List.of(), List.of(), TANGGAL, target);
        return new XSSFWorkbook(Files.newInputStream(target));
    }

    @Test
    void identityAndTheTeamsColumnsFitTheFirstScreen() throws IOException {
        try (XSSFWorkbook wb = write(village())) {
            XSSFSheet sheet = wb.getSheet("JKN");
            float px = 0;
            for (int c = 0; c <= TemuanColumn.CATATAN.ordinal(); c++) {
                px += sheet.getColumnWidthInPixels(c);
            }
            assertThat(px).isLessThanOrEqualTo(FIRST_SCREEN_PX);
            assertThat(TemuanColumn.TINDAK_LANJUT.ordinal()).isLessThan(TemuanColumn.CATATAN.ordinal());
            assertThat(TemuanColumn.NAMA.ordinal()).isEqualTo(1);
        }
    }

    @Test
    void rowsRunByDesaThenRtRwThenFamilyThenPerson() throws IOException {
        try (XSSFWorkbook wb = write(village())) {
            DataFormatter f = new DataFormatter();
            XSSFSheet sheet = wb.getSheet("JKN");
            // a tab sorts before every letter, so the joined keys sort as the tuples do
            List<String> keys = new ArrayList<>();
            for (int r = 1; r <= sheet.getLastRowNum(); r++) {
                Row row = sheet.getRow(r);
                keys.add(f.formatCellValue(row.getCell(TemuanColumn.DESA.ordinal())) + "\t"
                        + f.formatCellValue(row.getCell(TemuanColumn.RT_RW.ordinal())) + "\t"
                        + f.formatCellValue(row.getCell(TemuanColumn.KODE_KELUARGA.ordinal())));
            }
            assertThat(keys).hasSize(16).isSorted();
            assertThat(keys.get(0)).startsWith("Kelapa Lima\t001/003\t");
            assertThat(keys.get(15)).startsWith("Oesapa Barat\t002/001\t");
        }
    }

    @Test
    void longTextWrapsInsteadOfBeingClipped() throws IOException {
        try (XSSFWorkbook wb = write(village())) {
            Row row = wb.getSheet("JKN").getRow(1);
            for (TemuanColumn column : List.of(TemuanColumn.NAMA, TemuanColumn.URAIAN, TemuanColumn.REKOMENDASI,
                    TemuanColumn.KETERANGAN)) {
                Cell cell = row.getCell(column.ordinal());
                assertThat(cell.getCellStyle().getWrapText()).as(column.header()).isTrue();
                assertThat(column.wrapped()).isTrue();
            }
            assertThat(wb.getSheet("JKN").getRow(0).getCell(0).getCellStyle().getWrapText()).isTrue();
        }
    }

    @Test
    void printsLandscapeOnePageWideWithHeaderRowAndPageNumbers() throws IOException {
        try (XSSFWorkbook wb = write(village())) {
            for (RuleFamily family : RuleFamily.values()) {
                XSSFSheet sheet = wb.getSheet(family.sheetName());
                assertThat(sheet.getPrintSetup().getLandscape()).as(family.sheetName()).isTrue();
                assertThat(sheet.getPrintSetup().getPaperSize()).isEqualTo((short) 9); // A4
                assertThat(sheet.getFitToPage()).isTrue();
                assertThat(sheet.getPrintSetup().getFitWidth()).isEqualTo((short) 1);
                assertThat(sheet.getPrintSetup().getFitHeight()).isZero();
                assertThat(sheet.getRepeatingRows().formatAsString()).isEqualTo("1:1");
                assertThat(sheet.getHeader().getLeft()).contains(PKM + " Oesapa && Sekitarnya");
                assertThat(sheet.getHeader().getRight()).isEqualTo("Tanggal proses 05 Agu 2026");
                assertThat(sheet.getFooter().getRight()).isEqualTo("Halaman &P dari &N");
                assertThat(wb.getPrintArea(wb.getSheetIndex(sheet))).contains("$A$1:$J$");
            }
        }
    }

    @Test
    void ageIsInMonthsForSmallChildrenAndInYearsFromFive() {
        assertThat(UmurTeks.of(7)).isEqualTo("7 bulan");
        assertThat(UmurTeks.of(59)).isEqualTo("59 bulan");
        assertThat(UmurTeks.of(60)).isEqualTo("5 tahun");
        assertThat(UmurTeks.of(934)).isEqualTo("77 tahun");
        assertThat(UmurTeks.of(null)).isEmpty();
    }

    @Test
    void addressAndParentsShowWhereTheSourceGivesThem() throws IOException {
        try (XSSFWorkbook wb = write(village())) {
            Row row = wb.getSheet("JKN").getRow(1);
            assertThat(row.getCell(TemuanColumn.ALAMAT.ordinal()).getStringCellValue()).startsWith("Jl. Kenari ");
            assertThat(row.getCell(TemuanColumn.NAMA_ORANG_TUA.ordinal()).getStringCellValue()).startsWith("IBU ");
            assertThat(row.getCell(TemuanColumn.UMUR.ordinal()).getStringCellValue()).isEqualTo("25 tahun");
        }
    }

    @Test
    void guideLabelsAreNotClippedAndItSaysHowToReturnTheWorkbook() throws IOException {
        try (XSSFWorkbook wb = write(List.of())) {
            XSSFSheet petunjuk = wb.getSheet("Petunjuk");
            assertThat(petunjuk.getColumnWidth(0) / 256).isGreaterThanOrEqualTo("PIS-PK (−) / Program (+)".length());
            DataFormatter f = new DataFormatter();
            StringBuilder all = new StringBuilder();
            petunjuk.forEach(r -> r.forEach(c -> all.append(f.formatCellValue(c)).append('\n')));
            assertThat(all).contains(PetunjukSheet.JUDUL_KEMBALI, "folder umpan balik", ".xlsx",
                    TemuanColumn.UMPAN_BALIK_DITOLAK.header(), KunjunganRumahSheet.NAME, BarisDitolakSheet.NAME);
            assertThat(petunjuk.getPrintSetup().getLandscape()).isFalse();
        }
    }
}
