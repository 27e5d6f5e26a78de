package id.rekon.pispk.output;

import id.rekon.pispk.model.Ditolak;

import id.rekon.pispk.model.Puskesmas;
import id.rekon.pispk.model.RuleCode;
import id.rekon.pispk.model.RuleFamily;
import id.rekon.pispk.model.Temuan;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DataValidation;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFDataValidation;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static id.rekon.pispk.output.TemuanFixtures.PKM;
import static id.rekon.pispk.output.TemuanFixtures.PKM_LAIN;
import static id.rekon.pispk.output.TemuanFixtures.TANGGAL;
import static id.rekon.pispk.output.TemuanFixtures.nik;
import static id.rekon.pispk.output.TemuanFixtures.row;
import static id.rekon.pispk.output.TemuanFixtures.temuan;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class PuskesmasWorkbookWriterTest {

    private static final Puskesmas OESAPA = new Puskesmas(PKM, "Oesapa");

    @TempDir
    Path dir;

    /** A small window so the rows cross SXSSF flushes. */
    private final PuskesmasWorkbookWriter writer = new PuskesmasWorkbookWriter(5);

    /** 3 findings of every rule over 4 desa, in rule-interleaved order (not grouped by family). */
    private static List<TemuanRow> sample() {
        List<TemuanRow> rows = new ArrayList<>();
        int serial = 0;
        for (int round = 0; round < 3; round++) {
            for (RuleCode rule : RuleCode.values()) {
                serial++;
                rows.add(row(rule, nik(serial), "Nama " + serial, "Desa " + (char) ('A' + serial % 4)));
            }
        }
        return rows;
    }

    private Path write(List<TemuanRow> rows) throws IOException {
        return write(rows, List.of(), List.of());
    }

    private Path write(List<TemuanRow> rows, List<KonkordansiRow> konkordansi, List<TemuanRow> selesai)
            throws IOException {
        Path target = dir.resolve(WorkbookFileNames.of(OESAPA));
        writer.write(OESAPA, rows.iterator(), konkordansi, selesai, TANGGAL, target);
        return target;
    }

    private static XSSFWorkbook open(Path file) throws IOException {
        return new XSSFWorkbook(Files.newInputStream(file));
    }

    @Test
    void sheetsAreSummaryThenEveryFamilyThenGuide() throws IOException {
        try (XSSFWorkbook wb = open(write(sample()))) {
            List<String> names = new ArrayList<>();
            wb.forEach(s -> names.add(s.getSheetName()));
            List<String> expected = new ArrayList<>();
            expected.add("Ringkasan");
            expected.add("Kunjungan Rumah");
            Arrays.stream(RuleFamily.values()).map(RuleFamily::sheetName).forEach(expected::add);
            expected.add("Baris Ditolak");
            expected.add("Petunjuk");
            assertThat(names).containsExactlyElementsOf(expected);
            assertThat(names).allSatisfy(n -> assertThat(n.length()).isLessThanOrEqualTo(31));
            assertThat(wb.getActiveSheetIndex()).isZero();
        }
    }

    @Test
    void everyFamilySheetHasTheHeaderInOrder() throws IOException {
        List<String> expected = Arrays.stream(TemuanColumn.values()).map(TemuanColumn::header).toList();
        assertThat(expected).containsExactly("ID Temuan", "Nama", "NIK", "Umur", "Uraian", "Tindak Lanjut",
                "Catatan", "Isian Sebelumnya Tidak Diterima", "Desa", "RT/RW", "Status", "Kode Aturan",
                "Kode Keluarga", "Alamat", "Nama Orang Tua", "Tanggal Lahir", "Jenis Kelamin", "Posyandu",
                "Nilai PIS-PK", "Nilai Program", "Sumber", "Arah", "Rekomendasi Tindak Lanjut", "Keterangan",
                "Pertama Terlihat");
        try (XSSFWorkbook wb = open(write(sample()))) {
            for (RuleFamily family : RuleFamily.values()) {
                Row header = wb.getSheet(family.sheetName()).getRow(0);
                List<String> actual = new ArrayList<>();
                header.forEach(c -> actual.add(c.getStringCellValue()));
                assertThat(actual).as(family.sheetName()).containsExactlyElementsOf(expected);
                assertThat(wb.getFontAt(header.getCell(0).getCellStyle().getFontIndex()).getBold()).isTrue();
            }
        }
    }

    @Test
    void nikAndKodeKeluargaAreTextCellsDigitForDigit() throws IOException {
        List<TemuanRow> rows = sample();
        Map<String, String> nikById = new HashMap<>();
        rows.forEach(r -> nikById.put(r.temuan().idTemuan(), r.temuan().nik()));
        try (XSSFWorkbook wb = open(write(rows))) {
            int checked = 0;
            for (RuleFamily family : RuleFamily.values()) {
                XSSFSheet sheet = wb.getSheet(family.sheetName());
                for (int r = 1; r <= sheet.getLastRowNum(); r++) {
                    Row row = sheet.getRow(r);
                    Cell nik = row.getCell(TemuanColumn.NIK.ordinal());
                    Cell kk = row.getCell(TemuanColumn.KODE_KELUARGA.ordinal());
                    String id = row.getCell(TemuanColumn.ID_TEMUAN.ordinal()).getStringCellValue();
                    assertThat(nik.getCellType()).isEqualTo(CellType.STRING);
                    assertThat(nik.getStringCellValue()).isEqualTo(nikById.get(id)).hasSize(16);
                    assertThat(nik.getCellStyle().getDataFormatString()).isEqualTo("@");
                    assertThat(kk.getCellType()).isEqualTo(CellType.STRING);
                    assertThat(kk.getStringCellValue()).isEqualTo("5301010101230007");
                    checked++;
                }
            }
            assertThat(checked).isEqualTo(rows.size());
        }
    }

    @Test
    void datesAreRealDateCells() throws IOException {
        try (XSSFWorkbook wb = open(write(sample()))) {
            Row row = wb.getSheet("JKN").getRow(1);
            Cell lahir = row.getCell(TemuanColumn.TANGGAL_LAHIR.ordinal());
            Cell pertama = row.getCell(TemuanColumn.PERTAMA_TERLIHAT.ordinal());
            for (Cell c : List.of(lahir, pertama)) {
                assertThat(c.getCellType()).isEqualTo(CellType.NUMERIC);
                assertThat(DateUtil.isCellDateFormatted(c)).isTrue();
            }
            assertThat(lahir.getLocalDateTimeCellValue().toLocalDate()).isEqualTo(LocalDate.of(2023, 2, 14));
            assertThat(pertama.getLocalDateTimeCellValue().toLocalDate()).isEqualTo(TANGGAL.minusDays(30));
            assertThat(lahir.getCellStyle().getDataFormatString()).isEqualTo(WorkbookStyles.DATE_FORMAT);
            assertThat(row.getCell(TemuanColumn.UMUR.ordinal()).getStringCellValue()).isEqualTo("41 bulan");
        }
    }

    @Test
    void rowsLandOnTheirFamilySheetWithAllColumns() throws IOException {
        TemuanRow carried = new TemuanRow(temuan(RuleCode.HT_02, PKM, nik(900), "Siti Aminah", "Oesapa Barat"),
                TemuanRow.MASIH_TERBUKA, LocalDate.of(2026, 6, 1), "Sudah dikunjungi", "rumah kosong, kembali Senin");
        try (XSSFWorkbook wb = open(write(List.of(carried)))) {
            XSSFSheet sheet = wb.getSheet("Hipertensi");
            assertThat(sheet.getLastRowNum()).isEqualTo(1);
            DataFormatter f = new DataFormatter();
            Row r = sheet.getRow(1);
            assertThat(f.formatCellValue(r.getCell(TemuanColumn.ID_TEMUAN.ordinal())))
                    .isEqualTo(carried.temuan().idTemuan());
            assertThat(f.formatCellValue(r.getCell(TemuanColumn.STATUS.ordinal()))).isEqualTo("Masih terbuka");
            assertThat(f.formatCellValue(r.getCell(TemuanColumn.KODE_ATURAN.ordinal()))).isEqualTo("HT-02");
            assertThat(f.formatCellValue(r.getCell(TemuanColumn.URAIAN.ordinal()))).isEqualTo(RuleCode.HT_02.judul());
            assertThat(f.formatCellValue(r.getCell(TemuanColumn.NAMA.ordinal()))).isEqualTo("Siti Aminah");
            assertThat(f.formatCellValue(r.getCell(TemuanColumn.JENIS_KELAMIN.ordinal()))).isEqualTo("Perempuan");
            assertThat(f.formatCellValue(r.getCell(TemuanColumn.DESA.ordinal()))).isEqualTo("Oesapa Barat");
            assertThat(f.formatCellValue(r.getCell(TemuanColumn.RT_RW.ordinal()))).isEqualTo("003/002");
            assertThat(f.formatCellValue(r.getCell(TemuanColumn.SUMBER.ordinal()))).isEqualTo("PCare");
            assertThat(f.formatCellValue(r.getCell(TemuanColumn.ARAH.ordinal())))
                    .isEqualTo(RuleCode.HT_02.arah().label());
            assertThat(f.formatCellValue(r.getCell(TemuanColumn.REKOMENDASI.ordinal())))
                    .isEqualTo(RuleCode.HT_02.tindakLanjut());
            assertThat(f.formatCellValue(r.getCell(TemuanColumn.TINDAK_LANJUT.ordinal()))).isEqualTo("Sudah dikunjungi");
            assertThat(f.formatCellValue(r.getCell(TemuanColumn.CATATAN.ordinal())))
                    .isEqualTo("rumah kosong, kembali Senin");
            assertThat(dataRows(wb.getSheet("JKN"))).isZero();
        }
    }

    @Test
    void tindakLanjutDefaultsToBelum() throws IOException {
        try (XSSFWorkbook wb = open(write(List.of(row(RuleCode.JKN_01, nik(1), "Ani", "Desa A"))))) {
            Cell c = wb.getSheet("JKN").getRow(1).getCell(TemuanColumn.TINDAK_LANJUT.ordinal());
            assertThat(c.getStringCellValue()).isEqualTo("Belum");
            assertThat(wb.getSheet("JKN").getRow(1).getCell(TemuanColumn.CATATAN.ordinal())).isNull();
        }
    }

    @Test
    void summaryTotalsEqualTheDataRowsOfTheSheets() throws IOException {
        List<TemuanRow> rows = sample();
        try (XSSFWorkbook wb = open(write(rows))) {
            XSSFSheet ringkasan = wb.getSheet("Ringkasan");
            long totalRows = 0;
            Map<String, Long> rowsPerSheet = new HashMap<>();
            for (RuleFamily family : RuleFamily.values()) {
                long n = wb.getSheet(family.sheetName()).getLastRowNum();
                rowsPerSheet.put(family.sheetName(), n);
                totalRows += n;
            }
            assertThat(totalRows).isEqualTo(rows.size());
            assertThat(rowsPerSheet.get("JKN")).isEqualTo(6);

            // per desa: the Jumlah row holds each family sheet's data rows, and the grand total
            SummaryTable desa = SummaryTable.find(ringkasan, RingkasanSheet.JUDUL_PER_DESA);
            for (RuleFamily family : RuleFamily.values()) {
                assertThat(desa.total(family.sheetName())).as(family.sheetName())
                        .isEqualTo(rowsPerSheet.get(family.sheetName()));
            }
            assertThat(desa.total("Jumlah")).isEqualTo(totalRows);
            assertThat(desa.rowLabels()).containsExactly("Desa A", "Desa B", "Desa C", "Desa D");
            long desaSum = desa.rowLabels().stream().mapToLong(d -> desa.value(d, "Jumlah")).sum();
            assertThat(desaSum).isEqualTo(totalRows);

            // per rule: each count equals the rows of that rule; the Jumlah row equals them all
            SummaryTable aturan = SummaryTable.find(ringkasan, RingkasanSheet.JUDUL_PER_ATURAN);
            for (RuleCode rule : RuleCode.values()) {
                assertThat(aturan.value(rule.code(), "Jumlah")).as(rule.code()).isEqualTo(3L);
                assertThat(aturan.value(rule.code(), "Baru")).isEqualTo(3L);
            }
            assertThat(aturan.total("Jumlah")).isEqualTo(totalRows);

            SummaryTable arah = SummaryTable.find(ringkasan, RingkasanSheet.JUDUL_PER_ARAH);
            assertThat(arah.total("Jumlah")).isEqualTo(totalRows);
            assertThat(arah.value("PIS-PK (−) / Program (+)", "Jumlah"))
                    .isEqualTo(3L * Arrays.stream(RuleCode.values())
                            .filter(r -> r.arah() == id.rekon.pispk.model.Arah.PISPK_MINUS).count());
        }
    }

    @Test
    void summaryShowsConcordanceAsPercentAndResolvedFindings() throws IOException {
        TemuanRow resolved = new TemuanRow(temuan(RuleCode.ASI_01, PKM, nik(77), "Budi", "Desa A"),
                "Selesai", LocalDate.of(2026, 5, 1), "Data program diperbarui", "");
        List<KonkordansiRow> konkordansi = List.of(new KonkordansiRow(PKM, "Kartu JKN", 45, 60),
                new KonkordansiRow(PKM, "ASI Eksklusif", 0, 0));
        try (XSSFWorkbook wb = open(write(sample(), konkordansi, List.of(resolved)))) {
            XSSFSheet ringkasan = wb.getSheet("Ringkasan");
            SummaryTable k = SummaryTable.find(ringkasan, RingkasanSheet.JUDUL_KONKORDANSI);
            Cell share = k.cell("Kartu JKN", "Kesesuaian (%)");
            assertThat(share.getNumericCellValue()).isEqualTo(0.75);
            assertThat(new DataFormatter().formatCellValue(share)).isEqualTo("75.0%");
            assertThat(k.cell("ASI Eksklusif", "Kesesuaian (%)")).isNull();

            SummaryTable selesai = SummaryTable.find(ringkasan, RingkasanSheet.JUDUL_SELESAI);
            assertThat(selesai.rowLabels()).containsExactly(resolved.temuan().idTemuan());
            assertThat(selesai.cell(resolved.temuan().idTemuan(), "NIK").getStringCellValue()).isEqualTo(nik(77));
            assertThat(selesai.cell(resolved.temuan().idTemuan(), "Tindak Lanjut").getStringCellValue())
                    .isEqualTo("Data program diperbarui");
        }
    }

    @Test
    void summaryHasABarChartOfFindingsPerDesa() throws IOException {
        try (XSSFWorkbook wb = open(write(sample()))) {
            var drawing = wb.getSheet("Ringkasan").getDrawingPatriarch();
            assertThat(drawing).isNotNull();
            assertThat(drawing.getCharts()).hasSize(1);
            var chart = drawing.getCharts().get(0);
            assertThat(chart.getTitleText().getString()).isEqualTo(RingkasanSheet.CHART_TITLE);
            var series = chart.getChartSeries().get(0).getSeries(0);
            assertThat(series.getCategoryData().getPointCount()).isEqualTo(4);
            assertThat(series.getCategoryData().getPointAt(0)).isEqualTo("Desa A");
        }
    }

    @Test
    void tindakLanjutHasADropdown() throws IOException {
        try (XSSFWorkbook wb = open(write(sample()))) {
            XSSFSheet sheet = wb.getSheet("JKN");
            List<XSSFDataValidation> validations = sheet.getDataValidations();
            assertThat(validations).hasSize(1);
            DataValidation v = validations.get(0);
            assertThat(v.getValidationConstraint().getExplicitListValues()).containsExactly("Belum",
                    "Sudah dikunjungi", "Data PIS-PK diperbarui", "Data program diperbarui", "Bukan masalah");
            CellRangeAddress range = v.getRegions().getCellRangeAddress(0);
            int column = TemuanColumn.TINDAK_LANJUT.ordinal();
            assertThat(range.getFirstColumn()).isEqualTo(column);
            assertThat(range.getLastColumn()).isEqualTo(column);
            assertThat(range.getFirstRow()).isEqualTo(1);
            assertThat(range.getLastRow()).isEqualTo(sheet.getLastRowNum());
            // OOXML showDropDown=true would HIDE the arrow
            assertThat(sheet.getCTWorksheet().getDataValidations().getDataValidationArray(0).getShowDropDown())
                    .isFalse();
        }
    }

    @Test
    void match01RowsGetThePairChoicesAndTheOtherRowsKeepTheirs() throws IOException {
        try (XSSFWorkbook wb = open(write(sample()))) {
            XSSFSheet sheet = wb.getSheet(RuleCode.MATCH_01.family().sheetName());
            List<XSSFDataValidation> validations = sheet.getDataValidations();
            assertThat(validations).hasSize(2);
            int column = TemuanColumn.TINDAK_LANJUT.ordinal();
            int kode = TemuanColumn.KODE_ATURAN.ordinal();
            DataFormatter f = new DataFormatter();
            for (int r = 1; r <= sheet.getLastRowNum(); r++) {
                boolean match = f.formatCellValue(sheet.getRow(r).getCell(kode)).equals("MATCH-01");
                List<DataValidation> covering = new ArrayList<>();
                for (XSSFDataValidation v : validations) {
                    for (CellRangeAddress range : v.getRegions().getCellRangeAddresses()) {
                        if (range.isInRange(r, column)) {
                            covering.add(v);
                        }
                    }
                }
                assertThat(covering).as("row %d", r).hasSize(1);
                assertThat(covering.get(0).getValidationConstraint().getExplicitListValues()).as("row %d", r)
                        .containsExactlyElementsOf(match
                                ? List.of("Belum", "Orang yang sama", "Bukan orang yang sama")
                                : List.of("Belum", "Sudah dikunjungi", "Data PIS-PK diperbarui",
                                        "Data program diperbarui", "Bukan masalah"));
            }
        }
    }

    @Test
    void manyAlternatingMatch01AndDemoRowsGetOneDropdownWithBothLists() throws IOException {
        // one family each, MATCH-01 and DEMO-01 in turn: every row its own range
        List<TemuanRow> rows = new ArrayList<>();
        for (int i = 0; i <= FamilySheet.MAX_RANGES; i++) {
            Temuan t = temuan(i % 2 == 0 ? RuleCode.MATCH_01 : RuleCode.DEMO_01, PKM, nik(i), "Nama " + i, "Desa A");
            rows.add(new TemuanRow(new Temuan(t.idTemuan(), t.kodeAturan(), t.kodePuskesmas(), t.subjek(), t.nik(),
                    t.nama(), t.tanggalLahir(), t.umurBulan(), t.jenisKelamin(), String.format("K%05d", i), t.desa(),
                    t.rtRw(), t.posyandu(), t.sumber(), t.nilaiPispk(), t.nilaiProgram(), t.keterangan()),
                    "Baru", TANGGAL, "", ""));
        }
        try (XSSFWorkbook wb = open(write(rows))) {
            XSSFSheet sheet = wb.getSheet(RuleCode.MATCH_01.family().sheetName());
            assertThat(sheet.getDataValidations()).singleElement().satisfies(v -> {
                assertThat(v.getValidationConstraint().getExplicitListValues()).containsExactly("Belum",
                        "Sudah dikunjungi", "Data PIS-PK diperbarui", "Data program diperbarui", "Bukan masalah",
                        "Orang yang sama", "Bukan orang yang sama");
                assertThat(v.getRegions().getCellRangeAddresses()).singleElement().satisfies(r -> {
                    assertThat(r.getFirstRow()).isEqualTo(1);
                    assertThat(r.getLastRow()).isEqualTo(sheet.getLastRowNum());
                });
            });
        }
    }

    @Test
    void headerIsFrozenAndFiltered() throws IOException {
        try (XSSFWorkbook wb = open(write(sample()))) {
            for (RuleFamily family : RuleFamily.values()) {
                XSSFSheet sheet = wb.getSheet(family.sheetName());
                assertThat(sheet.getPaneInformation().isFreezePane()).isTrue();
                assertThat(sheet.getPaneInformation().getHorizontalSplitPosition()).isEqualTo((short) 1);
                // the id and the name stay in view when scrolling right
                assertThat(sheet.getPaneInformation().getVerticalSplitPosition()).isEqualTo((short) 2);
                assertThat(sheet.getCTWorksheet().isSetAutoFilter()).isTrue();
                int last = Math.max(1, sheet.getLastRowNum()) + 1;
                assertThat(sheet.getCTWorksheet().getAutoFilter().getRef()).isEqualTo("A1:Y" + last);
            }
        }
    }

    @Test
    void columnWidthsFitTheContentWithinACap() throws IOException {
        try (XSSFWorkbook wb = open(write(sample()))) {
            XSSFSheet sheet = wb.getSheet("JKN");
            int nik = sheet.getColumnWidth(TemuanColumn.NIK.ordinal()) / 256;
            int nilai = sheet.getColumnWidth(TemuanColumn.NILAI_PISPK.ordinal()) / 256;
            int rekomendasi = sheet.getColumnWidth(TemuanColumn.REKOMENDASI.ordinal()) / 256;
            assertThat(nik).isBetween(16, 20);
            assertThat(nilai).isEqualTo("Nilai PIS-PK".length() + 2); // the header is longer than "Ya"
            assertThat(rekomendasi).isEqualTo(TemuanColumn.REKOMENDASI.width());
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"=HYPERLINK(\"http://x\",\"klik\")", "+6281234", "-1+1", "@SUM(A1)", "\tTab", "\rCR"})
    void formulaLikeTextArrivesAsQuotedText(String nama) throws IOException {
        try (XSSFWorkbook wb = open(write(List.of(row(RuleCode.JKN_01, nik(5), nama, "=Desa"))))) {
            Row r = wb.getSheet("JKN").getRow(1);
            Cell cell = r.getCell(TemuanColumn.NAMA.ordinal());
            assertThat(cell.getCellType()).isEqualTo(CellType.STRING);
            assertThat(cell.getStringCellValue()).isEqualTo(nama);
            assertThat(cell.getCellStyle().getQuotePrefixed()).isTrue();
            assertThat(r.getCell(TemuanColumn.DESA.ordinal()).getCellStyle().getQuotePrefixed()).isTrue();
        }
    }

    @Test
    void ordinaryTextHasNoQuotePrefix() throws IOException {
        try (XSSFWorkbook wb = open(write(List.of(row(RuleCode.JKN_01, nik(5), "Ani", "Desa A"))))) {
            Cell cell = wb.getSheet("JKN").getRow(1).getCell(TemuanColumn.NAMA.ordinal());
            assertThat(cell.getCellStyle().getQuotePrefixed()).isFalse();
        }
    }

    @Test
    void findingsOfAnotherPuskesmasAreNeverWritten() throws IOException {
        List<TemuanRow> rows = new ArrayList<>(sample());
        TemuanRow intruder = new TemuanRow(temuan(RuleCode.JKN_01, PKM_LAIN, nik(4242), "Orang Lain", "Desa A"),
                TemuanRow.BARU, TANGGAL, "", "");
        TemuanRow unrouted = new TemuanRow(temuan(RuleCode.JKN_01, null, nik(4343), "Tanpa Puskesmas", "Desa A"),
                TemuanRow.BARU, TANGGAL, "", "");
        rows.add(3, intruder);
        rows.add(unrouted);
        Path target = dir.resolve("isolasi.xlsx");
        WorkbookResult result = writer.write(OESAPA, rows.iterator(),
                List.of(new KonkordansiRow(PKM_LAIN, "Kartu JKN", 1, 2)), List.of(intruder), TANGGAL, target);

        assertThat(result.dilewati()).isEqualTo(2);
        assertThat(result.jumlah()).isEqualTo(rows.size() - 2);
        assertThat(result.selesai()).isZero();
        assertThat(result.rowsPerSheet().values().stream().mapToInt(Integer::intValue).sum())
                .isEqualTo(rows.size() - 2);
        try (XSSFWorkbook wb = open(target)) {
            DataFormatter f = new DataFormatter();
            List<String> everything = new ArrayList<>();
            wb.forEach(sheet -> sheet.forEach(row -> row.forEach(c -> everything.add(f.formatCellValue(c)))));
            assertThat(everything).doesNotContain(nik(4242), "Orang Lain", intruder.temuan().idTemuan(),
                    nik(4343), "Tanpa Puskesmas");
            SummaryTable k = SummaryTable.find(wb.getSheet("Ringkasan"), RingkasanSheet.JUDUL_KONKORDANSI);
            assertThat(k.rowLabels()).isEmpty();
        }
    }

    @Test
    void noFindingsStillMakesTheWholeWorkbook() throws IOException {
        try (XSSFWorkbook wb = open(write(List.of()))) {
            assertThat(wb.getNumberOfSheets()).isEqualTo(RuleFamily.values().length + 4);
            for (RuleFamily family : RuleFamily.values()) {
                assertThat(dataRows(wb.getSheet(family.sheetName()))).isZero();
                // an empty sheet says so, in the name column: it never prints as a blank page
                assertThat(wb.getSheet(family.sheetName()).getRow(1).getCell(TemuanColumn.NAMA.ordinal())
                        .getStringCellValue()).isEqualTo(FamilySheet.KOSONG);
                assertThat(wb.getSheet(family.sheetName()).getRow(1).getCell(TemuanColumn.ID_TEMUAN.ordinal()))
                        .isNull();
            }
            SummaryTable aturan = SummaryTable.find(wb.getSheet("Ringkasan"), RingkasanSheet.JUDUL_PER_ATURAN);
            assertThat(aturan.total("Jumlah")).isZero();
            assertThat(wb.getSheet("Ringkasan").getDrawingPatriarch()).isNull();
        }
    }

    @Test
    void guideExplainsBothDirectionsAndEveryRule() throws IOException {
        try (XSSFWorkbook wb = open(write(List.of()))) {
            DataFormatter f = new DataFormatter();
            List<String> text = new ArrayList<>();
            wb.getSheet("Petunjuk").forEach(r -> r.forEach(c -> text.add(f.formatCellValue(c))));
            String all = String.join("\n", text);
            assertThat(all).contains("Tim Pembina Keluarga memeriksa data PIS-PK",
                    "Pemegang program memeriksa register program", "ID Temuan", "Tindak Lanjut", "Catatan");
            for (RuleCode rule : RuleCode.values()) {
                assertThat(text).contains(rule.code(), rule.judul(), rule.tindakLanjut());
            }
        }
    }

    @Test
    void aFailureMidWriteLeavesTheOldFileAndNoTemporaryFile() throws IOException {
        Path target = dir.resolve(WorkbookFileNames.of(OESAPA));
        Files.writeString(target, "isi lama");
        Iterator<TemuanRow> failing = failingAfter(sample(), 40);

        assertThatThrownBy(() -> writer.write(OESAPA, failing, List.of(), List.of(), TANGGAL, target))
                .isInstanceOf(UncheckedIOException.class);

        assertThat(Files.readString(target)).isEqualTo("isi lama");
        try (Stream<Path> files = Files.list(dir)) {
            assertThat(files).containsExactly(target);
        }
    }

    @Test
    void aFailureMidWriteLeavesNoFileWhenThereWasNone() throws IOException {
        Path target = dir.resolve("baru").resolve(WorkbookFileNames.of(OESAPA));
        assertThatThrownBy(() -> writer.write(OESAPA, failingAfter(sample(), 3), List.of(), List.of(), TANGGAL,
                target)).isInstanceOf(UncheckedIOException.class);
        try (Stream<Path> files = Files.list(target.getParent())) {
            assertThat(files).isEmpty();
        }
    }

    @Test
    void aSecondRunReplacesTheWorkbook() throws IOException {
        Path target = write(sample());
        write(List.of(row(RuleCode.KUA_03, nik(3), "Catin", "Desa A")));
        try (XSSFWorkbook wb = open(target)) {
            assertThat(dataRows(wb.getSheet("JKN"))).isZero();
            assertThat(dataRows(wb.getSheet("KUA"))).isEqualTo(1);
        }
    }

    @Test
    void sxssfTemporaryFilesAreDeletedOnSuccessAndOnFailure() throws IOException {
        List<Path> before = sxssfTempFiles();
        write(sample());
        assertThatThrownBy(() -> writer.write(OESAPA, failingAfter(sample(), 50), List.of(), List.of(), TANGGAL,
                dir.resolve("gagal.xlsx"))).isInstanceOf(UncheckedIOException.class);
        assertThat(sxssfTempFiles()).isSubsetOf(before);
    }

    /** Rows holding a finding (an {@code ID Temuan}), the header not counted. */
    static int dataRows(XSSFSheet sheet) {
        int n = 0;
        for (int r = 1; r <= sheet.getLastRowNum(); r++) {
            Row row = sheet.getRow(r);
            if (row != null && row.getCell(TemuanColumn.ID_TEMUAN.ordinal()) != null) {
                n++;
            }
        }
        return n;
    }

    /** SXSSF's temporary sheet files, in POI's default temp folder. */
    private static List<Path> sxssfTempFiles() throws IOException {
        Path poifiles = Path.of(System.getProperty("java.io.tmpdir"), "poifiles");
        if (!Files.isDirectory(poifiles)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(poifiles)) {
            return files.filter(p -> p.getFileName().toString().startsWith("poi-sxssf")).toList();
        }
    }

    static Iterator<TemuanRow> failingAfter(List<TemuanRow> rows, int n) {
        Iterator<TemuanRow> inner = rows.iterator();
        return new Iterator<>() {
            int given;

            @Override
            public boolean hasNext() {
                return true;
            }

            @Override
            public TemuanRow next() {
                if (given++ == n || !inner.hasNext()) {
                    throw new UncheckedIOException(new IOException("basis data terputus"));
                }
                return inner.next();
            }
        };
    }
}
