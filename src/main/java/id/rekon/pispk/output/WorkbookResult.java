package id.rekon.pispk.output;

import id.rekon.pispk.model.RuleFamily;

import java.nio.file.Path;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What {@link PuskesmasWorkbookWriter} wrote.
 *
 * @param file             the workbook, in place
 * @param rowsPerSheet     data rows per family sheet (every family, zero included)
 * @param jumlah           findings written, the sum of {@code rowsPerSheet}
 * @param dilewati         findings refused because they belong to another puskesmas (or none);
 *                         non-zero means the caller handed in rows it should not have
 * @param selesai          resolved findings listed in the summary
 */
public record WorkbookResult(Path file, Map<RuleFamily, Integer> rowsPerSheet, long jumlah, long dilewati,
                             long selesai) {

    public WorkbookResult {
        rowsPerSheet = Collections.unmodifiableMap(new LinkedHashMap<>(rowsPerSheet));
    }
}
