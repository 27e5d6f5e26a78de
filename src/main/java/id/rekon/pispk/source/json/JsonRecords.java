package id.rekon.pispk.source.json;

import id.rekon.pispk.model.CellValue;
import id.rekon.pispk.source.NumberText;
import id.rekon.pispk.source.ReadLimits;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.exc.StreamConstraintsException;

import java.io.Closeable;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Pulls the records of a JSON file one at a time with Jackson's streaming parser, each flattened to
 * dotted paths ({@code {"jnsPeserta":{"nama":"PBI"}}} gives {@code jnsPeserta.nama}). Accepted
 * layouts:
 * <ul>
 *   <li>an array of objects: {@code [{…},{…}]};</li>
 *   <li>objects one after another, one per line or not (NDJSON), or a single object;</li>
 *   <li>an object wrapping the records in an array field, at any depth:
 *       {@code {"response":{"count":2,"list":[{…},{…}]}}}. An object holding an array is taken for
 *       a wrapper, never a record: the first array of objects inside it holds the records, and an
 *       empty array means no records.</li>
 * </ul>
 * Within a record, arrays are ignored. Values: strings as text, numbers as plain decimals flagged
 * numeric (the literal as written, no rounding through double), booleans as text {@code true} /
 * {@code false}, {@code null} blank. Not thread-safe.
 */
final class JsonRecords implements Closeable {

    private enum Mode { START, IN_ARRAY, AT_ROOT, END }

    private enum Scan { RECORD, WRAPPER, RECORDS_FOUND }

    private final JsonParser parser;
    private Mode mode = Mode.START;
    /** Characters of field names and values of the record being read. */
    private long recordChars;

    JsonRecords(JsonParser parser) {
        this.parser = parser;
    }

    /** The next record (keys in file order), or {@code null} at the end. */
    Map<String, CellValue> next() {
        return switch (mode) {
            case START -> start();
            case IN_ARRAY -> nextInArray();
            case AT_ROOT -> nextAtRoot();
            case END -> null;
        };
    }

    private Map<String, CellValue> start() {
        JsonToken token = parser.nextToken();
        if (token == JsonToken.START_ARRAY) {
            mode = Mode.IN_ARRAY;
            return nextInArray();
        }
        if (token != JsonToken.START_OBJECT) {
            mode = Mode.END;
            return null;
        }
        Map<String, CellValue> flat = new LinkedHashMap<>();
        recordChars = 0;
        switch (scan("", flat)) {
            case RECORDS_FOUND -> {
                mode = Mode.IN_ARRAY;
                return record();
            }
            case WRAPPER -> {
                mode = Mode.END;
                return null;
            }
            default -> {
                mode = Mode.AT_ROOT;
                return flat;
            }
        }
    }

    private Map<String, CellValue> nextInArray() {
        JsonToken token;
        while ((token = parser.nextToken()) != null && token != JsonToken.END_ARRAY) {
            if (token == JsonToken.START_OBJECT) {
                return record();
            }
            if (token == JsonToken.START_ARRAY) {
                parser.skipChildren();
            }
        }
        mode = Mode.END;
        return null;
    }

    private Map<String, CellValue> nextAtRoot() {
        JsonToken token;
        while ((token = parser.nextToken()) != null) {
            if (token == JsonToken.START_OBJECT) {
                return record();
            }
            if (token == JsonToken.START_ARRAY) {
                parser.skipChildren();
            }
        }
        mode = Mode.END;
        return null;
    }

    /**
     * Walks an object that may be a record or a wrapper, flattening its scalars into {@code flat}.
     * Stops at the first array of objects, leaving the parser on its first element's START_OBJECT.
     */
    private Scan scan(String prefix, Map<String, CellValue> flat) {
        boolean wrapper = false;
        while (parser.nextToken() == JsonToken.PROPERTY_NAME) {
            String name = prefix + parser.currentName();
            JsonToken value = parser.nextToken();
            if (value == JsonToken.START_OBJECT) {
                Scan inner = scan(name + ".", flat);
                if (inner == Scan.RECORDS_FOUND) {
                    return inner;
                }
                wrapper |= inner == Scan.WRAPPER;
            } else if (value == JsonToken.START_ARRAY) {
                JsonToken first = parser.nextToken();
                if (first == JsonToken.START_OBJECT) {
                    return Scan.RECORDS_FOUND;
                }
                wrapper = true;
                skipRestOfArray(first);
            } else {
                CellValue v = scalar(value);
                flat.put(name, v);
                bound(flat, name, v);
            }
        }
        return wrapper ? Scan.WRAPPER : Scan.RECORD;
    }

    private void skipRestOfArray(JsonToken current) {
        JsonToken token = current;
        while (token != null && token != JsonToken.END_ARRAY) {
            if (token == JsonToken.START_OBJECT || token == JsonToken.START_ARRAY) {
                parser.skipChildren();
            }
            token = parser.nextToken();
        }
    }

    /** Reads the object whose START_OBJECT is the current token. */
    private Map<String, CellValue> record() {
        Map<String, CellValue> flat = new LinkedHashMap<>();
        recordChars = 0;
        flatten("", flat);
        return flat;
    }

    /**
     * Keeps one record within the limits of a row ({@link ReadLimits#MAX_COLUMNS} fields,
     * {@link ReadLimits#MAX_ROW_CHARS} characters): each string is bounded by the parser, but not how
     * many an object holds.
     */
    private void bound(Map<String, CellValue> flat, String name, CellValue added) {
        recordChars += name.length() + added.text().length();
        if (flat.size() > ReadLimits.MAX_COLUMNS || recordChars > ReadLimits.MAX_ROW_CHARS) {
            throw new StreamConstraintsException("objek JSON lebih dari " + ReadLimits.MAX_COLUMNS + " isian atau "
                    + ReadLimits.MAX_ROW_CHARS + " karakter");
        }
    }

    private void flatten(String prefix, Map<String, CellValue> flat) {
        while (parser.nextToken() == JsonToken.PROPERTY_NAME) {
            String name = prefix + parser.currentName();
            JsonToken value = parser.nextToken();
            if (value == JsonToken.START_OBJECT) {
                flatten(name + ".", flat);
            } else if (value == JsonToken.START_ARRAY) {
                parser.skipChildren();
            } else {
                CellValue v = scalar(value);
                flat.put(name, v);
                bound(flat, name, v);
            }
        }
    }

    private CellValue scalar(JsonToken token) {
        return switch (token) {
            case VALUE_STRING -> CellValue.text(parser.getString());
            case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> CellValue.number(NumberText.plain(parser.getString()));
            case VALUE_TRUE -> CellValue.text("true");
            case VALUE_FALSE -> CellValue.text("false");
            case VALUE_NULL -> CellValue.EMPTY;
            default -> CellValue.text(parser.getString());
        };
    }

    @Override
    public void close() {
        parser.close();
    }
}
