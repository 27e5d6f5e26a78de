package id.rekon.pispk.output;

import org.apache.commons.csv.CSVPrinter;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.Objects;

/**
 * Writes {@code temuan.csv} (spec "Outputs of one run", item 2): one row per finding, columns
 * {@link TemuanCsvColumn} in order, UTF-8 with BOM, comma, CRLF. Comma rather than the {@code ;}
 * an Indonesian Excel splits on by double-click: the spec fixes the file and analysts' tools (R,
 * Python, Power Query, LibreOffice) read it as it is; Excel users open {@code temuan.xlsx}
 * ({@link TemuanXlsxWriter}), or import the CSV as docs/keluaran.md says, NIK as text. Streams: rows are printed as the
 * iterator yields them. Formula-like text gets a leading {@code '} ({@link SafeText#forCsv}).
 * Atomic ({@link AtomicFile}). Stateless, thread safe.
 */
public final class TemuanCsvWriter {

    /** The file name under the run folder. */
    public static final String FILE_NAME = "temuan.csv";

    /**
     * @param temuan every finding of the run (routed or not, as the caller decides), read once
     * @param target the file, normally {@code <output>/<D>/temuan.csv}
     * @return the number of rows written (the header not counted)
     */
    public long write(Iterator<TemuanRow> temuan, Path target) throws IOException {
        return write(temuan, PuskesmasNames.none(), target);
    }

    /** As {@link #write(Iterator, Path)}, naming each finding's puskesmas in {@code nama_puskesmas}. */
    public long write(Iterator<TemuanRow> temuan, PuskesmasNames names, Path target) throws IOException {
        Objects.requireNonNull(temuan, "temuan");
        long[] count = {0};
        AtomicFile.write(target, out -> {
            try (CSVPrinter printer = CsvOutput.open(out, TemuanCsvColumn.headers())) {
                while (temuan.hasNext()) {
                    TemuanRow row = temuan.next();
                    printer.printRecord((Object[]) TemuanCsvColumn.printed(row, names.of(row.temuan().kodePuskesmas())));
                    count[0]++;
                }
            }
        });
        return count[0];
    }
}
