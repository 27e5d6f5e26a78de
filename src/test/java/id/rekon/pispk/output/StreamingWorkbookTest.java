package id.rekon.pispk.output;

import org.apache.poi.util.DefaultTempFileCreationStrategy;
import org.apache.poi.util.TempFile;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;

import static org.assertj.core.api.Assertions.assertThat;

class StreamingWorkbookTest {

    @TempDir
    Path temp;

    @AfterEach
    void restoreTempFiles() {
        TempFile.setTempFileCreationStrategy(new DefaultTempFileCreationStrategy());
    }

    @Test
    void rowsPastTheWindowGoToGzippedTemporaryFilesThatCloseDeletes() throws Exception {
        TempFile.setTempFileCreationStrategy(new DefaultTempFileCreationStrategy(temp.toFile()));
        try (StreamingWorkbook workbook = new StreamingWorkbook(10)) {
            SXSSFSheet sheet = workbook.createSheet("x");
            for (int r = 0; r < 2_000; r++) {
                sheet.createRow(r).createCell(0).setCellValue("baris yang sama berulang " + (r % 7));
            }
            sheet.flushRows();
            List<Path> files;
            try (Stream<Path> s = Files.walk(temp)) {
                files = s.filter(Files::isRegularFile).toList();
            }
            assertThat(files).hasSize(1);
            workbook.write(java.io.OutputStream.nullOutputStream()); // closes the temporary file
            byte[] bytes = Files.readAllBytes(files.get(0));
            assertThat(bytes[0] & 0xFF).isEqualTo(0x1F); // gzip's magic number
            assertThat(bytes[1] & 0xFF).isEqualTo(0x8B);
            try (InputStream in = new GZIPInputStream(Files.newInputStream(files.get(0)))) {
                String xml = new String(in.readAllBytes(), StandardCharsets.UTF_8);
                assertThat(xml).contains("baris yang sama berulang 6");
                assertThat(bytes.length).isLessThan(xml.length() / 10);
                // Fastest level, not POI's default: the default level packs the same XML tighter.
                java.io.ByteArrayOutputStream usual = new java.io.ByteArrayOutputStream();
                try (var gzip = new java.util.zip.GZIPOutputStream(usual)) {
                    gzip.write(xml.getBytes(StandardCharsets.UTF_8));
                }
                assertThat(bytes.length).isGreaterThan(usual.size());
            }
        }
        try (Stream<Path> s = Files.walk(temp)) {
            assertThat(s.filter(Files::isRegularFile)).isEmpty();
        }
    }

    @Test
    void theWorkbookIsZippedAtTheFastestLevelAndReadsBack() throws Exception {
        byte[] fast = workbook(new StreamingWorkbook(100));
        byte[] usual = workbook(new org.apache.poi.xssf.streaming.SXSSFWorkbook(100));
        // the default level packs the same sheet tighter
        assertThat(fast.length).isGreaterThan(usual.length);
        try (var read = new org.apache.poi.xssf.usermodel.XSSFWorkbook(new java.io.ByteArrayInputStream(fast))) {
            assertThat(read.getSheet("x").getRow(4_999).getCell(0).getStringCellValue()).isEqualTo("baris 4999 desa 4");
        }
    }

    private static byte[] workbook(org.apache.poi.xssf.streaming.SXSSFWorkbook workbook) throws Exception {
        try (workbook) {
            SXSSFSheet sheet = workbook.createSheet("x");
            for (int r = 0; r < 5_000; r++) {
                sheet.createRow(r).createCell(0).setCellValue("baris " + r + " desa " + (r % 5));
            }
            java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
            workbook.write(out);
            return out.toByteArray();
        }
    }
}
