package id.rekon.pispk.source;

import id.rekon.pispk.source.xlsx.HandWrittenXlsx;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;

import static id.rekon.pispk.source.xlsx.HandWrittenXlsx.put;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A 200,000-row e-PPGBM workbook is read in a separate JVM whose heap (48 MB) is far too small to
 * hold the workbook loaded (POI's usermodel needs several hundred MB for it): it only passes if the
 * reader streams. Not a timing test; takes a few seconds.
 */
class XlsxStreamingTest {

    private static final int ROWS = 200_000;

    @TempDir
    Path dir;

    @Test
    void twoHundredThousandRowsAreReadWithASmallHeap() throws Exception {
        Path file = bigWorkbook(dir.resolve("besar.xlsx"));
        String java = ProcessHandle.current().info().command().orElse("java");
        String classpath = System.getProperty("java.class.path");
        Process process = new ProcessBuilder(List.of(java, "-Xmx48m", "-cp", classpath,
                StreamingProbe.class.getName(), file.toString())).redirectErrorStream(true).start();

        boolean done = process.waitFor(120, TimeUnit.SECONDS);
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);

        assertThat(done).isTrue();
        assertThat(process.exitValue()).as(output).isZero();
        assertThat(output).contains("EPPGBM " + ROWS);
    }

    private static Path bigWorkbook(Path file) throws IOException {
        Random random = new Random(42);
        return HandWrittenXlsx.write(file, "", w -> {
            put(w, "<row r=\"1\">" + inline("No") + inline("NIK") + inline("Nama") + inline("Tgl Lahir")
                    + inline("Tanggal Pengukuran") + inline("Berat") + inline("Tinggi") + "</row>");
            StringBuilder row = new StringBuilder(400);
            for (int r = 2; r <= ROWS + 1; r++) {
                row.setLength(0);
                row.append("<row r=\"").append(r).append("\">")
                        .append("<c><v>").append(r - 1).append("</v></c>")
                        .append(inline("53" + (10_000_000_000_000L + (long) (random.nextDouble() * 89_999_999_999_999L))))
                        .append(inline("ANAK " + Long.toString(random.nextLong() & Long.MAX_VALUE, 36)))
                        .append(inline((1 + random.nextInt(28)) + "/" + (1 + random.nextInt(12)) + "/2024"))
                        .append(inline((1 + random.nextInt(28)) + "-" + (1 + random.nextInt(12)) + "-2026"))
                        .append("<c><v>").append(random.nextInt(250) / 10.0).append("</v></c>")
                        .append("<c><v>").append(random.nextInt(1200) / 10.0).append("</v></c>")
                        .append("</row>");
                put(w, row.toString());
            }
        });
    }

    private static String inline(String text) {
        return "<c t=\"inlineStr\"><is><t>" + text + "</t></is></c>";
    }
}
