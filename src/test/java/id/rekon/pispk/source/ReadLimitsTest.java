package id.rekon.pispk.source;

import id.rekon.pispk.source.csv.BoundedLines;
import id.rekon.pispk.model.SourceKind;
import id.rekon.pispk.normalise.DesimalParser;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Each crafted file once cost the night (out of memory, or minutes of CPU); now each is refused, or read,
 * within bounds. Run with the default heap: these must finish in seconds.
 */
@Timeout(60)
class ReadLimitsTest {

    @TempDir
    Path dir;

    @ParameterizedTest(name = "sel di {0}")
    @ValueSource(strings = {"ZZZZZZ9", "XFE1", "AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA1", "A1048577", "B99999999999"})
    void aCellBeyondExcelsLimitsRefusesTheFileWithItsReason(String reference) throws IOException {
        Path file = HostileFiles.farCell(dir.resolve("jauh.xlsx"), reference);

        try (OpenedSource source = SourceFiles.open(file)) {
            assertThat(source.error()).get().asString().contains("\"jauh.xlsx\"", "melampaui batas", "lembar Excel");
            assertThat(source.next()).isNull();
        }
    }

    @Test
    void theLastCellExcelAllowsIsStillRead() throws IOException {
        Path file = HostileFiles.farCell(dir.resolve("xfd.xlsx"), "XFD1048576");

        try (OpenedSource source = SourceFiles.open(file)) {
            assertThat(source.error()).get().asString().doesNotContain("melampaui batas");
        }
    }

    @Test
    void aWorkbookOfHundredsOfSheetsIsLookedAtOnlyInPart() throws IOException {
        Path file = HostileFiles.manySheets(dir.resolve("lembar.xlsx"), 600);

        long start = System.nanoTime();
        try (OpenedSource source = SourceFiles.open(file)) {
            assertThat(source.error()).get().asString().contains("tidak dikenali");
        }
        assertThat((System.nanoTime() - start) / 1_000_000_000).isLessThan(20);
    }

