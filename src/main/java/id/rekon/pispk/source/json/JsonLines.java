package id.rekon.pispk.source.json;

import id.rekon.pispk.model.CellValue;
import id.rekon.pispk.source.RawRow;
import id.rekon.pispk.source.RowReader;
import id.rekon.pispk.source.SourceLimitException;
import id.rekon.pispk.source.csv.BoundedLines;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.ObjectReadContext;
import tools.jackson.core.json.JsonFactory;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A JSON file of one object per line (NDJSON), read line by line so that one broken line costs that line
 * only: it becomes one reject (a {@link RawRow#rusak} row) named in a warning, and the lines after it
 * are still read. (Read as one stream,
 * the parser cannot find its feet again after a syntax error, and every later record was lost.) Rows are
 * numbered by object, as {@link JsonFile} numbers them. Not thread-safe.
 */
final class JsonLines implements RowReader {

    private static final Logger LOG = LoggerFactory.getLogger(JsonLines.class);

    private final JsonFactory factory;
    private final String fileName;
    private final BufferedReader lines;
    private List<String> keys;
    private Map<String, CellValue> first;
    private long lineNumber;
    private long objectNumber;
    /** A broken line after the first record: handed out as one reject row by the next call. */
    private RawRow broken;

    JsonLines(JsonFactory factory, Path file) throws IOException {
        this.factory = factory;
        this.fileName = file.getFileName().toString();
        this.lines = new BufferedReader(new BoundedLines(new InputStreamReader(Files.newInputStream(file),
                StandardCharsets.UTF_8)));
    }

    /** Whether the file's first non-blank line is one whole JSON object and nothing else: NDJSON. */
    static boolean applies(JsonFactory factory, Path file) throws IOException {
        try (BufferedReader in = new BufferedReader(new BoundedLines(new InputStreamReader(Files.newInputStream(file),
                StandardCharsets.UTF_8)))) {
            return firstLineIsOneObject(factory, in);
        } catch (SourceLimitException longLine) {
            // A first line longer than a line may be is no NDJSON line: it is the usual single-line
            // array or wrapper of an API export (megabytes without a line break), streamed by JsonRecords.
            return false;
        }
    }

    private static boolean firstLineIsOneObject(JsonFactory factory, BufferedReader in) throws IOException {
        String line;
        while ((line = in.readLine()) != null && line.isBlank()) {
            // leading blank lines
        }
        if (line == null || !line.strip().replace("\uFEFF", "").startsWith("{")) {
            return false;
        }
        try (JsonParser parser = factory.createParser(ObjectReadContext.empty(), line.replace("\uFEFF", ""))) {
            if (parser.nextToken() != JsonToken.START_OBJECT) {
                return false;
            }
            parser.skipChildren();
            return parser.nextToken() == null && !isWrapper(factory, line);
        } catch (JacksonException e) {
            return false;
        }
    }

    /** A one-line wrapper ({@code {"response":{"list":[...]}}}) is read by {@link JsonRecords} as a stream. */
    private static boolean isWrapper(JsonFactory factory, String line) {
        try (JsonRecords records = new JsonRecords(factory.createParser(ObjectReadContext.empty(), line))) {
            Map<String, CellValue> record = records.next();
            return record == null || records.next() != null;
        }
    }

    @Override
    public RawRow next() throws IOException {
        if (keys == null) {
            first = nextRecord();
            if (first == null) {
                return null;
            }
            keys = List.copyOf(first.keySet());
            return new RawRow(0, keys.stream().map(CellValue::text).toList());
        }
        Map<String, CellValue> record = first != null ? first : nextRecord();
        first = null;
        if (broken != null) {
            RawRow row = broken;
            broken = null;
            return row;
        }
        if (record == null) {
            return null;
        }
        List<CellValue> cells = new ArrayList<>(keys.size());
        for (String key : keys) {
            cells.add(record.getOrDefault(key, CellValue.EMPTY));
        }
        return new RawRow(objectNumber, cells);
    }

    private Map<String, CellValue> nextRecord() throws IOException {
        String line;
        while ((line = lines.readLine()) != null) {
            lineNumber++;
            if (line.isBlank()) {
                continue;
            }
            objectNumber++;
            try (JsonRecords records = new JsonRecords(factory.createParser(ObjectReadContext.empty(),
                    line.replace("\uFEFF", "")))) {
                Map<String, CellValue> record = records.next();
                if (record != null) {
                    return record;
                }
            } catch (JacksonException e) {
                // fall through to the warning: the line is skipped, the next one is read
            }
            LOG.warn("Berkas {} baris {}: bukan objek JSON yang utuh, baris ini ditolak; baris sesudahnya tetap "
                    + "dibaca. Periksa baris itu di berkas ekspornya.", fileName, lineNumber);
            if (keys != null) {
                broken = RawRow.rusak(objectNumber, line, "Baris " + lineNumber + " bukan objek JSON yang utuh (terpotong"
                        + " atau rusak); ekspor ulang berkas ini dari aplikasinya");
                return null;
            }
        }
        return null;
    }

    @Override
    public void close() throws IOException {
        lines.close();
    }
}
