package id.rekon.pispk.source.xls;

import id.rekon.pispk.source.CellValue;
import id.rekon.pispk.source.NumberText;
import id.rekon.pispk.source.RawRow;
import id.rekon.pispk.source.RowReader;
import id.rekon.pispk.source.TabularFile;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.FormulaError;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;

/**
 * A legacy Excel 97-2003 workbook, loaded with HSSF: the format caps a sheet at 65,536 rows, so
 * loading it is bounded. Cells follow the same rules as XLSX: text as stored, numbers as plain
 * decimals flagged numeric, date-formatted numbers as dates, formulas by their cached value,
 * booleans {@code TRUE}/{@code FALSE}, errors as their code. Row numbers are the sheet's.
 * Hidden sheets are left out of {@link #sheetNames()}. Not thread-safe.
 */
public final class XlsFile implements TabularFile {

    private final POIFSFileSystem fs;
    private final HSSFWorkbook workbook;
    private final List<Sheet> visible = new ArrayList<>();

    private XlsFile(POIFSFileSystem fs, HSSFWorkbook workbook) {
        this.fs = fs;
        this.workbook = workbook;
        for (int i = 0; i < workbook.getNumberOfSheets(); i++) {
            if (!workbook.isSheetHidden(i) && !workbook.isSheetVeryHidden(i)) {
                visible.add(workbook.getSheetAt(i));
            }
        }
    }

    /** Opens the workbook read-only. */
    public static XlsFile open(Path file) throws IOException {
        POIFSFileSystem fs = new POIFSFileSystem(file.toFile(), true);
        try {
            return new XlsFile(fs, new HSSFWorkbook(fs.getRoot(), true));
        } catch (IOException | RuntimeException e) {
            fs.close();
            throw e;
        }
    }

    @Override
    public List<String> sheetNames() {
        return visible.stream().map(Sheet::getSheetName).toList();
    }

    @Override
    public RowReader rows(int index) {
        Iterator<Row> rows = visible.get(index).rowIterator();
        return new RowReader() {
            @Override
            public RawRow next() {
                return rows.hasNext() ? toRawRow(rows.next()) : null;
            }

            @Override
            public void close() {
                // the workbook is in memory; closing the file closes it
            }
        };
    }

    private static RawRow toRawRow(Row row) {
        List<CellValue> cells = new ArrayList<>();
        for (Cell cell : row) {
            while (cells.size() < cell.getColumnIndex()) {
                cells.add(CellValue.EMPTY);
            }
            cells.add(value(cell));
        }
        return new RawRow(row.getRowNum() + 1L, cells);
    }

    static CellValue value(Cell cell) {
        CellType type = cell.getCellType();
        if (type == CellType.FORMULA) {
            type = cell.getCachedFormulaResultType();
        }
        return switch (type) {
            case STRING -> CellValue.text(cell.getRichStringCellValue().getString());
            case NUMERIC -> number(cell);
            case BOOLEAN -> CellValue.text(cell.getBooleanCellValue() ? "TRUE" : "FALSE");
            case ERROR -> CellValue.text(errorCode(cell.getErrorCellValue()));
            default -> CellValue.EMPTY;
        };
    }

    private static String errorCode(byte code) {
        try {
            return FormulaError.forInt(code).getString();
        } catch (IllegalArgumentException e) {
            return "#ERROR";
        }
    }

    private static CellValue number(Cell cell) {
        double value = cell.getNumericCellValue();
        if (DateUtil.isCellDateFormatted(cell) && DateUtil.isValidExcelDate(value)) {
            LocalDate date = cell.getLocalDateTimeCellValue().toLocalDate();
            return CellValue.date(date, date.toString());
        }
        return CellValue.number(NumberText.plain(value));
    }

    @Override
    public void close() throws IOException {
        try {
            workbook.close();
        } finally {
            fs.close();
        }
    }
}
