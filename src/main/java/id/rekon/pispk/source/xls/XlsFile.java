package id.rekon.pispk.source.xls;

import id.rekon.pispk.model.CellValue;
import id.rekon.pispk.source.NumberText;
import id.rekon.pispk.source.RawRow;
import id.rekon.pispk.source.ReadLimits;
import id.rekon.pispk.source.RowReader;
import id.rekon.pispk.source.SourceLimitException;
import id.rekon.pispk.source.TabularFile;
import org.apache.poi.hssf.record.BOFRecord;
import org.apache.poi.hssf.record.BoolErrRecord;
import org.apache.poi.hssf.record.BoundSheetRecord;
import org.apache.poi.hssf.record.DateWindow1904Record;
import org.apache.poi.hssf.record.EOFRecord;
import org.apache.poi.hssf.record.ExtendedFormatRecord;
import org.apache.poi.hssf.record.FormatRecord;
import org.apache.poi.hssf.record.FormulaRecord;
import org.apache.poi.hssf.record.LabelRecord;
import org.apache.poi.hssf.record.LabelSSTRecord;
import org.apache.poi.hssf.record.MulRKRecord;
import org.apache.poi.hssf.record.NumberRecord;
import org.apache.poi.hssf.record.RKRecord;
import org.apache.poi.hssf.record.Record;
import org.apache.poi.hssf.record.RecordFactoryInputStream;
import org.apache.poi.hssf.record.SSTRecord;
import org.apache.poi.hssf.record.StringRecord;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.ss.usermodel.BuiltinFormats;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.FormulaError;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A legacy Excel 97-2003 workbook, pulled record by record ({@link RecordFactoryInputStream}, the
 * stream under POI's HSSF event API) instead of loaded as an {@code HSSFWorkbook}: a file of a few
 * megabytes of blank cells ({@code MULBLANK} records, two bytes a cell) would otherwise become
 * millions of cell objects. Blank cells cost nothing here; one row is in memory at a time. The
 * workbook globals (sheet names, shared strings, number formats) are read once when opening.
 *
 * <p>Cells follow the same rules as XLSX: text as stored, numbers as plain decimals flagged
 * numeric, date-formatted numbers as dates, formulas by their cached value, booleans
 * {@code TRUE}/{@code FALSE}, errors as their code. Row numbers are the sheet's. Hidden sheets are
 * left out of {@link #sheetNames()}. Not thread-safe.
 */
public final class XlsFile implements TabularFile {

    private final POIFSFileSystem fs;
    private final Globals globals;
    private final List<Integer> visible = new ArrayList<>();
    private final List<SheetRecords> opened = new ArrayList<>();

    private XlsFile(POIFSFileSystem fs, Globals globals) {
        this.fs = fs;
        this.globals = globals;
        for (int i = 0; i < globals.sheets.size(); i++) {
            BoundSheetRecord sheet = globals.sheets.get(i);
            if (!sheet.isHidden() && !sheet.isVeryHidden()) {
                visible.add(i);
            }
        }
    }

    /** Opens the workbook read-only and reads its globals. */
    public static XlsFile open(Path file) throws IOException {
        POIFSFileSystem fs = new POIFSFileSystem(file.toFile(), true);
        try {
            Globals globals;
            try (InputStream in = workbookStream(fs)) {
                globals = Globals.read(new RecordFactoryInputStream(in, false));
            }
            return new XlsFile(fs, globals);
        } catch (IOException | RuntimeException e) {
            fs.close();
            throw e;
        }
    }

    private static InputStream workbookStream(POIFSFileSystem fs) throws IOException {
        return fs.createDocumentInputStream(HSSFWorkbook.getWorkbookDirEntryName(fs.getRoot()));
    }

    @Override
    public List<String> sheetNames() {
        return visible.stream().map(i -> globals.sheets.get(i).getSheetname()).toList();
    }

    @Override
    public RowReader rows(int index) throws IOException {
        InputStream in = workbookStream(fs);
        try {
            SheetRecords rows = new SheetRecords(in, globals, visible.get(index));
            opened.add(rows);
            return rows;
        } catch (RuntimeException e) {
            in.close();
            throw e;
        }
    }

    @Override
    public void close() throws IOException {
        try {
            for (SheetRecords rows : opened) {
                rows.close();
            }
            opened.clear();
        } finally {
            fs.close();
        }
    }

    /** What the workbook globals say: the sheets in file order, the shared strings and the date formats. */
    private static final class Globals {

        private final List<BoundSheetRecord> sheets = new ArrayList<>();
        private final Map<Integer, String> formats = new HashMap<>();
        private final List<Integer> formatOfXf = new ArrayList<>();
        private final Map<Integer, Boolean> dateXf = new HashMap<>();
        private SSTRecord strings;
        private boolean date1904;

        static Globals read(RecordFactoryInputStream records) {
            Globals g = new Globals();
            List<BoundSheetRecord> bound = new ArrayList<>();
            for (Record r = records.nextRecord(); r != null && !(r instanceof EOFRecord); r = records.nextRecord()) {
                if (r instanceof BoundSheetRecord b) {
                    bound.add(b);
                } else if (r instanceof SSTRecord sst) {
                    g.strings = sst;
                } else if (r instanceof FormatRecord f) {
                    g.formats.put(f.getIndexCode(), f.getFormatString());
                } else if (r instanceof ExtendedFormatRecord xf) {
                    g.formatOfXf.add((int) xf.getFormatIndex());
                } else if (r instanceof DateWindow1904Record w) {
                    g.date1904 = w.getWindowing() == 1;
                }
            }
            // Sheet substreams follow the globals in the order of their BOF positions.
            g.sheets.addAll(List.of(BoundSheetRecord.orderByBofPosition(bound)));
            return g;
        }

        String sharedString(int index) {
            return strings == null || index < 0 || index >= strings.getNumUniqueStrings() ? ""
                    : strings.getString(index).getString();
        }

        boolean isDate(int xfIndex) {
            return dateXf.computeIfAbsent(xfIndex, xf -> {
                if (xf < 0 || xf >= formatOfXf.size()) {
                    return false;
                }
                int format = formatOfXf.get(xf);
                String pattern = formats.getOrDefault(format, BuiltinFormats.getBuiltinFormat(format));
                return pattern != null && DateUtil.isADateFormat(format, pattern);
            });
        }
    }

    /** The rows of one sheet substream, gathered from its cell records one row at a time. */
    private static final class SheetRecords implements RowReader {

        private final InputStream in;
        private final RecordFactoryInputStream records;
        private final Globals globals;
        private final List<CellValue> cells = new ArrayList<>();
        private int pendingRow = -1;
        private int pendingFormulaColumn = -1;
        private boolean ended;

        SheetRecords(InputStream in, Globals globals, int sheet) {
            this.in = in;
            this.globals = globals;
            this.records = new RecordFactoryInputStream(in, false);
            skipTo(sheet);
        }

        /** Skips the globals and the substreams of the sheets before {@code sheet}. */
        private void skipTo(int sheet) {
            int depth = 0;
            int substream = -1; // the globals
            for (Record r = records.nextRecord(); r != null; r = records.nextRecord()) {
                if (r instanceof BOFRecord) {
                    if (depth == 0) {
                        substream++;
                    }
                    depth++;
                    if (depth == 1 && substream == sheet + 1) {
                        return;
                    }
                } else if (r instanceof EOFRecord) {
                    depth--;
                }
            }
            ended = true;
        }

        @Override
        public RawRow next() throws IOException {
            int depth = 1;
            while (!ended) {
                Record r = records.nextRecord();
                if (r == null) {
                    ended = true;
                    break;
                }
                if (r instanceof BOFRecord) {
                    depth++; // an embedded chart's substream: nothing of ours inside
                    continue;
                }
                if (r instanceof EOFRecord && --depth == 0) {
                    ended = true;
                    break;
                }
                RawRow done = take(r);
                if (done != null) {
                    return done;
                }
            }
            return flush();
        }

        /** Adds a cell record to the pending row; returns the previous row when this one starts a new row. */
        private RawRow take(Record r) throws SourceLimitException {
            if (r instanceof StringRecord s && pendingFormulaColumn >= 0) {
                // the text a formula just before gave
                set(pendingRow, pendingFormulaColumn, CellValue.text(s.getString()));
                pendingFormulaColumn = -1;
                return null;
            }
            pendingFormulaColumn = -1;
            if (r instanceof MulRKRecord m) {
                RawRow done = startRow(m.getRow());
                for (int j = 0; j < m.getNumColumns(); j++) {
                    set(m.getRow(), m.getFirstColumn() + j, number(m.getRKNumberAt(j), m.getXFAt(j)));
                }
                return done;
            }
            if (r instanceof LabelSSTRecord l) {
                return cell(l.getRow(), l.getColumn(), CellValue.text(globals.sharedString(l.getSSTIndex())));
            }
            if (r instanceof LabelRecord l) {
                return cell(l.getRow(), l.getColumn(), CellValue.text(l.getValue()));
            }
            if (r instanceof NumberRecord n) {
                return cell(n.getRow(), n.getColumn(), number(n.getValue(), n.getXFIndex()));
            }
            if (r instanceof RKRecord k) {
                return cell(k.getRow(), k.getColumn(), number(k.getRKNumber(), k.getXFIndex()));
            }
            if (r instanceof BoolErrRecord b) {
                return cell(b.getRow(), b.getColumn(), b.isBoolean()
                        ? CellValue.text(b.getBooleanValue() ? "TRUE" : "FALSE")
                        : CellValue.text(errorCode(b.getErrorValue())));
            }
            if (r instanceof FormulaRecord f) {
                return formula(f);
            }
            return null; // blanks, row records, formatting: nothing to read
        }

        private RawRow formula(FormulaRecord f) throws SourceLimitException {
            int type = f.getCachedResultType();
            if (type == CellType.STRING.getCode()) {
                RawRow done = cell(f.getRow(), f.getColumn(), CellValue.EMPTY);
                pendingFormulaColumn = f.hasCachedResultString() ? f.getColumn() : -1;
                return done;
            }
            if (type == CellType.BOOLEAN.getCode()) {
                return cell(f.getRow(), f.getColumn(), CellValue.text(f.getCachedBooleanValue() ? "TRUE" : "FALSE"));
            }
            if (type == CellType.ERROR.getCode()) {
                return cell(f.getRow(), f.getColumn(), CellValue.text(errorCode((byte) f.getCachedErrorValue())));
            }
            return cell(f.getRow(), f.getColumn(), number(f.getValue(), f.getXFIndex()));
        }

        private RawRow cell(int row, int column, CellValue value) throws SourceLimitException {
            RawRow done = startRow(row);
            set(row, column, value);
            return done;
        }

        private RawRow startRow(int row) throws SourceLimitException {
            if (row < 0 || row >= ReadLimits.MAX_ROWS) {
                throw new SourceLimitException("nomor baris di luar batas lembar Excel");
            }
            if (row == pendingRow) {
                return null;
            }
            RawRow done = flush();
            pendingRow = row;
            return done;
        }

        private void set(int row, int column, CellValue value) throws SourceLimitException {
            if (column < 0 || column >= ReadLimits.MAX_COLUMNS) {
                throw new SourceLimitException("sel di luar batas lembar Excel di baris " + (row + 1));
            }
            while (cells.size() <= column) {
                cells.add(CellValue.EMPTY);
            }
            cells.set(column, value);
        }

        private RawRow flush() throws SourceLimitException {
            if (pendingRow < 0) {
                return null;
            }
            ReadLimits.checkRow(pendingRow + 1L, cells);
            RawRow row = new RawRow(pendingRow + 1L, List.copyOf(cells));
            cells.clear();
            pendingRow = -1;
            return row;
        }

        private CellValue number(double value, int xfIndex) {
            if (globals.isDate(xfIndex) && DateUtil.isValidExcelDate(value)) {
                LocalDate date = DateUtil.getLocalDateTime(value, globals.date1904).toLocalDate();
                return CellValue.date(date, date.toString());
            }
            return CellValue.number(NumberText.plain(value));
        }

        private static String errorCode(byte code) {
            try {
                return FormulaError.forInt(code).getString();
            } catch (IllegalArgumentException e) {
                return "#ERROR";
            }
        }

        @Override
        public void close() throws IOException {
            ended = true;
            in.close();
        }
    }
}
