package id.rekon.pispk.source.csv;

import id.rekon.pispk.model.CellValue;
import id.rekon.pispk.source.RawRow;
import id.rekon.pispk.source.RowReader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class CsvFileTest {

    @TempDir
    Path dir;

    private Path write(String text, Charset charset, boolean bom) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        if (bom) {
            bytes.write(new byte[]{(byte) 0xEF, (byte) 0xBB, (byte) 0xBF});
        }
        bytes.write(text.getBytes(charset));
        Path file = dir.resolve("data.csv");
        Files.write(file, bytes.toByteArray());
        return file;
    }

    private static List<RawRow> readAll(Path file) throws IOException {
        List<RawRow> rows = new ArrayList<>();
        try (CsvFile csv = CsvFile.open(file)) {
            RowReader reader = csv.rows(0);
            RawRow row;
            while ((row = reader.next()) != null) {
                rows.add(row);
            }
        }
        return rows;
    }

    private static List<String> texts(RawRow row) {
        return row.cells().stream().map(CellValue::text).toList();
    }

    @Test
    void utf8ByteOrderMarkIsStripped() throws IOException {
        Path file = write("Kode Keluarga,Nama\nK-1,JOSÉ\n", StandardCharsets.UTF_8, true);

        List<RawRow> rows = readAll(file);

        assertThat(texts(rows.get(0))).containsExactly("Kode Keluarga", "Nama");
        assertThat(texts(rows.get(1))).containsExactly("K-1", "JOSÉ");
        try (CsvFile csv = CsvFile.open(file)) {
            assertThat(csv.encoding()).isEqualTo(new CsvEncoding(StandardCharsets.UTF_8, 3));
        }
    }

    @Test
    void windows1252NamesWithDiacriticsComeOutRight() throws IOException {
        Path file = write("Nama;Alamat\nJOSÉ MUÑOZ;Jl. Peñafrancia\n", CsvEncoding.WINDOWS_1252, false);

        List<RawRow> rows = readAll(file);

        assertThat(texts(rows.get(1))).containsExactly("JOSÉ MUÑOZ", "Jl. Peñafrancia");
        try (CsvFile csv = CsvFile.open(file)) {
            assertThat(csv.encoding().charset()).isEqualTo(CsvEncoding.WINDOWS_1252);
        }
    }

    @Test
    void windows1252ByteFarDownTheFileStillDecidesTheEncoding() throws IOException {
        StringBuilder text = new StringBuilder("Nama,No\n");
        for (int i = 0; i < 5000; i++) {
            text.append("SITI,").append(i).append('\n');
        }
        text.append("JOSÉ,5001\n");
        Path file = write(text.toString(), CsvEncoding.WINDOWS_1252, false);

        List<RawRow> rows = readAll(file);

        assertThat(rows.get(rows.size() - 1).cell(0).text()).isEqualTo("JOSÉ");
    }

    @Test
    void validUtf8WithoutBomIsUtf8() throws IOException {
        Path file = write("Nama\nJOSÉ Ñ\n", StandardCharsets.UTF_8, false);

        assertThat(readAll(file).get(1).cell(0).text()).isEqualTo("JOSÉ Ñ");
    }

    @ParameterizedTest(name = "delimiter [{0}]")
    @ValueSource(strings = {",", ";", "\t"})
    void delimiterIsDetected(String delimiter) throws IOException {
        Path file = write(String.join(delimiter, "NIK", "Nama", "Berat") + "\n"
                + String.join(delimiter, "5301234567890123", "SITI", "12.5") + "\n", StandardCharsets.UTF_8, false);

        List<RawRow> rows = readAll(file);

        assertThat(texts(rows.get(1))).containsExactly("5301234567890123", "SITI", "12.5");
    }

    @Test
    void quotedNewlineKeepsTheNextRecordsLineNumber() throws IOException {
        Path file = write("Nama,Alamat\r\nSITI,\"Jl. Mawar\r\nRT 01\"\r\n\r\nANI,Jl. Melati\r\nBUDI,\"a\nb\nc\"\nEKO,x\n",
                StandardCharsets.UTF_8, false);

        List<RawRow> rows = readAll(file);

        assertThat(rows).extracting(RawRow::rowNumber).containsExactly(1L, 2L, 4L, 5L, 6L, 9L);
        assertThat(rows.get(1).cell(1).text()).isEqualTo("Jl. Mawar\r\nRT 01");
        assertThat(rows.get(2).isBlank()).isTrue();
        assertThat(texts(rows.get(3))).containsExactly("ANI", "Jl. Melati");
        assertThat(texts(rows.get(5))).containsExactly("EKO", "x");
    }

    @Test
    void cellsAreTextExactlyAsWritten() throws IOException {
        Path file = write("NIK;Tgl Lahir;Nama\n5.30123E+15;12 Agt 2021; SITI \n'5301234567890123;44562;AN. BUDI\n",
                StandardCharsets.UTF_8, false);

        List<RawRow> rows = readAll(file);

        assertThat(rows.get(1).cells()).containsExactly(CellValue.text("5.30123E+15"), CellValue.text("12 Agt 2021"),
                CellValue.text(" SITI "));
        assertThat(rows.get(2).cells()).containsExactly(CellValue.text("'5301234567890123"), CellValue.text("44562"),
                CellValue.text("AN. BUDI"));
        assertThat(rows.get(1).cells()).noneMatch(CellValue::numeric);
    }

    @Test
    void excelSepLineSetsTheDelimiterAndStaysARow() throws IOException {
        Path file = write("sep=;\nNIK;Nama,Panggilan\n1;SITI,ITI\n", StandardCharsets.UTF_8, false);

        List<RawRow> rows = readAll(file);

        assertThat(texts(rows.get(1))).containsExactly("NIK", "Nama,Panggilan");
        assertThat(rows.get(2).rowNumber()).isEqualTo(3);
    }

    @Test
    void unclosedQuoteFailsWhenReached() throws IOException {
        Path file = write("Nama,Alamat\nSITI,Jl. A\nANI,\"Jl. B\n", StandardCharsets.UTF_8, false);

        try (CsvFile csv = CsvFile.open(file)) {
            RowReader reader = csv.rows(0);
            assertThat(reader.next()).isNotNull();
            assertThat(reader.next()).isNotNull();
            assertThatThrownBy(reader::next).isInstanceOf(IOException.class);
        }
    }
}
