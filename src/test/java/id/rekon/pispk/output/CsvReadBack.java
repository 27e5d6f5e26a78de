package id.rekon.pispk.output;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Test helper: checks the BOM and reads a CSV output back with Commons CSV. */
final class CsvReadBack {

    private CsvReadBack() {
    }

    /** The file's text after asserting it starts with the UTF-8 BOM bytes. */
    static String textAfterBom(Path file) throws IOException {
        byte[] bytes = Files.readAllBytes(file);
        assertThat(bytes).startsWith((byte) 0xEF, (byte) 0xBB, (byte) 0xBF);
        return new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8);
    }

    /** Records after the header row; asserts the header row is exactly {@code header}. */
    static List<CSVRecord> records(Path file, String... header) throws IOException {
        String text = textAfterBom(file);
        assertThat(text).startsWith(String.join(",", header) + "\r\n");
        try (CSVParser parser = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get()
                .parse(new StringReader(text))) {
            assertThat(parser.getHeaderNames()).containsExactly(header);
            return parser.getRecords();
        }
    }
}
