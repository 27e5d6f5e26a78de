package id.rekon.pispk.source;

import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The {@link HeaderKey} form of every registered column's aliases, computed once (a header cell is
 * compared with every column of every kind). The columns themselves are the kinds' definitions'
 * ({@link SourceKinds}). Immutable and thread-safe.
 */
public final class KindColumns {

    private static final Map<SourceColumn, Set<String>> KEYS = new HashMap<>();

    static {
        for (SourceDefinition definition : SourceKinds.all()) {
            for (SourceColumn column : definition.columns()) {
                KEYS.put(column, keys(column));
            }
        }
    }

    private KindColumns() {
    }

    /** Whether a header cell whose {@link HeaderKey} is {@code key} names the column. */
    public static boolean matches(SourceColumn column, String key) {
        if (key.isEmpty()) {
            return false;
        }
        Set<String> keys = KEYS.get(column);
        // A column of no registered kind (a test's own kind) is keyed on the spot: header rows only, never data rows.
        return (keys != null ? keys : keys(column)).contains(key);
    }

    private static Set<String> keys(SourceColumn column) {
        return column.aliases().stream().map(HeaderKey::of).collect(Collectors.toUnmodifiableSet());
    }
}