    @Test
    void anXlsOfMillionsOfBlankCellsIsReadRecordByRecord() throws IOException {
        Path file = HostileFiles.blankXls(dir.resolve("kosong.xls"), 35_000, HostileFiles.ANGGOTA);
        assertThat(Files.size(file)).isGreaterThan(18_000_000L);

        long before = usedHeap();
        try (OpenedSource source = SourceFiles.open(file)) {
            assertThat(source.error()).isEmpty();
            assertThat(source.kind()).isEqualTo(SourceKind.PISPK_ANGGOTA);
            assertThat(source.next()).isNull();
        }
        // HSSFWorkbook held nine million cell objects here (gigabytes); records are dropped as they are read.
        assertThat(usedHeap() - before).isLessThan(200L << 20);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"1E100000000", "1e-100000000", "9.99E+2147483647", "-1E999999999", "0E-2147483648"})
    void aGiantNumberStaysTextInsteadOfBecomingAHundredMillionDigits(String literal) {
        assertThat(NumberText.plain(literal)).isEqualTo(literal);
        assertThat(new DesimalParser().parse(literal)).isNull();
    }

    @Test
    void aNumberOfAThousandDigitsIsNotConverted() {
        String digits = "9".repeat(1_000_000);

        assertThat(NumberText.plain(digits)).isEqualTo(digits);
        assertThat(new DesimalParser().parse(digits)).isNull();
        assertThat(NumberText.plain("5.30201123456789E+15")).isEqualTo("5302011234567890");
    }

    @Test
    void giantNumbersInWorkbookCellsAreReadAsTheyAre() throws IOException {
        Path file = HostileFiles.numberCells(dir.resolve("angka.xlsx"), List.of(HostileFiles.ANGGOTA),
                List.of("1E100000000", "1E100000000", "1E100000000", "1E100000000", "1", "1E100000000", "1", "1"));

        try (OpenedSource source = SourceFiles.open(file)) {
            assertThat(source.error()).isEmpty();
            assertThat(source.next().row().cell(2).text()).isEqualTo("1E100000000");
        }
    }

    @Test
    void aLineOfMegabytesRefusesTheFileWithoutQuotingIt() throws IOException {
        Path file = HostileFiles.longLine(dir.resolve("panjang.csv"), 3_000_000);

        try (OpenedSource source = SourceFiles.open(file)) {
            assertThat(source.error()).get().asString().contains("melampaui batas", "lebih dari 1048576 karakter")
                    .doesNotContain("AAAAAAAA");
        }
    }

    @Test
    void aQuoteNeverClosedRefusesTheFileInsteadOfBufferingTheRestAsOneField() throws IOException {
        // Lines of a normal length, but after the stray quote the parser would hold them all as one field.
        StringBuilder text = new StringBuilder("nik;nama;jenis_kelamin;tanggal_lahir\n5302011507900031;\"SITI;P;15-07-1990\n");
        while (text.length() < 1_200_000) {
            text.append("5302011507900031;SITI AMINAH;P;15-07-1990\n");
        }
        Path file = Files.writeString(dir.resolve("kutip.csv"), text);

        assertThat(refusal(file)).contains("melampaui batas", "tanda kutip tidak ditutup").doesNotContain("SITI");
    }

    @Test
    void aQuotedFieldSpanningLinesAndQuotesInsideFieldsAreStillRead() throws IOException {
        StringBuilder text = new StringBuilder("nik;nama;alamat\n");
        for (int i = 0; i < 30_000; i++) {
            // a quote inside an unquoted field is a character; "" inside a quoted one is a quote
            text.append("53020115079000").append(String.format("%02d", i % 100)).append(";SITI 5'2\" ;\"JL. \"\"MAWAR\"\"\nRT 01\"\n");
        }
        Path file = Files.writeString(dir.resolve("kutip-sah.csv"), text);
        assertThat(Files.size(file)).isGreaterThan(ReadLimits.MAX_LINE_CHARS);
        try (BoundedLines in = new BoundedLines(Files.newBufferedReader(file), ';')) {
            assertThat(in.transferTo(java.io.Writer.nullWriter())).isEqualTo(text.length());
        }
    }

    @Test
    void aRowOfMoreThanItsCharacterBudgetRefusesTheFile() throws IOException {
        Path file = Files.writeString(dir.resolve("lebar.csv"), "nik;nama;jenis_kelamin;tanggal_lahir\n"
                + "5302011507900031;" + "A".repeat(ReadLimits.MAX_ROW_CHARS) + ";P;15-07-1990\n");

        assertThat(refusal(file)).contains("lebih dari " + ReadLimits.MAX_ROW_CHARS + " karakter").doesNotContain("AAAA");
    }

    @Test
    void aJsonObjectOfCountlessFieldsIsNotHeldWhole() throws IOException {
        StringBuilder json = new StringBuilder("[{\"noKartu\":\"0001\",\"nama\":\"X\"}, {\"noKartu\":\"0002\"");
        for (int i = 0; i < ReadLimits.MAX_COLUMNS + 10; i++) {
            json.append(",\"f").append(i).append("\":1");
        }
        json.append("}]");
        Path file = Files.writeString(dir.resolve("lebar.json"), json);

        assertThat(refusal(file)).isNotNull();
    }

    /** Why the file was refused, at opening (the header look-ahead) or further down; null when read whole. */
    private static String refusal(Path file) throws IOException {
        try (OpenedSource source = SourceFiles.open(file)) {
            if (source.error().isPresent()) {
                return source.error().get().toString();
            }
            try {
                while (source.next() != null) {
                    // reading until the limit
                }
            } catch (SourceReadException e) {
                return e.getMessage();
            }
        }
        return null;
    }

    private static long usedHeap() {
        System.gc();
        Runtime rt = Runtime.getRuntime();
        return rt.totalMemory() - rt.freeMemory();
    }
}
