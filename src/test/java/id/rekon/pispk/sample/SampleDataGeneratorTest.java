package id.rekon.pispk.sample;

import id.rekon.pispk.model.RuleCode;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The generator's output, checked by reading the files back with Commons CSV, POI and Jackson
 * (never the product's readers, never the generator's writers): counts in the manifest match the
 * files, every kind of damage the spec lists is there, runs are deterministic, big sheets split.
 */
class SampleDataGeneratorTest {

    @TempDir
    static Path tmp;

    static Path out;
    static Manifest manifest;

    @BeforeAll
    static void generateDefault() {
        out = DefaultSample.dir();
        manifest = DefaultSample.manifest();
    }

    static GeneratorSettings settings(Path dir) {
        return DefaultSample.settings(dir);
    }

    static Path inbox(Path dir) {
        return dir.resolve("inbox");
    }

    // ------------------------------------------------------------------ counts

    @Test
    void manifestCountsMatchTheFiles() {
        assertCountsMatch(out, manifest);
    }

    @Test
    void manifestListsEveryInboxFileAndNothingElse() throws IOException {
        Set<String> onDisk = new HashSet<>();
        try (Stream<Path> s = Files.list(inbox(out))) {
            s.forEach(p -> onDisk.add(p.getFileName().toString()));
        }
        assertThat(manifest.files()).extracting(Manifest.FileEntry::file).containsExactlyInAnyOrderElementsOf(onDisk);
        assertThat(out.resolve("manifest.json")).exists();
        assertThat(out.resolve(manifest.regionMaster())).exists();
    }

    static void assertCountsMatch(Path dir, Manifest m) {
        for (Manifest.FileEntry e : m.files()) {
            InboxTables.Table t = InboxTables.read(inbox(dir).resolve(e.file()));
            long data = 0;
            long rejected = 0;
            long totals = 0;
            long blank = 0;
            long members = 0;
            Set<String> families = new HashSet<>();
            long familyRows = 0;
            for (List<Object> row : t.rows()) {
                if (InboxTables.blank(row)) {
                    blank++;
                } else if (InboxTables.totals(row)) {
                    totals++;
                } else {
                    data++;
                    if (rejected(e.kind(), t, row)) {
                        rejected++;
                    } else if (e.kind().equals("pispk-raw-survei")) {
                        members++;
                        families.add(row.get(t.col("SURVEI ID")).toString());
                    } else if (e.kind().equals("pispk-anggota")) {
                        members++;
                    } else if (e.kind().equals("pispk-keluarga")) {
                        familyRows++;
                    }
                }
            }
            String f = e.file();
            assertThat(data).as("data rows of %s", f).isEqualTo(e.dataRows());
            assertThat(rejected).as("rejected rows of %s", f).isEqualTo(e.rejectedRows());
            assertThat(totals).as("totals rows of %s", f).isEqualTo(e.totalsRows());
            assertThat(blank).as("blank rows of %s", f).isEqualTo(e.blankRows());
            switch (e.kind()) {
                case "pispk-raw-survei" -> {
                    assertThat((long) families.size()).as("families of %s", f).isEqualTo(e.families());
                    assertThat(members).as("members of %s", f).isEqualTo(e.members());
                }
                case "pispk-anggota" -> assertThat(members).as("members of %s", f).isEqualTo(e.members());
                case "pispk-keluarga" -> assertThat(familyRows).as("families of %s", f).isEqualTo(e.families());
                default -> assertThat(e.families()).isNull();
            }
            if (!e.kind().equals("unknown")) {
                assertThat(e.rejectedRows()).as("%s has rejected rows", f).isPositive();
                assertThat(e.rejectReasons().values().stream().mapToLong(Long::longValue).sum())
                        .isEqualTo(e.rejectedRows());
            }
        }
    }

