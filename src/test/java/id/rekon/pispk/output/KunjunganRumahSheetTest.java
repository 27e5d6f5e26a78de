package id.rekon.pispk.output;

import id.rekon.pispk.model.Puskesmas;
import id.rekon.pispk.model.RuleCode;
import org.apache.poi.ss.usermodel.BorderStyle;
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
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static id.rekon.pispk.output.TemuanFixtures.PKM;
import static id.rekon.pispk.output.TemuanFixtures.TANGGAL;
import static org.assertj.core.api.Assertions.assertThat;

/** The home-visit list: one household's findings together, printable, tick boxes and signature. */
class KunjunganRumahSheetTest {

    private static final Puskesmas OESAPA = new Puskesmas(PKM, "Oesapa");

    @TempDir
    Path dir;

    private XSSFWorkbook write(List<TemuanRow> rows) throws IOException {
        Path target = dir.resolve("kunjungan.xlsx");
        new PuskesmasWorkbookWriter(5).write(OESAPA, rows.iterator(), List.of(), List.of(), TANGGAL, target);
        return new XSSFWorkbook(Files.newInputStream(target));
    }

    @Test
    void everyFindingOfAHouseholdStandsTogetherUnderItsDesa() throws IOException {
        List<TemuanRow> rows = FamilySheetLayoutTest.village();
        try (XSSFWorkbook wb = write(rows)) {
            XSSFSheet sheet = wb.getSheet(KunjunganRumahSheet.NAME);
            DataFormatter f = new DataFormatter();
            Map<String, List<String>> idsPerHousehold = new LinkedHashMap<>();
            List<String> desa = new ArrayList<>();
            String household = null;
            int ticks = 0;
            int signatures = 0;
            for (int r = KunjunganRumahSheet.HEADER_ROW + 1; r <= sheet.getLastRowNum(); r++) {
                Row row = sheet.getRow(r);
                if (row == null) {
                    continue;
                }
                String first = f.formatCellValue(row.getCell(0));
                String second = f.formatCellValue(row.getCell(1));
                if (first.startsWith("Desa ")) {
                    desa.add(first);
                } else if (first.startsWith("Keluarga ")) {
                    household = first;
                    idsPerHousehold.put(household, new ArrayList<>());
                } else if (second.equals(KunjunganRumahSheet.TANDA_TANGAN)) {
                    signatures++;
                } else if (!f.formatCellValue(row.getCell(5)).isEmpty()) {
                    idsPerHousehold.get(household).add(f.formatCellValue(row.getCell(5)));
                    Cell box = row.getCell(0);
                    assertThat(box.getCellStyle().getBorderTop()).isEqualTo(BorderStyle.THIN);
                    assertThat(box.getCellStyle().getBorderLeft()).isEqualTo(BorderStyle.THIN);
                    ticks++;
                }
            }
            assertThat(desa).containsExactly("Desa Kelapa Lima", "Desa Lasiana", "Desa Oesapa", "Desa Oesapa Barat");
            assertThat(idsPerHousehold).hasSize(16);
            // three findings of three family sheets (JKN, Hipertensi, Survei) per household, together
            assertThat(idsPerHousehold.values()).allSatisfy(ids -> assertThat(ids).hasSize(3));
            assertThat(ticks).isEqualTo(rows.size());
            assertThat(signatures).isEqualTo(16);
            assertThat(idsPerHousehold.keySet()).first().asString().contains("RT/RW 001/003", "Jl. Kenari");
            // each desa after the first starts a new page
            assertThat(sheet.getRowBreaks()).hasSize(3);
        }
    }

    @Test
    void printsPortraitOnePageWideWithItsHeaderRepeated() throws IOException {
        try (XSSFWorkbook wb = write(FamilySheetLayoutTest.village())) {
            XSSFSheet sheet = wb.getSheet(KunjunganRumahSheet.NAME);
            assertThat(sheet.getPrintSetup().getLandscape()).isFalse();
            assertThat(sheet.getPrintSetup().getFitWidth()).isEqualTo((short) 1);
            assertThat(sheet.getRepeatingRows().formatAsString()).isEqualTo("1:2");
            assertThat(sheet.getFooter().getRight()).isEqualTo("Halaman &P dari &N");
            assertThat(wb.getSheetIndex(sheet)).isEqualTo(1);
        }
    }

    @Test
    void aFindingWithoutFamilyIsAHouseholdOfItsOwn() throws IOException {
        TemuanRow kua = TemuanRow.baru(FamilySheetLayoutTest.temuan(RuleCode.KUA_02, 1, "Oesapa", "", "", "Nama",
                300), TANGGAL);
        try (XSSFWorkbook wb = write(List.of(kua))) {
            XSSFSheet sheet = wb.getSheet(KunjunganRumahSheet.NAME);
            DataFormatter f = new DataFormatter();
            assertThat(f.formatCellValue(sheet.getRow(3).getCell(0))).startsWith("Tanpa kode keluarga PIS-PK")
                    .contains("Jl. Kenari 1", "orang tua: IBU 1");
        }
    }

    @Test
    void theReturnedWorkbookReaderNeverTakesItForAFamilySheet() throws IOException {
        try (XSSFWorkbook wb = write(FamilySheetLayoutTest.village())) {
            Row first = wb.getSheet(KunjunganRumahSheet.NAME).getRow(0);
            assertThat(first.getCell(0).getStringCellValue()).isEqualTo(KunjunganRumahSheet.JUDUL);
        }
    }
}
