package id.rekon.pispk.source.json;

import id.rekon.pispk.model.CellValue;
import id.rekon.pispk.source.RawRow;
import id.rekon.pispk.source.ReadLimits;
import id.rekon.pispk.source.RowReader;
import id.rekon.pispk.source.TabularFile;
import tools.jackson.core.JacksonException;
import tools.jackson.core.ObjectReadContext;
import tools.jackson.core.StreamReadConstraints;
import tools.jackson.core.json.JsonFactory;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A JSON file saved from the PCare web service, seen as one sheet: a header row numbered 0 holding
 * the flattened keys of the first record, then one row per record numbered from 1 (the object
 * number). Keys a later record adds are ignored; keys it lacks are blank. Records are pulled one at
 * a time ({@link JsonRecords}); a file of one object per line is read line by line ({@link JsonLines}),
 * so one broken line does not lose the lines after it. Not thread-safe.
 */
public final class JsonFile implements TabularFile {

    /** A string value longer than a line may be is refused, like a CSV line ({@link ReadLimits}). */
    private static final JsonFactory FACTORY = JsonFactory.builder()
            .streamReadConstraints(StreamReadConstraints.builder().maxStringLength(ReadLimits.MAX_LINE_CHARS)
                    .maxNameLength(4_096).build())
            .build();

    private final Path file;
    private final List<RowReader> opened = new ArrayList<>();

    private JsonFile(Path file) {
        this.file = file;
    }

    /** Opens the file; the content is parsed as rows are read. */
    public static JsonFile open(Path file) {
        return new JsonFile(file);
    }

    @Override
    public List<String> sheetNames() {
        return List.of("");
    }

    @Override
    public RowReader rows(int index) throws IOException {
        if (index != 0) {
            throw new IndexOutOfBoundsException("a JSON file has one sheet: " + index);
        }
        try {
            RowReader rows = JsonLines.applies(FACTORY, file) ? new JsonLines(FACTORY, file)
                    : new Rows(new JsonRecords(FACTORY.createParser(ObjectReadContext.empty(), Files.newInputStream(file))));
            opened.add(rows);
            return rows;
        } catch (JacksonException e) {
            throw new IOException("JSON cannot be parsed", e);
        }
    }

    @Override
    public void close() throws IOException {
        for (RowReader rows : opened) {
            rows.close();
        }
        opened.clear();
    }

    private static final class Rows implements RowReader {

        private final JsonRecords records;
        private List<String> keys;
        private Map<String, CellValue> first;
        private long objectNumber;

        Rows(JsonRecords records) {
            this.records = records;
        }

        @Override
        public RawRow next() throws IOException {
            try {
                if (keys == null) {
                    first = records.next();
                    if (first == null) {
                        return null;
                    }
                    keys = List.copyOf(first.keySet());
                    return new RawRow(0, keys.stream().map(CellValue::text).toList());
                }
                Map<String, CellValue> record = first != null ? first : records.next();
                first = null;
                if (record == null) {
                    return null;
                }
                objectNumber++;
                List<CellValue> cells = new ArrayList<>(keys.size());
                for (String key : keys) {
                    cells.add(record.getOrDefault(key, CellValue.EMPTY));
                }
                return new RawRow(objectNumber, cells);
            } catch (JacksonException e) {
                throw new IOException("JSON cannot be parsed after object " + objectNumber, e);
            }
        }

        @Override
        public void close() {
            records.close();
        }
    }
}
