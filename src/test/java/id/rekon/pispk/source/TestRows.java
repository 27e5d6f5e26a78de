package id.rekon.pispk.source;

import id.rekon.pispk.model.CellValue;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

/**
 * Builds hand-made rows for tests: {@link RawRow}s of text cells for the readers, and
 * {@link MappedRow}s for mapper tests: columns in the order given, a
 * {@code String} value is a text cell, a {@link CellValue} is used as is.
 */
public final class TestRows {

    private TestRows() {
    }

    /** @param pairs column, value, column, value, ... */
    public static MappedRow row(String file, long rowNumber, Object... pairs) {
        if (pairs.length % 2 != 0) {
            throw new IllegalArgumentException("column/value pairs expected");
        }
        List<CellValue> cells = new ArrayList<>();
        Map<SourceColumn, Integer> columns = new HashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            SourceColumn column = (SourceColumn) pairs[i];
            Object value = pairs[i + 1];
            CellValue cell = value instanceof CellValue c ? c : CellValue.text((String) value);
            columns.put(column, cells.size());
            cells.add(cell);
        }
        return new MappedRow(file, new RawRow(rowNumber, cells), columns);
    }

    /** A copy of {@code pairs} with the value of {@code column} replaced (or added). */
    public static Object[] with(Object[] pairs, SourceColumn column, Object value) {
        List<Object> out = new ArrayList<>(List.of(pairs));
        for (int i = 0; i < out.size(); i += 2) {
            if (out.get(i) == column) {
                out.set(i + 1, value);
                return out.toArray();
            }
        }
        out.add(column);
        out.add(value);
        return out.toArray();
    }

    /** A copy of {@code pairs} without {@code column} (the file lacks it). */
    public static Object[] without(Object[] pairs, SourceColumn column) {
        List<Object> out = new ArrayList<>();
        for (int i = 0; i < pairs.length; i += 2) {
            if (pairs[i] != column) {
                out.add(pairs[i]);
                out.add(pairs[i + 1]);
            }
        }
        return out.toArray();
    }

    public static RawRow row(long number, String... texts) {
        return new RawRow(number, Arrays.stream(texts).map(CellValue::text).toList());
    }

    /** Rows numbered from 1, one per array. */
    public static List<RawRow> rows(String[]... rows) {
        return IntStream.range(0, rows.length).mapToObj(i -> row(i + 1L, rows[i])).toList();
    }

    /** Header line of a spec-like export, split on commas. */
    public static String[] split(String commaSeparated) {
        return Arrays.stream(commaSeparated.split(",")).map(String::trim).toArray(String[]::new);
    }
}