    /** What the spec makes a reject: a required field missing or unreadable. */
    static boolean rejected(String kind, InboxTables.Table t, List<Object> r) {
        return switch (kind) {
            case "pispk-keluarga" -> !InboxTables.present(cell(t, r, "Kode Keluarga", "ID Keluarga"))
                    || !InboxTables.present(cell(t, r, "Kode Puskesmas", "Kode PKM"))
                    || InboxTables.date(cell(t, r, "Tanggal Kunjungan", "Tgl Kunjungan")) == null;
            case "pispk-anggota" -> !InboxTables.present(cell(t, r, "Kode Keluarga", "ID Keluarga"))
                    || !InboxTables.present(cell(t, r, "Nama", "Nama Anggota"))
                    || InboxTables.date(cell(t, r, "Tanggal Lahir", "Tgl Lahir")) == null;
            case "pispk-raw-survei" -> !InboxTables.present(cell(t, r, "SURVEI ID"))
                    || !InboxTables.present(cell(t, r, "KODE PKM"))
                    || InboxTables.date(cell(t, r, "TANGGAL SURVEI")) == null
                    || !InboxTables.present(cell(t, r, "NAMA"))
                    || InboxTables.date(cell(t, r, "TANGGAL LAHIR")) == null;
            case "eppgbm" -> InboxTables.date(cell(t, r, "Tanggal Pengukuran")) == null;
            case "pcare" -> !InboxTables.present(cell(t, r, "No Kartu", "noKartu"));
            case "kua" -> !InboxTables.present(cell(t, r, "No Pendaftaran"));
            default -> false;
        };
    }

    static Object cell(InboxTables.Table t, List<Object> r, String... names) {
        int c = t.col(names);
        assertThat(c).as("column %s", List.of(names)).isNotNegative();
        return InboxTables.Table.cell(r, c);
    }

    // ------------------------------------------------------------------ damage

    @Test
    void everyKindOfDamageAppearsAtDefaultSize() throws IOException {
        List<Object> nikCells = new ArrayList<>();
        List<String> dateTexts = new ArrayList<>();
        boolean dummyZero = false;
        boolean dummyMother = false;
        boolean byNy = false;
        boolean grams = false;
        boolean commaWeight = false;
        boolean programTitle = false;
        for (Manifest.FileEntry e : manifest.files()) {
            InboxTables.Table t = InboxTables.read(inbox(out).resolve(e.file()));
            for (List<Object> r : t.rows()) {
                for (String h : List.of("NIK", "No NIK", "NIK Suami", "NIK Istri", "noKTP")) {
                    int c = t.header().indexOf(h);
                    if (c >= 0 && InboxTables.Table.cell(r, c) != null) {
                        nikCells.add(InboxTables.Table.cell(r, c));
                    }
                }
                for (String h : List.of("Tanggal Lahir", "Tgl Lahir", "Tanggal Daftar", "Tanggal Akad")) {
                    int c = t.header().indexOf(h);
                    if (c >= 0 && InboxTables.Table.cell(r, c) instanceof String s) {
                        dateTexts.add(s);
                    }
                }
                if (e.kind().equals("eppgbm") && !InboxTables.totals(r) && !InboxTables.blank(r)) {
                    Object nik = InboxTables.Table.cell(r, t.col("NIK"));
                    Object ortu = InboxTables.Table.cell(r, t.col("NIK Ortu"));
                    dummyZero |= nik instanceof String s && s.matches("\\d{6}0{10}");
                    dummyMother |= nik != null && nik.equals(ortu);
                    byNy |= String.valueOf(InboxTables.Table.cell(r, t.col("Nama"))).startsWith("BY NY ");
                    Object berat = InboxTables.Table.cell(r, t.col("Berat"));
                    grams |= berat instanceof Double d && d > 100;
                    commaWeight |= berat instanceof String s && s.matches("\\d+,\\d");
                }
                if (e.kind().equals("pcare")) {
                    String nama = String.valueOf(InboxTables.Table.cell(r, t.col("Nama", "nama")));
                    programTitle |= nama.startsWith("NY. ") || nama.startsWith("TN. ") || nama.startsWith("H. ")
                            || nama.startsWith("HJ. ") || nama.endsWith(", S.PD");
                }
            }
        }
        assertThat(nikCells).as("numeric NIK cell").anyMatch(o -> o instanceof Double d && d > 1e15);
        assertThat(nikCells).as("scientific notation text")
                .anyMatch(o -> o instanceof String s && s.matches("\\d\\.\\d{5}E\\+15"));
        assertThat(nikCells).as("apostrophe").anyMatch(o -> o instanceof String s && s.matches("'\\d{16}"));
        assertThat(nikCells).as("separators")
                .anyMatch(o -> o instanceof String s && s.matches("\\d{4}[-. ]\\d{4}[-. ]\\d{4}[-. ]\\d{4}"));
        assertThat(nikCells).as("invalid NIK").anyMatch(o -> o instanceof String s && s.matches("\\d{15}"));
        assertThat(dummyZero).as("dummy NIK: kecamatan code and zeros").isTrue();
        assertThat(dummyMother).as("dummy NIK: the mother's, NIK Ortu showing it").isTrue();
        assertThat(byNy).as("BY NY newborn").isTrue();
        assertThat(grams).as("weight in grams").isTrue();
        assertThat(commaWeight).as("weight with a decimal comma").isTrue();
        assertThat(programTitle).as("titles in PCare names").isTrue();

        assertThat(dateTexts).as("serial date text").anyMatch(s -> s.matches("\\d{5}"));
        assertThat(dateTexts).as("Agt").anyMatch(s -> s.matches("\\d{1,2}[ -]Agt[ -]\\d{4}"));
        assertThat(dateTexts).as("full month name").anyMatch(s -> s.matches("\\d{1,2} [A-Z][a-z]+ \\d{4}"));
        assertThat(dateTexts).as("dd-MMM-yyyy").anyMatch(s -> s.matches("\\d{2}-[A-Z][a-z]{2}-\\d{4}"));
        assertThat(dateTexts).as("d/M/yyyy").anyMatch(s -> s.matches("\\d/\\d{1,2}/\\d{4}|\\d{1,2}/\\d/\\d{4}"));
        assertThat(dateTexts).as("yyyy-MM-dd").anyMatch(s -> s.matches("\\d{4}-\\d{2}-\\d{2}"));
        assertThat(dateTexts).as("impossible date").contains("31/02/2021");
    }

