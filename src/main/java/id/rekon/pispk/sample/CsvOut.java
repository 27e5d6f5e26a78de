package id.rekon.pispk.sample;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

/** A CSV export being written: encoding, optional BOM, delimiter, CRLF as Excel writes it. */
final class CsvOut implements AutoCloseable {

    private final CSVPrinter printer;
    private final FileStats stats;

    CsvOut(Path file, Charset charset, boolean bom, char delimiter, List<String> header, FileStats stats) {
        this.stats = stats;
        try {
            Writer w = new BufferedWriter(new OutputStreamWriter(Files.newOutputStream(file), charset), 1 << 16);
            if (bom) {
                w.write('\uFEFF');
            }
            CSVFormat format = CSVFormat.DEFAULT.builder().setDelimiter(delimiter).setRecordSeparator("\r\n").get();
            printer = new CSVPrinter(w, format);
            printer.printRecord(header);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write " + file, e);
        }
    }

    FileStats stats() {
        return stats;
    }

    void record(Object... values) {
        try {
            printer.printRecord(Arrays.asList(values));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A line with nothing on it. */
    void emptyLine() {
        try {
            printer.println();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        stats.blank();
    }

    /** A row of empty fields ({@code ;;;;}). */
    void emptyFields(int n) {
        record(new Object[n]);
        stats.blank();
    }

    @Override
    public void close() {
        try {
            printer.close(true);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
