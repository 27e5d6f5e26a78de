package id.rekon.pispk.source;

import java.io.Closeable;
import java.io.IOException;

/**
 * Pulls the physical rows of one sheet (or of a CSV or JSON file) one at a time, so a file is
 * never held in memory whole. Not thread-safe: one reader per thread.
 */
public interface RowReader extends Closeable {

    /**
     * The next physical row, blank rows included, or {@code null} at the end.
     *
     * @throws IOException when the rest of the file cannot be read (corrupt or truncated content)
     */
    RawRow next() throws IOException;
}