    @Test
    void csvFilesCarryTheirEncodingsDelimitersAndQuotedNewlines() throws IOException {
        Path keluarga = only("pispk-keluarga");
        Path anggota = only("pispk-anggota");
        Path pcare = only("pcare", ".csv");
        byte[] k = Files.readAllBytes(keluarga);
        assertThat(k).startsWith((byte) 0xEF, (byte) 0xBB, (byte) 0xBF);
        assertThat(firstLine(keluarga)).contains(";").startsWith("\uFEFF");
        assertThat(firstLine(pcare)).contains(";");
        assertThat(firstLine(anggota)).contains(",").doesNotContain(";");

        byte[] a = Files.readAllBytes(anggota);
        assertThat(a).as("Windows-1252 É or Ê").containsAnyOf((byte) 0xC9, (byte) 0xCA);
        assertThat(InboxTables.csvText(anggota)).containsAnyOf("JOSÉ", "INÊS", "José", "Inês");
        assertThat(InboxTables.read(anggota).rows()).anyMatch(r -> r.stream().anyMatch(o -> o != null && o.toString().contains("\n")));
        assertThat(InboxTables.read(keluarga).rows()).anyMatch(r -> r.stream().anyMatch(o -> o != null && o.toString().contains("\n")));
        assertThat(InboxTables.read(anggota).rows()).as("sex as LK/PR or 1/2")
                .anyMatch(r -> List.of("LK", "PR", "1", "2").contains(String.valueOf(r.get(6))));
    }

