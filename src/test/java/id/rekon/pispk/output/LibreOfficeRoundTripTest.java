package id.rekon.pispk.output;

import id.rekon.pispk.job.PdfPages;
import id.rekon.pispk.model.Puskesmas;
import id.rekon.pispk.model.RuleCode;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static id.rekon.pispk.output.TemuanFixtures.TANGGAL;
import static id.rekon.pispk.output.TemuanFixtures.nik;
import static id.rekon.pispk.output.TemuanFixtures.row;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * Opens our workbook in another program than POI: LibreOffice converts it to CSV headless, and
 * the NIKs must come out digit for digit (a NIK stored as a number loses its 16th digit and any
 * leading zero). Runs only where {@code soffice} is on the PATH ({@code apt-get install
 * libreoffice-calc-nogui}); skipped elsewhere.
 */
@Timeout(value = 4, unit = TimeUnit.MINUTES)
class LibreOfficeRoundTripTest {

    /** CSV filter: comma, double quote, UTF-8 (76), from row 1, cells as shown, -1 = every sheet (LO 7.2+). */
    private static final String ALL_SHEETS =
            "csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,false,false,false,-1";
    private static final long CONVERT_SECONDS = 120;

    @TempDir
    static Path dir;

    private static Path workbook;
    private static List<String> jknNiks;
    private static final String ODD_NIK = "0012345678901234";

    @BeforeAll
    static void writeWorkbook() throws IOException {
        assumeTrue(PdfPages.soffice() != null, "soffice tidak ada di PATH: uji LibreOffice dilewati");
        List<TemuanRow> rows = new ArrayList<>();
        jknNiks = new ArrayList<>();
        for (int i = 1; i <= 30; i++) {
            TemuanRow r = row(i % 2 == 0 ? RuleCode.JKN_01 : RuleCode.JKN_02, "53" + nik(i).substring(2, 15) + (i % 10),
                    "Nama " + i, "Desa " + (i % 3));
            rows.add(r);
            jknNiks.add(r.temuan().nik());
        }
        rows.add(row(RuleCode.NIK_01, ODD_NIK, "=Bukan Rumus", "Desa 1"));
        Puskesmas pkm = new Puskesmas(TemuanFixtures.PKM, "Oesapa");
        workbook = dir.resolve(WorkbookFileNames.of(pkm));
        new PuskesmasWorkbookWriter().write(pkm, rows.iterator(), List.of(), List.of(), TANGGAL, workbook);
    }

    @Test
    void nikSurvivesDigitForDigitOnEveryFamilySheet() throws Exception {
        Path out = Files.createDirectories(dir.resolve("semua"));
        convert(ALL_SHEETS, out);
        Path jkn = out.resolve(baseName() + "-JKN.csv");
        assumeTrue(Files.exists(jkn), "LibreOffice ini tidak mengekspor semua lembar (perlu 7.2+)");

        List<CSVRecord> records = read(jkn);
        assertThat(records.get(0).get(TemuanColumn.NIK.ordinal())).isEqualTo("NIK");
        List<String> niks = records.subList(1, records.size()).stream()
                .map(r -> r.get(TemuanColumn.NIK.ordinal())).toList();
        assertThat(niks).containsExactlyInAnyOrderElementsOf(jknNiks); // rows are sorted by desa

        List<CSVRecord> kualitas = read(out.resolve(baseName() + "-Kualitas NIK.csv"));
        assertThat(kualitas.get(1).get(TemuanColumn.NIK.ordinal())).isEqualTo(ODD_NIK);
        assertThat(kualitas.get(1).get(TemuanColumn.NAMA.ordinal())).isEqualTo("=Bukan Rumus");
        assertThat(kualitas.get(1).get(TemuanColumn.KODE_KELUARGA.ordinal())).isEqualTo("5301010101230007");
    }

    @Test
    void theDefaultConversionReadsTheSummaryFirst() throws Exception {
        Path out = Files.createDirectories(dir.resolve("pertama"));
        convert("csv", out);
        List<CSVRecord> records = read(out.resolve(baseName() + ".csv"));
        assertThat(records.get(0).get(0)).isEqualTo("Ringkasan Temuan Rekonsiliasi PIS-PK");
        assertThat(records.stream().map(r -> r.get(0))).contains(RingkasanSheet.JUDUL_PER_DESA, "Desa 0");
    }

    private static String baseName() {
        String name = workbook.getFileName().toString();
        return name.substring(0, name.length() - ".xlsx".length());
    }

    private static void convert(String filter, Path out) throws Exception {
        Path profile = dir.resolve("lo-profile");
        Process process = new ProcessBuilder(PdfPages.soffice(), "-env:UserInstallation=" + profile.toUri(), "--headless",
                "--norestore", "--convert-to", filter, "--outdir", out.toString(), workbook.toString())
                .redirectErrorStream(true)
                .redirectOutput(dir.resolve("soffice.log").toFile())
                .start();
        if (!process.waitFor(CONVERT_SECONDS, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new AssertionError("soffice tidak selesai dalam " + CONVERT_SECONDS + " detik");
        }
        assertThat(process.exitValue()).as(Files.readString(dir.resolve("soffice.log"))).isZero();
    }

    private static List<CSVRecord> read(Path csv) throws IOException {
        String text = Files.readString(csv, StandardCharsets.UTF_8);
        if (!text.isEmpty() && text.charAt(0) == '\uFEFF') {
            text = text.substring(1);
        }
        try (CSVParser parser = CSVFormat.DEFAULT.parse(new java.io.StringReader(text))) {
            return parser.getRecords();
        }
    }
}
