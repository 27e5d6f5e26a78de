package id.rekon.pispk.source.csv;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;

@ExtendWith(OutputCaptureExtension.class)
class CsvEncodingTest {

    private static final String WARNING = "bukan UTF-8 yang sah";

    @TempDir
    Path dir;

    @Test
    void aWindows1252FileIsReadAsSuchAndTheOperatorToldOnceHoweverOftenItIsOpened(CapturedOutput output)
            throws Exception {
        Path file = dir.resolve("anggota.csv");
        Files.write(file, "NAMA\nJOS\u00c9\n".getBytes(CsvEncoding.WINDOWS_1252));

        assertThat(CsvEncoding.detect(file).charset()).isEqualTo(CsvEncoding.WINDOWS_1252);
        // The rejected-rows report opens the file again for its header.
        assertThat(CsvEncoding.detect(file).charset()).isEqualTo(CsvEncoding.WINDOWS_1252);
        assertThat(count(output.getAll())).isEqualTo(1);

        // A new export under the same name is a new file: said again.
        Files.write(file, "NAMA\nJOS\u00c9 MARIA\n".getBytes(CsvEncoding.WINDOWS_1252));
        Files.setLastModifiedTime(file, FileTime.from(Instant.now().plusSeconds(5)));
        CsvEncoding.detect(file);
        assertThat(count(output.getAll())).isEqualTo(2);
    }

    @Test
    void aValidUtf8FileIsUtf8WithoutAWord(CapturedOutput output) throws Exception {
        Path file = dir.resolve("utf8.csv");
        Files.writeString(file, "NAMA\nJOS\u00c9\n");
        assertThat(CsvEncoding.detect(file).charset().name()).isEqualTo("UTF-8");
        assertThat(output.getAll()).doesNotContain(WARNING);
    }

    private static int count(String text) {
        return text.split(WARNING, -1).length - 1;
    }
}
