package id.rekon.pispk.output;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Iterator;
import java.util.Objects;

/**
 * Writes {@code temuan.xlsx}: the same columns and rows as {@code temuan.csv}
 * ({@link TemuanCsvColumn}) as one flat table an analyst opens in Excel and pivots at once, with
 * nothing to import: NIK, family code, ids and RT/RW as text cells ({@code @}), dates as dates,
 * age in months as a number. One sheet, {@value #SHEET}: bold frozen header, auto-filter, widths
 * that fit. Streams through SXSSF; atomic ({@link AtomicFile}). Formula-like text is kept as text
 * with the quote-prefix style, as in the puskesmas workbooks. Stateless, thread safe.
 */
public final class TemuanXlsxWriter {

    private static final Logger log = LoggerFactory.getLogger(TemuanXlsxWriter.class);

    public static final String FILE_NAME = "temuan.xlsx";
    static final String SHEET = "Temuan";
    /** Excel's row limit less the header: a run with more findings is cut (logged); the CSV has them all. */
    static final int MAX_ROWS = 1_048_575;

    /** @return the number of rows written (the header not counted) */
    public long write(Iterator<TemuanRow> temuan, PuskesmasNames names, Path target) throws IOException {
        Objects.requireNonNull(temuan, "temuan");
        TemuanCsvColumn[] columns = TemuanCsvColumn.values();
        long written = 0;
        try (AtomicFile file = AtomicFile.begin(target);
             SXSSFWorkbook workbook = new StreamingWorkbook(PuskesmasWorkbookWriter.DEFAULT_ROW_WINDOW)) {
            CellWriter cells = new CellWriter(new WorkbookStyles(workbook));
            SXSSFSheet sheet = workbook.createSheet(SHEET);
            ColumnWidths widths = new ColumnWidths(columns.length, 40);
            Row header = sheet.createRow(0);
            for (TemuanCsvColumn c : columns) {
                cells.styled(header, c.ordinal(), c.header(), cells.styles().header, widths);
            }
            sheet.createFreezePane(1, 1);
            while (temuan.hasNext() && written < MAX_ROWS) {
                TemuanRow item = temuan.next();
                String nama = names.of(item.temuan().kodePuskesmas());
                Row row = sheet.createRow((int) ++written);
                for (TemuanCsvColumn c : columns) {
                    String value = c.valueOf(item, nama);
                    switch (c.kind()) {
                        case KODE -> cells.kode(row, c.ordinal(), value, widths);
                        case DATE -> cells.date(row, c.ordinal(), value.isEmpty() ? null : LocalDate.parse(value),
                                widths);
                        case INTEGER -> cells.number(row, c.ordinal(), value.isEmpty() ? null : Long.valueOf(value),
                                cells.styles().integer, widths);
                        case TEXT -> cells.text(row, c.ordinal(), value, widths);
                    }
                }
            }
            if (temuan.hasNext()) {
                log.warn("{}: lebih dari {} temuan, batas baris Excel; selebihnya hanya ada di temuan.csv",
                        FILE_NAME, MAX_ROWS);
            }
            widths.applyTo(sheet);
            sheet.setAutoFilter(new CellRangeAddress(0, (int) Math.max(written, 1), 0, columns.length - 1));
            workbook.write(file.output());
            file.commit();
        }
        return written;
    }
}
