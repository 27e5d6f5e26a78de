package id.rekon.pispk.source.xlsx;

import id.rekon.pispk.model.CellValue;
import id.rekon.pispk.source.RawRow;
import id.rekon.pispk.source.ReadLimits;
import id.rekon.pispk.source.RowReader;
import id.rekon.pispk.source.SourceLimitException;
import org.apache.poi.xssf.model.SharedStrings;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Pulls the rows of one worksheet part ({@code xl/worksheets/sheetN.xml}), one {@code <row>} per
 * {@link #next()} call, so memory stays flat however long the sheet is. The XML is scanned by
 * {@link SheetXml} (a worksheet written in another encoding than UTF-8 goes to {@link StaxSheetRows});
 * cells are decoded by {@link CellDecoder}.
 *
 * <p>Cells are placed by the column letters of their {@code r} reference ({@code D5} is index 3;
 * cells left out of the XML are blank); a row's number is its {@code r} attribute, so gaps in the
 * numbering are kept. Inside a cell, {@code <v>} is its value and {@code <is>} its inline text (the
 * runs' {@code <t>}, phonetic {@code rPh} runs left out); anything else ({@code <f>}, extensions) is
 * skipped.
 *
 * <p>A cell past column XFD or a row past 1,048,576 (Excel's own limits, {@link ReadLimits}) stops
 * the sheet with a {@link SourceLimitException} before anything is allocated for it: a one-kilobyte
 * file with a cell at {@code ZZZZZZ9} would otherwise ask for a row of 321 million cells.
 * Not thread-safe.
 */
final class SheetRows implements RowReader {

    private final SheetXml xml;
    private final CellDecoder decoder;
    private long lastRow;
    /** The widest row so far: the next row's list is made that long at once. */
    private int width = 10;

    SheetRows(InputStream sheetXml, CellDecoder decoder) {
        this.xml = new SheetXml(sheetXml);
        this.decoder = decoder;
    }

    /** The rows of a worksheet part, scanned by {@link SheetXml} when it is UTF-8 (Excel's own), else by StAX. */
    static RowReader open(InputStream sheetXml, SharedStrings strings, DateStyles dates, boolean date1904) throws IOException {
        CellDecoder decoder = new CellDecoder(strings, dates, date1904);
        BufferedInputStream in = new BufferedInputStream(sheetXml, 64 * 1024);
        return utf8(in) ? new SheetRows(in, decoder) : new StaxSheetRows(in, decoder);
    }

    /** Whether the part is UTF-8: no UTF-16 byte order mark and no other encoding declared. */
    private static boolean utf8(BufferedInputStream in) throws IOException {
        in.mark(256);
        byte[] head = in.readNBytes(200);
        in.reset();
        if (head.length >= 2 && ((head[0] == (byte) 0xFE && head[1] == (byte) 0xFF)
                || (head[0] == (byte) 0xFF && head[1] == (byte) 0xFE) || head[0] == 0 || head[1] == 0)) {
            return false;
        }
        String start = new String(head, StandardCharsets.ISO_8859_1);
        if (start.startsWith("\u00EF\u00BB\u00BF")) {
            start = start.substring(3); // UTF-8's byte order mark
        }
        if (!start.startsWith("<?xml")) {
            return true;
        }
        int close = start.indexOf("?>");
        String declaration = (close < 0 ? start : start.substring(0, close)).toLowerCase(Locale.ROOT).replace('\'', '"');
        int at = declaration.indexOf("encoding");
        if (at < 0) {
            return true;
        }
        int q1 = declaration.indexOf('"', at);
        int q2 = q1 < 0 ? -1 : declaration.indexOf('"', q1 + 1);
        String encoding = q2 < 0 ? "" : declaration.substring(q1 + 1, q2).trim();
        return encoding.equals("utf-8") || encoding.equals("utf8");
    }

    @Override
    public RawRow next() throws IOException {
        try {
            while (xml.next()) {
                if (!xml.isEnd() && xml.is("row")) {
                    return row();
                }
            }
            return null;
        } catch (SheetXml.Malformed | RuntimeException e) {
            throw new IOException("worksheet cannot be parsed after row " + lastRow, e);
        }
    }

    private RawRow row() throws IOException {
        long number = rowNumber(xml.attribute("r"), lastRow + 1);
        if (number < 1 || number > ReadLimits.MAX_ROWS) {
            throw new SourceLimitException("nomor baris di luar batas lembar Excel (baris terakhir "
                    + ReadLimits.MAX_ROWS + ") setelah baris " + lastRow);
        }
        lastRow = number;
        List<CellValue> cells = new ArrayList<>(width);
        if (xml.isEmpty()) {
            return new RawRow(number, cells);
        }
        int column = -1;
        while (advance()) {
            if (xml.isEnd()) {
                if (xml.is("row")) {
                    break;
                }
            } else if (xml.is("c")) {
                column = column(column + 1);
                if (column < 0 || column >= ReadLimits.MAX_COLUMNS) {
                    throw new SourceLimitException("sel di luar batas lembar Excel (kolom terakhir XFD) di baris "
                            + number);
                }
                place(cells, column, cell());
            }
        }
        ReadLimits.checkRow(number, cells);
        width = Math.max(width, cells.size());
        return new RawRow(number, cells);
    }

    /*
     * A cell's attributes are read from the tag's bytes when they are plain ASCII, which is every
     * cell Excel or an export library writes: making strings of r, t and s for each of tens of
     * millions of cells was a large share of reading a night (docs/performance.md). Anything else
     * (an entity, a non-ASCII byte, a style that is not a small number) takes the string path the
     * StAX reader takes, so both give the same cell.
     */
    private CellValue cell() throws IOException {
        CellDecoder.Kind kind = kind();
        int style = style();
        String styleText = style == STYLE_AS_TEXT ? xml.attribute("s") : null;
        String value = null;
        String inline = null;
        String plain = xml.plainCell(kind == CellDecoder.Kind.INLINE ? INLINE_OPEN : VALUE_OPEN,
                kind == CellDecoder.Kind.INLINE ? INLINE_CLOSE : VALUE_CLOSE);
        if (plain != null) {
            if (kind == CellDecoder.Kind.INLINE) {
                inline = plain;
            } else {
                value = plain;
            }
        } else if (!xml.isEmpty()) {
            while (advance()) {
                if (xml.isEnd()) {
                    if (xml.is("c")) {
                        break;
                    }
                } else if (xml.is("v")) {
                    value = xml.elementText();
                } else if (xml.is("is")) {
                    inline = inlineText();
                } else {
                    skipElement();
                }
            }
        }
        if (styleText != null && kind == CellDecoder.Kind.NUMBER && !CellDecoder.isBlank(value)) {
            style = Integer.parseInt(styleText.trim()); // as the StAX reader: a bad style stops the sheet
        }
        return decoder.decode(kind, style, value, inline);
    }

    private static final byte[] INLINE_OPEN = ascii("<is><t>");
    private static final byte[] INLINE_CLOSE = ascii("</t></is></c>");
    private static final byte[] VALUE_OPEN = ascii("<v>");
    private static final byte[] VALUE_CLOSE = ascii("</v></c>");

    private static byte[] ascii(String s) {
        return s.getBytes(StandardCharsets.US_ASCII);
    }

    /** The style index read as text later ({@link #cell}). */
    private static final int STYLE_AS_TEXT = -1;

    private CellDecoder.Kind kind() throws IOException {
        int slot = xml.slot("t");
        if (slot < 0) {
            return CellDecoder.Kind.NUMBER;
        }
        if (xml.isPlain(slot)) {
            if (xml.valueIs(slot, "s")) {
                return CellDecoder.Kind.SHARED;
            }
            if (xml.valueIs(slot, "inlineStr")) {
                return CellDecoder.Kind.INLINE;
            }
            if (xml.valueIs(slot, "n")) {
                return CellDecoder.Kind.NUMBER;
            }
        }
        return CellDecoder.Kind.of(xml.attribute("t"));
    }

    /** The cell's style index, 0 when it has none, {@link #STYLE_AS_TEXT} when it is not a plain small number. */
    private int style() throws IOException {
        int slot = xml.slot("s");
        if (slot < 0) {
            return 0;
        }
        int from = xml.valueStart(slot);
        int to = xml.valueEnd(slot);
        if (to == from || to - from > 9) {
            return STYLE_AS_TEXT;
        }
        int index = 0;
        for (int i = from; i < to; i++) {
            byte b = xml.byteAt(i);
            if (b < '0' || b > '9') {
                return STYLE_AS_TEXT;
            }
            index = index * 10 + (b - '0');
        }
        return index;
    }

    /** The 0-based column of the cell's r reference, as {@link #columnIndex} reads it; {@code fallback} when absent. */
    private int column(int fallback) throws IOException {
        int slot = xml.slot("r");
        if (slot < 0) {
            return fallback;
        }
        if (!xml.isPlain(slot)) {
            return columnIndex(xml.attribute("r"), fallback);
        }
        int from = xml.valueStart(slot);
        int to = xml.valueEnd(slot);
        int column = 0;
        int i = from;
        while (i < to) {
            byte b = xml.byteAt(i);
            int letter;
            if (b >= 'A' && b <= 'Z') {
                letter = b - 'A' + 1;
            } else if (b >= 'a' && b <= 'z') {
                letter = b - 'a' + 1;
            } else {
                break;
            }
            column = Math.min(column * 26 + letter, ReadLimits.MAX_COLUMNS + 1);
            i++;
        }
        return i == from ? fallback : column - 1;
    }

    /** Text of {@code <is>}: its runs' {@code <t>}, phonetic ({@code rPh}) runs left out. */
    private String inlineText() throws IOException {
        if (xml.isEmpty()) {
            return "";
        }
        String text = null; // one run is the usual case: no builder for it
        StringBuilder runs = null;
        while (advance()) {
            if (xml.isEnd()) {
                if (xml.is("is")) {
                    break;
                }
            } else if (xml.is("t")) {
                String run = xml.elementText();
                if (text == null) {
                    text = run;
                } else {
                    if (runs == null) {
                        runs = new StringBuilder(text);
                    }
                    runs.append(run);
                }
            } else if (xml.is("rPh")) {
                skipElement();
            }
        }
        return runs != null ? runs.toString() : text == null ? "" : text;
    }

    /** Skips the element just started, children included. */
    private void skipElement() throws IOException {
        if (xml.isEmpty()) {
            return;
        }
        int depth = 1;
        while (depth > 0 && advance()) {
            if (xml.isEnd()) {
                depth--;
            } else if (!xml.isEmpty()) {
                depth++;
            }
        }
    }

    /** The next tag inside an element: the document may not end there. */
    private boolean advance() throws IOException {
        if (!xml.next()) {
            throw new SheetXml.Malformed("worksheet XML cannot be read: document ends inside an element");
        }
        return true;
    }

    private static void place(List<CellValue> cells, int column, CellValue value) {
        while (cells.size() <= column) {
            cells.add(CellValue.EMPTY);
        }
        cells.set(column, value);
    }

    /**
     * 0-based column of a cell reference such as {@code D5} or {@code AA12}; {@code fallback} when absent.
     * A reference past XFD gives {@link ReadLimits#MAX_COLUMNS} (however many letters: no overflow).
     */
    static int columnIndex(String reference, int fallback) {
        if (reference == null) {
            return fallback;
        }
        int column = 0;
        int i = 0;
        while (i < reference.length() && Character.isLetter(reference.charAt(i))) {
            int letter = Character.toUpperCase(reference.charAt(i)) - 'A' + 1;
            if (letter < 1 || letter > 26) {
                return ReadLimits.MAX_COLUMNS;
            }
            column = Math.min(column * 26 + letter, ReadLimits.MAX_COLUMNS + 1);
            i++;
        }
        return i == 0 ? fallback : column - 1;
    }

    static long rowNumber(String reference, long fallback) {
        if (reference == null) {
            return fallback;
        }
        try {
            return Long.parseLong(reference.trim());
        } catch (NumberFormatException e) {
            return fallback;
        }
    }

    @Override
    public void close() throws IOException {
        xml.close();
    }
}
