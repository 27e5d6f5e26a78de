package id.rekon.pispk.output;

import id.rekon.pispk.model.Puskesmas;
import id.rekon.pispk.model.RuleCode;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFChart;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static id.rekon.pispk.output.TemuanFixtures.TANGGAL;
import static id.rekon.pispk.output.TemuanFixtures.nik;
import static id.rekon.pispk.output.TemuanFixtures.temuan;
import static org.assertj.core.api.Assertions.assertThat;

/** kabupaten.xlsx: ranking, concordance, follow-up progress and the trend, with charts. */
class KabupatenWorkbookWriterTest {

    static final Puskesmas A = new Puskesmas("P5301010101", "Oesapa");
    static final Puskesmas B = new Puskesmas("P5301020202", "Bakunase");
    static final Puskesmas C = new Puskesmas("P5301030303", "Sikumana");

    @TempDir
    Path dir;

    static Kabupaten kabupaten() {
        KabupatenTally tally = new KabupatenTally();
        int serial = 0;
        for (Puskesmas p : List.of(A, B, B, B, C, C)) {
            serial++;
            tally.add(new TemuanRow(temuan(RuleCode.JKN_01, p.kode(), nik(serial), "N" + serial, "D"),
                    TemuanRow.BARU, TANGGAL, serial % 2 == 0 ? "Sudah dikunjungi" : "", ""));
        }
        List<KonkordansiRow> konkordansi = List.of(new KonkordansiRow(A.kode(), "Kartu JKN", 9, 10),
                new KonkordansiRow(B.kode(), "Kartu JKN", 1, 10), new KonkordansiRow(B.kode(), "ASI Eksklusif", 3, 4));
        List<Kabupaten.TrenMalam> tren = new ArrayList<>();
        for (int d = 3; d >= 0; d--) {
            tren.add(new Kabupaten.TrenMalam(TANGGAL.minusDays(d), Map.of(A.kode(), 1L + d, B.kode(), 3L)));
        }
        return new Kabupaten("contoh", TANGGAL, List.of(A, B, C), tally, konkordansi, tren);
    }

    static XSSFWorkbook write(Path dir) throws IOException {
        Path target = dir.resolve(KabupatenWorkbookWriter.FILE_NAME);
        new KabupatenWorkbookWriter().write(kabupaten(), target);
        return new XSSFWorkbook(Files.newInputStream(target));
    }

    @Test
    void puskesmasAreRankedByOpenFindingsWithFollowUpProgress() throws IOException {
        try (XSSFWorkbook wb = write(dir)) {
            XSSFSheet sheet = wb.getSheet(KabupatenWorkbookWriter.PERINGKAT);
            DataFormatter f = new DataFormatter();
            List<String> order = new ArrayList<>();
            for (int r = KabupatenWorkbookWriter.TABLE_ROW + 1; r <= KabupatenWorkbookWriter.TABLE_ROW + 3; r++) {
                order.add(f.formatCellValue(sheet.getRow(r).getCell(2)));
            }
            assertThat(order).containsExactly("Bakunase", "Sikumana", "Oesapa");
            Row bakunase = sheet.getRow(KabupatenWorkbookWriter.TABLE_ROW + 1);
            assertThat(bakunase.getCell(3).getNumericCellValue()).isEqualTo(3);
            assertThat(bakunase.getCell(5).getNumericCellValue()).isEqualTo(2); // serials 2 and 4
            assertThat(bakunase.getCell(6).getNumericCellValue()).isEqualTo(2.0 / 3);
            Row total = sheet.getRow(KabupatenWorkbookWriter.TABLE_ROW + 4);
            assertThat(total.getCell(3).getNumericCellValue()).isEqualTo(6);
            assertThat(sheet.getDrawingPatriarch().getCharts()).hasSize(1);
            assertThat(sheet.getPrintSetup().getLandscape()).isTrue();
        }
    }

    @Test
    void concordancePerIndicatorWithTheDistrictLine() throws IOException {
        try (XSSFWorkbook wb = write(dir)) {
            XSSFSheet sheet = wb.getSheet(KabupatenWorkbookWriter.KESESUAIAN);
            Row header = sheet.getRow(KabupatenWorkbookWriter.TABLE_ROW);
            assertThat(header.getCell(2).getStringCellValue()).isEqualTo("ASI Eksklusif");
            assertThat(header.getCell(3).getStringCellValue()).isEqualTo("Kartu JKN");
            Row district = sheet.getRow(KabupatenWorkbookWriter.TABLE_ROW + 4);
            assertThat(district.getCell(1).getStringCellValue()).isEqualTo("Kabupaten");
            assertThat(district.getCell(3).getNumericCellValue()).isEqualTo(0.5);
            assertThat(sheet.getRow(KabupatenWorkbookWriter.TABLE_ROW + 3).getCell(3)).as("nothing compared").isNull();
            assertThat(sheet.getDrawingPatriarch().getCharts()).hasSize(1);
        }
    }

    @Test
    void trendShowsTheLastNightsWithALineChart() throws IOException {
        try (XSSFWorkbook wb = write(dir)) {
            XSSFSheet sheet = wb.getSheet(KabupatenWorkbookWriter.TREN);
            Row first = sheet.getRow(KabupatenWorkbookWriter.TABLE_ROW + 1);
            assertThat(first.getCell(0).getLocalDateTimeCellValue().toLocalDate()).isEqualTo(TANGGAL.minusDays(3));
            assertThat(first.getCell(1).getNumericCellValue()).isEqualTo(7);
            XSSFChart chart = sheet.getDrawingPatriarch().getCharts().get(0);
            assertThat(chart.getChartSeries().get(0).getSeriesCount()).isEqualTo(4); // district + 3 puskesmas
            assertThat(chart.getChartSeries().get(0).getSeries(0).getCategoryData().getPointCount()).isEqualTo(4);
        }
    }
}
