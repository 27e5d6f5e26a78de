package id.rekon.pispk.source;

import java.io.Closeable;
import java.io.IOException;
import java.util.List;

/**
 * An open inbox file seen as one or more sheets of rows: a workbook's visible sheets, or the single
 * table of a CSV or JSON file. Implemented once per physical format (csv, xlsx, xls, json).
 * Closing it closes every {@link RowReader} it handed out. Not thread-safe.
 */
public interface TabularFile extends Closeable {

    /** Names of the sheets that may hold data, in workbook order; hidden sheets are left out. A CSV or JSON file has one sheet named {@code ""}. */
    List<String> sheetNames();

    /**
     * Opens a reader on the sheet at {@code index} of {@link #sheetNames()}, from its first row.
     * Several readers may be open at once (one per sheet being looked at).
     */
    RowReader rows(int index) throws IOException;
}
