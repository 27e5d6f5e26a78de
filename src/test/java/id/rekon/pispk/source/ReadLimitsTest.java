package id.rekon.pispk.source;

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

    private static long usedHeap() {
        System.gc();
        Runtime rt = Runtime.getRuntime();
        return rt.totalMemory() - rt.freeMemory();
    }
}
