package id.rekon.pispk.source;

import java.util.Arrays;
import java.util.List;
import java.util.stream.IntStream;

/** Builds {@link RawRow}s of text cells for tests. */
public final class TestRows {

    private TestRows() {
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
