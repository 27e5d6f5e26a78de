package id.rekon.pispk.output;

import org.apache.commons.csv.CSVPrinter;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Iterator;
import java.util.Objects;

/**
 * Writes {@code tidak-terarah.csv}: the findings that could not be routed to a puskesmas (spec
 * "Who owns a finding": never dropped). Columns of {@code temuan.csv} plus {@value #ALASAN};
 * same dialect, neutralisation and atomic write as {@link TemuanCsvWriter}. Stateless.
 */
public final class TidakTerarahWriter {

    public static final String FILE_NAME = "tidak-terarah.csv";
    public static final String ALASAN = "alasan";

    /** The header names in order. */
    public static String[] headers() {
        String[] base = TemuanCsvColumn.headers();
        String[] all = Arrays.copyOf(base, base.length + 1);
        all[base.length] = ALASAN;
        return all;
    }

    /** @return the number of rows written */
    public long write(Iterator<TemuanTidakTerarah> temuan, Path target) throws IOException {
        Objects.requireNonNull(temuan, "temuan");
        long[] count = {0};
        AtomicFile.write(target, out -> {
            try (CSVPrinter printer = CsvOutput.open(out, headers())) {
                while (temuan.hasNext()) {
                    TemuanTidakTerarah item = temuan.next();
                    String[] base = TemuanCsvColumn.printed(item.row());
                    String[] values = Arrays.copyOf(base, base.length + 1);
                    values[base.length] = SafeText.forCsv(item.alasan());
                    printer.printRecord((Object[]) values);
                    count[0]++;
                }
            }
        });
        return count[0];
    }
}