    @Test
    void spreadsheetsHaveTitleRowsTotalsAndTrailingEmptyRows() throws IOException {
        for (Manifest.FileEntry e : manifest.files()) {
            if (!e.file().endsWith(".xlsx") && !e.file().endsWith(".xls")) {
                continue;
            }
            try (var wb = org.apache.poi.ss.usermodel.WorkbookFactory.create(inbox(out).resolve(e.file()).toFile(), null, true)) {
                var sheet = wb.getSheetAt(0);
                String title = sheet.getRow(0).getCell(0).getStringCellValue();
                switch (e.kind()) {
                    case "pispk-raw-survei" -> {
                        assertThat(title).isEqualTo("DATA SURVEI KELUARGA SEHAT");
                        assertThat(sheet.getNumMergedRegions()).isPositive();
                        assertThat(sheet.getRow(3).getCell(0).getStringCellValue()).isEqualTo("SURVEI ID");
                    }
                    case "eppgbm" -> {
                        assertThat(title).startsWith("DATA BALITA PUSKESMAS ");
                        assertThat(sheet.getRow(1).getCell(0).getStringCellValue()).isEqualTo("Data Tanggal : 2026-11-01");
                        List<List<Object>> rows = InboxTables.read(inbox(out).resolve(e.file())).rows();
                        int total = -1;
                        for (int i = 0; i < rows.size(); i++) {
                            if (InboxTables.totals(rows.get(i))) {
                                total = i;
                            }
                        }
                        assertThat(total).isPositive();
                        assertThat(rows.subList(total + 1, rows.size())).isNotEmpty().allMatch(InboxTables::blank);
                    }
                    case "kua" -> assertThat(e.file()).endsWith(".xls");
                    default -> throw new AssertionError("unexpected spreadsheet " + e.file());
                }
            }
        }
        assertThat(manifest.files()).filteredOn(e -> e.file().equals("Export Data (3).xlsx"))
                .singleElement().extracting(Manifest.FileEntry::kind).isEqualTo("eppgbm");
        assertThat(InboxTables.read(inbox(out).resolve("Export Data (3).xlsx")).header())
                .startsWith("No", "NIK", "Nama", "JK", "Tgl Lahir").endsWith("ASI Eksklusif", "NIK Ortu");
        assertThat(manifest.files()).filteredOn(e -> e.kind().equals("unknown")).singleElement()
                .extracting(Manifest.FileEntry::file).isEqualTo("catatan operator.csv");
        assertThat(manifest.files()).extracting(Manifest.FileEntry::file)
                .anyMatch(f -> f.endsWith(".json")).anyMatch(f -> f.endsWith(".ndjson"));
    }

    @Test
    void regionMasterHasOneRowPerDesaWithAliases() {
        InboxTables.Table t = InboxTables.csv(out.resolve(manifest.regionMaster()));
        assertThat(t.header()).containsExactly("Kode Puskesmas", "Nama Puskesmas", "Alias Nama", "Kode PPK BPJS",
                "Kode Kecamatan", "Kecamatan", "Kode Desa", "Desa");
        int desa = manifest.puskesmas().stream().mapToInt(Manifest.PuskesmasInfo::desa).sum();
        assertThat(t.rows()).hasSize(desa);
        assertThat(t.rows()).allMatch(r -> r.get(0).toString().matches("P\\d{10}")
                && r.get(2).toString().split(";").length == 3 && r.get(6).toString().matches("53\\d{8}"));
    }

    // ------------------------------------------------------------------ manifest content

    @Test
    void everyRuleHasExpectedFindingsAndEveryInjectionWasMade() {
        Set<String> codes = new HashSet<>();
        for (RuleCode r : RuleCode.values()) {
            codes.add(r.code());
        }
        assertThat(manifest.completeRules()).containsExactlyInAnyOrderElementsOf(codes);
        assertThat(manifest.mustPerRule()).allSatisfy((rule, n) -> assertThat(n).as(rule).isPositive());
        for (Injection k : Injection.values()) {
            assertThat(manifest.injections().get(k.name())).as(k.name()).isEqualTo(k.target(manifest.keluarga()));
        }
        Set<String> pkm = new HashSet<>();
        manifest.puskesmas().forEach(p -> pkm.add(p.kode()));
        assertThat(manifest.findings()).allSatisfy(f -> {
            assertThat(codes).contains(f.rule());
            assertThat(pkm).contains(f.kodePuskesmas());
            assertThat(f.expect()).isIn("must", "may", "none");
            assertThat(f.subject()).isNotBlank();
        });
        assertThat(manifest.findings()).extracting(Manifest.Finding::expect).contains("may", "none");
    }

    @Test
    void findingSubjectsFollowTheConventions() {
        Pattern nik = Pattern.compile("\\d{16}");
        for (Manifest.Finding f : manifest.findings()) {
            switch (f.rule()) {
                case "KUA-01", "KUA-02", "KUA-03" -> assertThat(f.subject()).matches("DN\\d{4}53\\d{5}\\d{4}");
                case "SURVEI-01" -> assertThat(f.subject()).matches("P\\d{10}-\\d{6}");
                case "MATCH-01" -> assertThat(f.subject()).matches("pispk:\\d*:[A-Z' ]+:\\d{4}-\\d{2}-\\d{2}"
                        + "\\|(eppgbm|pcare|kua):\\d*:[A-Z' ]+:\\d{4}-\\d{2}-\\d{2}");
                default -> assertThat(nik.matcher(f.subject()).matches() || f.subject().startsWith("nonik:"))
                        .as(f.toString()).isTrue();
            }
        }
    }

