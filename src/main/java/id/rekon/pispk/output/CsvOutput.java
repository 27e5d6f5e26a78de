package id.rekon.pispk.output;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;

/**
 * The one CSV dialect of our outputs: UTF-8 with a byte order mark (so Excel opens Indonesian
 * names right), comma separated, minimal quoting, CRLF line ends, a header row.
 */
final class CsvOutput {

    /** U+FEFF, written first; Excel takes it as "this file is UTF-8". */
    static final char BOM = '\uFEFF';

    private CsvOutput() {
    }

    static CSVFormat format(String... header) {
        return CSVFormat.DEFAULT.builder()
                .setRecordSeparator("\r\n")
                .setHeader(header)
                .get();
    }

    /** A printer on {@code out} that has written the BOM and the header; close it to flush. */
    static CSVPrinter open(OutputStream out, String... header) throws IOException {
        Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        writer.write(BOM);
        return new CSVPrinter(writer, format(header));
    }
}
