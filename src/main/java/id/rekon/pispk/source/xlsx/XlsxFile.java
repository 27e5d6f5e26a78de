package id.rekon.pispk.source.xlsx;

import id.rekon.pispk.source.RowReader;
import id.rekon.pispk.source.TabularFile;
import org.apache.poi.openxml4j.exceptions.OpenXML4JException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.xssf.eventusermodel.ReadOnlySharedStringsTable;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.model.SharedStrings;
import org.xml.sax.SAXException;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * An XLSX workbook read through POI's streaming parts ({@link OPCPackage}, {@link XSSFReader},
 * {@link ReadOnlySharedStringsTable}, the styles table) with each sheet pulled row by row by
 * {@link SheetRows}: the workbook is never loaded whole. The shared strings table is held in memory,
 * as in every POI streaming reader. Hidden sheets are left out of {@link #sheetNames()}.
 * Not thread-safe.
 */
public final class XlsxFile implements TabularFile {

    private final OPCPackage pkg;
    private final XSSFReader reader;
    private final SharedStrings strings;
    private final DateStyles dates;
    private final boolean date1904;
    private final List<WorkbookSheets.Sheet> visible;
    private final List<RowReader> opened = new ArrayList<>();

    private XlsxFile(OPCPackage pkg, XSSFReader reader, SharedStrings strings, DateStyles dates,
                     WorkbookSheets workbook) {
        this.pkg = pkg;
        this.reader = reader;
        this.strings = strings;
        this.dates = dates;
        this.date1904 = workbook.date1904();
        this.visible = workbook.sheets().stream()
                .filter(s -> !s.hidden() && s.relationId() != null).toList();
    }

    /** Opens the workbook read-only. */
    public static XlsxFile open(Path file) throws IOException {
        OPCPackage pkg;
        try {
            pkg = OPCPackage.open(file.toFile(), PackageAccess.READ);
        } catch (OpenXML4JException e) {
            throw new IOException("not an XLSX package", e);
        }
        try {
            XSSFReader reader = new XSSFReader(pkg);
            SharedStrings strings = new ReadOnlySharedStringsTable(pkg, false);
            DateStyles dates = new DateStyles(reader.getStylesTable());
            WorkbookSheets workbook = WorkbookSheets.parse(reader.getWorkbookData());
            return new XlsxFile(pkg, reader, strings, dates, workbook);
        } catch (OpenXML4JException | SAXException e) {
            pkg.revert();
            throw new IOException("XLSX parts cannot be read", e);
        } catch (IOException | RuntimeException e) {
            pkg.revert();
            throw e;
        }
    }

    @Override
    public List<String> sheetNames() {
        return visible.stream().map(WorkbookSheets.Sheet::name).toList();
    }

    @Override
    public RowReader rows(int index) throws IOException {
        try {
            RowReader rows = SheetRows.open(reader.getSheet(visible.get(index).relationId()), strings, dates, date1904);
            opened.add(rows);
            return rows;
        } catch (OpenXML4JException e) {
            throw new IOException("worksheet part missing", e);
        }
    }

    @Override
    public void close() throws IOException {
        try {
            for (RowReader rows : opened) {
                rows.close();
            }
            opened.clear();
        } finally {
            // Read-only package: revert() releases the file without trying to save.
            pkg.revert();
        }
    }
}