    @Test
    void manifestRoundTripsThroughJson() {
        Manifest again = Manifest.read(out.resolve("manifest.json"));
        assertThat(again).isEqualTo(manifest);
    }

    // ------------------------------------------------------------------ determinism, size

    @Test
    void sameSeedGivesTheSameBytes() throws IOException {
        Path second = tmp.resolve("again");
        SampleDataGenerator.generate(settings(second));
        assertThat(Files.readAllBytes(second.resolve("manifest.json")))
                .isEqualTo(Files.readAllBytes(out.resolve("manifest.json")));
        for (Manifest.FileEntry e : manifest.files()) {
            Path a = inbox(out).resolve(e.file());
            Path b = inbox(second).resolve(e.file());
            assertThat(Files.readAllBytes(b)).as(e.file()).isEqualTo(Files.readAllBytes(a));
        }
        assertThat(Files.readAllBytes(second.resolve("referensi/wilayah-kerja.csv")))
                .isEqualTo(Files.readAllBytes(out.resolve("referensi/wilayah-kerja.csv")));
    }

    @Test
    void anotherSeedGivesOtherData() throws IOException {
        Path other = tmp.resolve("seed7");
        Manifest m = SampleDataGenerator.generate(settings(other).withSeed(7).withKeluarga(60));
        assertThat(m.findings()).isNotEqualTo(manifest.findings());
        assertCountsMatch(other, m);
    }

    @Test
    void twoThousandFamiliesSplitSheetsKeepTheirCounts() {
        // No wall-clock assertion: speed is measured by the benchmarks (docs/performance.md), not by tests.
        Path big = tmp.resolve("big");
        Manifest m = SampleDataGenerator.generate(settings(big).withKeluarga(2000).withMaxRows(600, 100));
        assertThat(m.puskesmas()).hasSize(13);
        assertThat(m.files()).as("split parts").anyMatch(e -> e.part() > 1 && e.kind().equals("eppgbm"))
                .anyMatch(e -> e.part() > 1 && e.kind().equals("kua"));
        // Read back only what was split, for two puskesmas and the KUA: the default sample checks the rest.
        Set<String> split = new HashSet<>();
        m.files().stream().filter(e -> e.part() > 1).forEach(e -> split.add(base(e.file())));
        Set<String> two = Set.of(m.puskesmas().get(0).kode(), m.puskesmas().get(1).kode());
        List<Manifest.FileEntry> parts = m.files().stream().filter(e -> split.contains(base(e.file()))
                && (e.puskesmas() == null || two.contains(e.puskesmas()))).toList();
        assertThat(parts).hasSizeGreaterThan(3);
        assertCountsMatch(big, new Manifest(m.formatVersion(), m.generator(), m.seed(), m.runDate(), m.keluarga(),
                m.kabupaten(), m.puskesmas(), m.regionMaster(), parts, m.findings(), m.completeRules(), m.mustPerRule(),
                m.injections(), m.conventions()));
        for (Manifest.FileEntry e : parts) {
            if (e.file().endsWith(".xlsx")) {
                assertThat(InboxTables.read(inbox(big).resolve(e.file())).rows().size()).isLessThan(600);
            }
        }
    }

    // ------------------------------------------------------------------ helpers

    /** {@code ePPGBM X (2).xlsx} and {@code ePPGBM X.xlsx} share the base {@code ePPGBM X}. */
    static String base(String file) {
        return file.replaceFirst("( \\(\\d+\\))?\\.xlsx?$", "");
    }

    static Path only(String kind) {
        return only(kind, "");
    }

    static Path only(String kind, String suffix) {
        return manifest.files().stream().filter(e -> e.kind().equals(kind) && e.file().endsWith(suffix))
                .map(e -> inbox(out).resolve(e.file())).findFirst().orElseThrow();
    }

    static String firstLine(Path p) {
        String t = new String(readBytes(p), p.getFileName().toString().contains("anggota")
                ? java.nio.charset.Charset.forName("windows-1252") : StandardCharsets.UTF_8);
        return t.substring(0, t.indexOf('\n'));
    }

    static byte[] readBytes(Path p) {
        try {
            return Files.readAllBytes(p);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    static LocalDate runDate() {
        return LocalDate.parse(manifest.runDate());
    }

    static String upper(String s) {
        return s.toUpperCase(Locale.ROOT);
    }
}
