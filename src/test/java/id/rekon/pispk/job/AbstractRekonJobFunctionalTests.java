package id.rekon.pispk.job;

import id.rekon.pispk.job.cli.RekonRunner;
import id.rekon.pispk.job.launch.ExitCode;
import id.rekon.pispk.model.RuleFamily;
import id.rekon.pispk.output.TemuanColumn;
import id.rekon.pispk.output.TemuanCsvColumn;
import id.rekon.pispk.sample.GeneratorSettings;
import id.rekon.pispk.sample.Manifest;
import id.rekon.pispk.sample.SampleDataGenerator;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.DefaultApplicationArguments;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The real job, end to end, on a generated kabupaten: runs the CLI on the generator's inbox and
 * checks what it wrote by reading it back (Jackson for {@code ringkasan.json}, Commons CSV for
 * {@code temuan.csv} and {@code ditolak/}, POI for the workbooks) against the generator's manifest,
 * which records what it wrote and injected independently of the code under test.
 *
 * <p>The database is the only thing a subclass chooses: its {@code @DynamicPropertySource} calls
 * {@link #workDirectory} and sets {@code spring.datasource.*} (H2 in {@link RekonJobFunctionalTests},
 * PostgreSQL in {@link RekonJobPostgresFunctionalTests}). Each subclass gets its own Spring context,
 * its own database and its own folders.
 */
@SpringBootTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class AbstractRekonJobFunctionalTests {

    private static final LocalDate RUN_DATE = LocalDate.of(2026, 11, 1);
    private static final String ROOT_PROPERTY = "rekon.test.root";

    @Autowired
    RekonRunner runner;

    @Value("${" + ROOT_PROPERTY + "}")
    Path root;

    private Manifest manifest;
    private Path out;
    private int exitCode;

    /**
     * Makes a fresh temporary folder for one test class's inbox, outputs and data directory and
     * registers it; the subclass adds the datasource.
     *
     * @return the folder
     */
    static Path workDirectory(DynamicPropertyRegistry registry, String prefix) throws IOException {
        Path root = Files.createTempDirectory(prefix);
        registry.add(ROOT_PROPERTY, root::toString);
        registry.add("rekon.data-dir", () -> root.resolve("data").toString());
        return root;
    }

    @BeforeAll
    void generateAndRun() throws Exception {
        Path data = root.resolve("sample");
        manifest = SampleDataGenerator.generate(GeneratorSettings.defaults().withOut(data).withKeluarga(400)
                .withSeed(7).withRunDate(RUN_DATE));
        out = root.resolve("out");
        runner.run(new DefaultApplicationArguments("run", "--inbox", data.resolve("inbox").toString(), "--out",
                out.toString(), "--wilayah-kerja", data.resolve(manifest.regionMaster()).toString(), "--run-date",
                RUN_DATE.toString(), "--name", "e2e"));
        exitCode = runner.getExitCode();
        out = out.resolve(RUN_DATE.toString());
    }

    @Test
    void exitCodeSaysInputHadProblems() {
        // The generator always injects bad rows and one file that is not an export.
        assertThat(exitCode).isEqualTo(ExitCode.INPUT_BERMASALAH.code());
    }

    @Test
    void everyFileIsCountedAsTheGeneratorWroteIt() throws IOException {
        JsonNode summary = JsonMapper.builder().build().readTree(out.resolve("ringkasan.json").toFile());
        Map<String, JsonNode> inputs = new HashMap<>();
        summary.get("masukan").forEach(n -> inputs.put(n.get("nama_berkas").asString(), n));
        for (Manifest.FileEntry f : manifest.files()) {
            JsonNode in = inputs.get(f.file());
            assertThat(in).as("file %s in ringkasan.json", f.file()).isNotNull();
            if ("unknown".equals(f.kind())) {
                assertThat(in.get("galat_berkas").isNull()).as("unknown file %s reported", f.file()).isFalse();
                continue;
            }
            assertThat(in.get("jenis").asString()).as("kind of %s", f.file()).isEqualTo(f.kind());
            assertThat(in.get("baris_dibaca").asLong()).as("rows read of %s", f.file()).isEqualTo(f.dataRows());
            assertThat(in.get("baris_ditolak").asLong()).as("rows rejected of %s", f.file()).isEqualTo(f.rejectedRows());
            assertThat(in.get("baris_disimpan").asLong()).as("rows stored of %s", f.file())
                    .isEqualTo(f.dataRows() - f.rejectedRows());
            assertThat(in.get("baris_dilewati").asLong()).as("totals rows of %s", f.file()).isEqualTo(f.totalsRows());
            assertThat(in.get("sha256").asString()).hasSize(64);
        }
        // The read step's partitions (one per file) are summed into 'baca', not listed one by one.
        List<String> steps = new ArrayList<>();
        summary.get("langkah").forEach(n -> steps.add(n.get("nama").asString()));
        assertThat(steps).startsWith("persiapan", "baca", "susun", "cakupan", "umpanBalik", "cocok", "aturan")
                .noneMatch(name -> name.contains(":"));
        // Its items: every data row, and one end-of-file item per file it read (the region master excepted).
        List<Manifest.FileEntry> read = manifest.files().stream().filter(f -> !"region-master".equals(f.kind())).toList();
        long rows = read.stream().filter(f -> !"unknown".equals(f.kind())).mapToLong(Manifest.FileEntry::dataRows).sum();
        assertThat(summary.get("langkah").get(1).get("item").asLong()).as("items of the read step")
                .isEqualTo(rows + read.size());
    }

    @Test
    void everyRejectIsInDitolakWithFileRowAndReason() throws IOException {
        Map<String, Long> perFile = new HashMap<>();
        try (Stream<Path> files = Files.list(out.resolve("ditolak"))) {
            for (Path p : files.filter(p -> !p.getFileName().toString().equals("berkas.csv")).toList()) {
                for (CSVRecord r : csv(p)) {
                    assertThat(r.get("alasan")).isNotBlank();
                    assertThat(Long.parseLong(r.get("baris"))).isPositive();
                    perFile.merge(r.get("file"), 1L, Long::sum);
                }
            }
        }
        for (Manifest.FileEntry f : manifest.files()) {
            if (!"unknown".equals(f.kind())) {
                assertThat(perFile.getOrDefault(f.file(), 0L)).as("rejects of %s", f.file()).isEqualTo(f.rejectedRows());
            }
        }
        List<String> refused = csv(out.resolve("ditolak/berkas.csv")).stream().map(r -> r.get("file")).toList();
        assertThat(refused).containsExactlyInAnyOrderElementsOf(manifest.files().stream()
                .filter(f -> "unknown".equals(f.kind())).map(Manifest.FileEntry::file).toList());
    }

    @Test
    void findingsAreWhatTheGeneratorInjected() throws IOException {
        ManifestCheck.Result result = ManifestCheck.compare(csv(out.resolve("temuan.csv")), manifest);
        assertThat(result.nearMissesFlagged()).as("near misses must not be flagged").isEmpty();
        assertThat(result.missing()).as("injected findings the job did not report").isEmpty();
        assertThat(result.unexpected()).as("findings of complete rules the generator did not inject").isEmpty();
        // issue 10's measure of probable matching, stated on its own (implied by the exact checks above)
        ManifestCheck.MatchQuality match = ManifestCheck.matchQuality(csv(out.resolve("temuan.csv")), manifest);
        assertThat(match.injected()).as("injected probable pairs").isGreaterThanOrEqualTo(7);
        assertThat(match.recall()).as("share of injected pairs proposed").isGreaterThanOrEqualTo(0.98);
        assertThat(match.wrongShare()).as("share of MATCH-01 proposals that are wrong").isLessThanOrEqualTo(0.01);
        assertThat(match.lookAlikesProposed()).as("look-alikes proposed").isZero();
    }

    @Test
    void findingIdsAreUniqueAndOwned() throws IOException {
        List<CSVRecord> rows = csv(out.resolve("temuan.csv"));
        assertThat(rows).isNotEmpty();
        assertThat(rows.stream().map(r -> r.get("id_temuan")).distinct().count()).isEqualTo(rows.size());
        assertThat(rows).allSatisfy(r -> assertThat(r.get("id_temuan")).startsWith(r.get("kode_aturan") + "-"));
    }

    @Test
    void eachWorkbookHoldsOnlyItsPuskesmasFindingsWithNikAsText() throws IOException {
        Map<String, Set<String>> idsByPuskesmas = new HashMap<>();
        Map<String, String> nikById = new HashMap<>();
        for (CSVRecord r : csv(out.resolve("temuan.csv"))) {
            idsByPuskesmas.computeIfAbsent(r.get("kode_puskesmas"), k -> new HashSet<>()).add(r.get("id_temuan"));
            nikById.put(r.get("id_temuan"), r.get("nik"));
        }
        List<Path> workbooks;
        try (Stream<Path> s = Files.list(out.resolve("puskesmas"))) {
            workbooks = s.filter(p -> p.toString().endsWith(".xlsx")).toList();
        }
        assertThat(workbooks).hasSameSizeAs(manifest.puskesmas());
        for (Path wb : workbooks) {
            String kode = wb.getFileName().toString().split(" ")[0];
            Set<String> seen = new HashSet<>();
            try (InputStream in = Files.newInputStream(wb); XSSFWorkbook book = new XSSFWorkbook(in)) {
                for (Sheet sheet : book) {
                    Row header = sheet.getRow(0);
                    if (header == null || !"ID Temuan".equals(text(header.getCell(0)))) {
                        continue;
                    }
                    int nikCol = column(header, "NIK");
                    for (int i = 1; i <= sheet.getLastRowNum(); i++) {
                        Row row = sheet.getRow(i);
                        if (row == null) {
                            continue;
                        }
                        String id = text(row.getCell(0));
                        if (id.isEmpty()) {
                            continue; // an empty sheet's line saying it is empty
                        }
                        seen.add(id);
                        Cell nik = row.getCell(nikCol);
                        if (nik != null && nik.getCellType() != CellType.BLANK) {
                            assertThat(nik.getCellType()).as("NIK cell of %s", id).isEqualTo(CellType.STRING);
                            assertThat(nik.getStringCellValue()).isEqualTo(nikById.get(id));
                        }
                    }
                }
            }
            assertThat(seen).as("findings in workbook %s", wb.getFileName())
                    .isEqualTo(idsByPuskesmas.getOrDefault(kode, Set.of()));
        }
    }

    /**
     * A finding's identity as both sides can state it: rule and owner, then what names the subject
     * in {@code temuan.csv} for that rule (the family code for SURVEI-01, the registration number for
     * the couple rules, the name and birth date for MATCH-01, whose PIS-PK side has no NIK, otherwise
     * the NIK as shown and the birth date).
     */
    /**
     * Every output opened as its user opens it (issue 12): a nurse's workbook in a spreadsheet, the
     * analyst's CSV in a parser and the same table in temuan.xlsx, the district's kabupaten.xlsx.
     */
    @Test
    void familySheetsAreSetUpForTheTeams() throws IOException {
        int sheetsWithRows = 0;
        try (Stream<Path> files = Files.list(out.resolve("puskesmas"))) {
            for (Path file : files.toList()) {
                try (XSSFWorkbook wb = new XSSFWorkbook(Files.newInputStream(file))) {
                    assertThat(wb.getSheetAt(1).getSheetName()).isEqualTo("Kunjungan Rumah");
                    assertThat(wb.getSheetAt(1).getPrintSetup().getLandscape()).isFalse();
                    for (RuleFamily family : RuleFamily.values()) {
                        XSSFSheet sheet = wb.getSheet(family.sheetName());
                        assertThat(sheet.getPaneInformation().getHorizontalSplitPosition()).isEqualTo((short) 1);
                        assertThat(sheet.getPaneInformation().getVerticalSplitPosition()).isEqualTo((short) 2);
                        assertThat(sheet.getPrintSetup().getLandscape()).isTrue();
                        assertThat(sheet.getPrintSetup().getFitWidth()).isEqualTo((short) 1);
                        assertThat(sheet.getRepeatingRows().formatAsString()).isEqualTo("1:1");
                        assertThat(sheet.getFooter().getRight()).contains("&P", "&N");
                        if (sheet.getRow(1).getCell(0) == null) {
                            continue; // an empty sheet: its line says so
                        }
                        sheetsWithRows++;
                        // one dropdown list for MATCH-01 rows, one for the others (TindakLanjut)
                        assertThat(sheet.getDataValidations()).hasSize(kinds(sheet));
                        assertThat(sheet.getRow(1).getCell(TemuanColumn.URAIAN.ordinal()).getCellStyle().getWrapText())
                                .isTrue();
                        assertDesaAndRtRwComeInBlocks(sheet);
                    }
                }
            }
        }
        assertThat(sheetsWithRows).isPositive();
    }

    /** Sorted by desa, then RT/RW: each desa, and each RT/RW within it, is one block of rows. */
    private static void assertDesaAndRtRwComeInBlocks(XSSFSheet sheet) {
        List<String> seen = new ArrayList<>();
        String last = null;
        for (int r = 1; r <= sheet.getLastRowNum(); r++) {
            Row row = sheet.getRow(r);
            String key = text(row.getCell(TemuanColumn.DESA.ordinal())) + "|"
                    + text(row.getCell(TemuanColumn.RT_RW.ordinal()));
            if (!key.equals(last)) {
                assertThat(seen).as("%s row %d: %s comes back after other desa/RT", sheet.getSheetName(), r, key)
                        .doesNotContain(key);
                seen.add(key);
                last = key;
            }
        }
    }

    @Test
    void analystsReadTheSameTableFromTheCsvAndTheXlsxWithNiksWhole() throws IOException {
        List<CSVRecord> rows = csv(out.resolve("temuan.csv"));
        assertThat(rows.get(0).getParser().getHeaderNames()).containsExactly(TemuanCsvColumn.headers());
        assertThat(rows).allSatisfy(r -> assertThat(r.get("nik")).matches("\\d*"));
        assertThat(rows.stream().filter(r -> !r.get("kode_puskesmas").isEmpty()))
                .allSatisfy(r -> assertThat(r.get("nama_puskesmas")).isNotEmpty());
        try (XSSFWorkbook wb = new XSSFWorkbook(Files.newInputStream(out.resolve("temuan.xlsx")))) {
            XSSFSheet sheet = wb.getSheetAt(0);
            assertThat(sheet.getLastRowNum()).isEqualTo(rows.size());
            int nik = TemuanCsvColumn.NIK.ordinal();
            for (int r = 1; r <= sheet.getLastRowNum(); r++) {
                Cell cell = sheet.getRow(r).getCell(nik);
                assertThat(text(cell)).isEqualTo(rows.get(r - 1).get("nik"));
                if (cell != null) {
                    assertThat(cell.getCellType()).isEqualTo(CellType.STRING);
                }
            }
        }
    }

    @Test
    void theDistrictWorkbookRanksThePuskesmasWithCharts() throws IOException {
        try (XSSFWorkbook wb = new XSSFWorkbook(Files.newInputStream(out.resolve("kabupaten.xlsx")))) {
            assertThat(wb.getNumberOfSheets()).isEqualTo(3);
            for (int i = 0; i < 3; i++) {
                assertThat(wb.getSheetAt(i).getDrawingPatriarch().getCharts()).hasSize(1);
                assertThat(wb.getSheetAt(i).getPrintSetup().getLandscape()).isTrue();
            }
            XSSFSheet peringkat = wb.getSheetAt(0);
            double previous = Double.MAX_VALUE;
            for (int r = 4; peringkat.getRow(r) != null && peringkat.getRow(r).getCell(0) != null; r++) {
                double open = peringkat.getRow(r).getCell(3).getNumericCellValue();
                assertThat(open).isLessThanOrEqualTo(previous);
                previous = open;
            }
        }
    }

    @Test
    void rejectedRowsNameTheirColumnsAndReachThePuskesmasThatTypedThem() throws IOException {
        long named = 0;
        long total = 0;
        try (Stream<Path> files = Files.list(out.resolve("ditolak"))) {
            for (Path p : files.filter(p -> !p.getFileName().toString().equals("berkas.csv")).toList()) {
                for (CSVRecord r : csv(p)) {
                    total++;
                    assertThat(r.get("cara_memperbaiki")).contains("aplikasi sumbernya");
                    if (r.get("isi_per_kolom").contains(": ")) {
                        named++;
                    }
                }
            }
        }
        assertThat(named).as("rows named by column, of %d", total).isPositive();
        long listed = 0;
        try (Stream<Path> files = Files.list(out.resolve("puskesmas"))) {
            for (Path file : files.toList()) {
                try (XSSFWorkbook wb = new XSSFWorkbook(Files.newInputStream(file))) {
                    XSSFSheet sheet = wb.getSheet("Baris Ditolak");
                    for (int r = 2; r <= sheet.getLastRowNum(); r++) {
                        if (sheet.getRow(r).getCell(1) != null) {
                            listed++;
                        }
                    }
                }
            }
        }
        assertThat(listed).isPositive().isLessThanOrEqualTo(total);
    }

    @Test
    void aWorkbookAndTheDistrictWorkbookPrintAsLaidOut() throws Exception {
        assumeTrue(PdfPages.soffice() != null, "soffice tidak ada di PATH: uji cetak LibreOffice dilewati");
        Path workbook;
        try (Stream<Path> files = Files.list(out.resolve("puskesmas"))) {
            workbook = files.sorted().findFirst().orElseThrow();
        }
        PdfPages pages = PdfPages.print(workbook, Files.createDirectories(root.resolve("cetak-puskesmas")));
        // Ringkasan, Kunjungan Rumah, nine family sheets, Petunjuk: at least a page each, none empty
        assertThat(pages.count()).isBetween(RuleFamily.values().length + 3, 200);
        assertThat(pages.landscape.get(0)).as("Ringkasan").isTrue();
        assertThat(pages.landscape).contains(true, false).doesNotContainNull();

        PdfPages district = PdfPages.print(out.resolve("kabupaten.xlsx"),
                Files.createDirectories(root.resolve("cetak-kabupaten")));
        assertThat(district.count()).isBetween(3, 8);
        assertThat(district.landscape).containsOnly(true);
    }

    private static List<CSVRecord> csv(Path file) throws IOException {
        try (Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8);
                CSVParser p = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get().parse(skipBom(r))) {
            return p.getRecords();
        }
    }

    private static Reader skipBom(Reader r) throws IOException {
        r.mark(1);
        if (r.read() != '\uFEFF') {
            r.reset();
        }
        return r;
    }

    private static int column(Row header, String name) {
        for (Cell c : header) {
            if (name.equals(text(c))) {
                return c.getColumnIndex();
            }
        }
        throw new AssertionError("no column " + name);
    }

    private static String text(Cell c) {
        return c == null ? "" : c.getCellType() == CellType.STRING ? c.getStringCellValue() : c.toString();
    }

    /** How many kinds of rows for the Tindak Lanjut dropdown a sheet holds: MATCH-01 and the others. */
    private static int kinds(XSSFSheet sheet) {
        boolean match = false;
        boolean other = false;
        for (int r = 1; r <= sheet.getLastRowNum(); r++) {
            var cell = sheet.getRow(r).getCell(TemuanColumn.KODE_ATURAN.ordinal());
            boolean m = cell != null && "MATCH-01".equals(cell.getStringCellValue());
            match |= m;
            other |= !m;
        }
        return (match ? 1 : 0) + (other ? 1 : 0);
    }
}
