package id.rekon.pispk.sample;

import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

import java.io.Closeable;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Date;
import java.util.List;
import java.util.Optional;

/**
 * A spreadsheet export that may run over a sheet's row limit: when it would, the part is closed
 * (with its footer: totals, trailing empty rows) and the same title rows and header open a new
 * file, {@code name (2).xlsx} and so on. XLSX streams through SXSSF (a small window of rows in
 * memory); legacy XLS goes through HSSF, which has no streaming mode, so it is kept small.
 */
final class SheetParts implements Closeable {

    /** Writes the rows above the header; returns the header's row index. */
    interface Title {
        int write(Sheet sheet, SheetParts parts);
    }

    /** Writes the rows after the data of one part (totals, trailing empty rows) via {@link #footerRow()}. */
    interface Footer {
        void write(SheetParts parts);
    }

    /** Rows kept free at the bottom of every part for the footer. */
    private static final int RESERVE = 12;

    private final Path dir;
    private final String baseName;
    private final boolean xls;
    private final int maxRows;
    private final String sheetName;
    private final List<String> header;
    private final Title title;
    private final Footer footer;
    private final ManifestBuilder manifest;
    private final String kind;
    private final String puskesmas;
    private Workbook wb;
    private Sheet sheet;
    private CellStyle dateStyle;
    private FileStats stats;
    private Path path;
    private int next;
    private int part;
    private Runnable onNewPart = () -> { };
    private final Date created;

    SheetParts(Path dir, String baseName, boolean xls, int maxRows, String sheetName, List<String> header,
               Title title, Footer footer, ManifestBuilder manifest, String kind, String puskesmas, LocalDate exportDate) {
        this.dir = dir;
        this.created = Date.from(exportDate.atStartOfDay(java.time.ZoneOffset.UTC).toInstant());
        this.baseName = baseName;
        this.xls = xls;
        this.maxRows = maxRows;
        this.sheetName = sheetName;
        this.header = List.copyOf(header);
        this.title = title;
        this.footer = footer;
        this.manifest = manifest;
        this.kind = kind;
        this.puskesmas = puskesmas;
        open();
    }

    /** Called after each new part opens (writers reset per-file pacing). */
    void onNewPart(Runnable r) {
        this.onNewPart = r;
    }

    private void open() {
        part++;
        String name = baseName + (part == 1 ? "" : " (" + part + ")") + (xls ? ".xls" : ".xlsx");
        path = dir.resolve(name);
        if (xls) {
            HSSFWorkbook h = new HSSFWorkbook();
            h.createInformationProperties();
            // Without a codepage POI warns on every write; 1252 is what Excel puts there.
            h.getSummaryInformation().getFirstSection().setCodepage(1252);
            h.getDocumentSummaryInformation().getFirstSection().setCodepage(1252);
            wb = h;
        } else {
            SXSSFWorkbook s = new SXSSFWorkbook(200);
            s.setCompressTempFiles(true);
            // A fixed creation time keeps the file byte-for-byte reproducible for a seed.
            s.getXSSFWorkbook().getProperties().getCoreProperties().setCreated(Optional.of(created));
            wb = s;
        }
        sheet = wb.createSheet(sheetName);
        dateStyle = wb.createCellStyle();
        dateStyle.setDataFormat(wb.getCreationHelper().createDataFormat().getFormat("dd/mm/yyyy"));
        stats = manifest.file(name, kind, puskesmas, part);
        int h = title.write(sheet, this);
        CellStyle bold = wb.createCellStyle();
        Font font = wb.createFont();
        font.setBold(true);
        bold.setFont(font);
        Row hr = sheet.createRow(h);
        for (int i = 0; i < header.size(); i++) {
            Cell c = hr.createCell(i);
            c.setCellValue(header.get(i));
            c.setCellStyle(bold);
        }
        next = h + 1;
    }

    /** The next data row, in a new part when this one is full. */
    Row row() {
        if (next >= maxRows - RESERVE) {
            closePart();
            open();
            onNewPart.run();
        }
        return sheet.createRow(next++);
    }

    /** The next row of the footer: never splits (room is reserved). */
    Row footerRow() {
        return sheet.createRow(next++);
    }

    /** Whether the current part has room for {@code n} more data rows. */
    boolean hasRoom(int n) {
        return next + n < maxRows - RESERVE;
    }

    FileStats stats() {
        return stats;
    }

    Workbook workbook() {
        return wb;
    }

    int part() {
        return part;
    }

    /**
     * Sets a cell: {@code null} leaves it absent, a {@link String} is a text cell, a {@link Number}
     * a numeric cell, a {@link LocalDate} a real Excel date cell.
     */
    void set(Row r, int col, Object v) {
        if (v == null) {
            return;
        }
        Cell c = r.createCell(col);
        if (v instanceof String s) {
            c.setCellValue(s);
        } else if (v instanceof Number n) {
            c.setCellValue(n.doubleValue());
        } else if (v instanceof LocalDate d) {
            c.setCellValue(d);
            c.setCellStyle(dateStyle);
        } else {
            throw new IllegalArgumentException(v.getClass().getName());
        }
    }

    /** A row that holds only empty strings: looks blank to a person, is a row to a reader. */
    void blankRow(Row r, int cells) {
        for (int i = 0; i < cells; i++) {
            r.createCell(i).setCellValue("");
        }
        stats.blank();
    }

    private void closePart() {
        footer.write(this);
        try (OutputStream out = Files.newOutputStream(path)) {
            wb.write(out);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write " + path, e);
        }
        try {
            if (wb instanceof SXSSFWorkbook s) {
                s.dispose();
            }
            wb.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        closePart();
    }
}
