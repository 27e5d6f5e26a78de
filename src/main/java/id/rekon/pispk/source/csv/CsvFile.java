package id.rekon.pispk.source.csv;

import id.rekon.pispk.model.CellValue;
import id.rekon.pispk.source.RawRow;
import id.rekon.pispk.source.ReadLimits;
import id.rekon.pispk.source.RowReader;
import id.rekon.pispk.source.TabularFile;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;

/**
 * A CSV file as one sheet of text cells (never numeric: a {@code 5.30123E+15} stays that text).
 * Encoding from {@link CsvEncoding}, delimiter from {@link CsvDelimiter}; RFC 4180 quoting with
 * embedded newlines, fields kept exactly (no trimming). Each row's number is the physical line on
 * which its record starts. Streams: one record in memory at a time, and no physical line longer than
 * {@link id.rekon.pispk.source.ReadLimits#MAX_LINE_CHARS} ({@link BoundedLines}).
 */
public final class CsvFile implements TabularFile {

    private static final int SAMPLE_CHARS = 64 * 1024;

    private final Path file;
    private final CsvEncoding encoding;
    private final CSVFormat format;
    private final List<RowReader> opened = new ArrayList<>();

    private CsvFile(Path file, CsvEncoding encoding, char delimiter) {
        this.file = file;
        this.encoding = encoding;
        // Empty lines are kept as records so that line numbers stay physical; blank rows are
        // skipped by the caller.
        this.format = CSVFormat.DEFAULT.builder().setDelimiter(delimiter).setIgnoreEmptyLines(false).get();
    }

    public static CsvFile open(Path file) throws IOException {
        CsvEncoding encoding = CsvEncoding.detect(file);
        char[] sample = new char[SAMPLE_CHARS];
        int length;
        try (Reader reader = encoding.open(file)) {
            length = reader.read(sample);
        }
        return new CsvFile(file, encoding, CsvDelimiter.detect(length <= 0 ? "" : new String(sample, 0, length)));
    }

    /** The encoding found. */
    public CsvEncoding encoding() {
        return encoding;
    }

    /** The delimiter found. */
    public char delimiter() {
        return format.getDelimiterString().charAt(0);
    }

    @Override
    public List<String> sheetNames() {
        return List.of("");
    }

    @Override
    public RowReader rows(int index) throws IOException {
        if (index != 0) {
            throw new IndexOutOfBoundsException("a CSV file has one sheet: " + index);
        }
        RowReader reader = new Rows(CSVParser.builder().setReader(new BoundedLines(encoding.open(file), delimiter()))
                .setFormat(format).get());
        opened.add(reader);
        return reader;
    }

    @Override
    public void close() throws IOException {
        for (RowReader reader : opened) {
            reader.close();
        }
        opened.clear();
    }

    private static final class Rows implements RowReader {

        private final CSVParser parser;
        private final Iterator<CSVRecord> records;

        Rows(CSVParser parser) {
            this.parser = parser;
            this.records = parser.iterator();
        }

        @Override
        public RawRow next() throws IOException {
            // Lines consumed so far: the next record starts on the line after. Read before
            // hasNext(), which parses the record.
            long startLine = parser.getCurrentLineNumber() + 1;
            try {
                if (!records.hasNext()) {
                    return null;
                }
                CSVRecord record = records.next();
                List<CellValue> cells = new ArrayList<>(record.size());
                for (String value : record) {
                    cells.add(CellValue.text(value));
                }
                ReadLimits.checkRow(startLine, cells);
                return new RawRow(startLine, cells);
            } catch (UncheckedIOException e) {
                throw e.getCause();
            } catch (IllegalStateException e) {
                throw new IOException("CSV cannot be parsed after line " + startLine, e);
            }
        }

        @Override
        public void close() throws IOException {
            parser.close();
        }
    }
}
