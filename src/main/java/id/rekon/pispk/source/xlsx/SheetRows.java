package id.rekon.pispk.source.xlsx;

import id.rekon.pispk.source.CellValue;
import id.rekon.pispk.source.NumberText;
import id.rekon.pispk.source.RawRow;
import id.rekon.pispk.source.ReadLimits;
import id.rekon.pispk.source.RowReader;
import id.rekon.pispk.source.SourceLimitException;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.util.XMLHelper;
import org.apache.poi.xssf.model.SharedStrings;

import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import java.io.IOException;
import java.io.InputStream;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;

/**
 * Pulls the rows of one worksheet part ({@code xl/worksheets/sheetN.xml}) with StAX, one
 * {@code <row>} per {@link #next()} call, so memory stays flat however long the sheet is.
 *
 * <p>Cells are placed by the column letters of their {@code r} reference ({@code D5} is index 3;
 * cells left out of the XML are blank); a row's number is its {@code r} attribute, so gaps in the
 * numbering are kept. Cell types: shared ({@code s}) and inline strings, formula strings
 * ({@code str}) and the cached value of any other formula, booleans as {@code TRUE}/{@code FALSE},
 * errors as their code ({@code #N/A}), numbers as plain decimals ({@link NumberText}) flagged
 * numeric, and numbers in a date style as dates.
 *
 * <p>A cell past column XFD or a row past 1,048,576 (Excel's own limits, {@link ReadLimits}) stops
 * the sheet with a {@link SourceLimitException} before anything is allocated for it: a one-kilobyte
 * file with a cell at {@code ZZZZZZ9} would otherwise ask for a row of 321 million cells.
 * Not thread-safe.
 */
final class SheetRows implements RowReader {

    private final InputStream in;
    private final XMLStreamReader xml;
    private final SharedStrings strings;
    private final DateStyles dates;
    private final boolean date1904;
    private long lastRow;

    SheetRows(InputStream sheetXml, SharedStrings strings, DateStyles dates, boolean date1904) throws IOException {
        this.in = sheetXml;
        this.strings = strings;
        this.dates = dates;
        this.date1904 = date1904;
        try {
            this.xml = XMLHelper.newXMLInputFactory().createXMLStreamReader(sheetXml);
        } catch (XMLStreamException e) {
            sheetXml.close();
            throw new IOException("worksheet cannot be parsed", e);
        }
    }

    @Override
    public RawRow next() throws IOException {
        try {
            while (xml.hasNext()) {
                if (xml.next() == XMLStreamConstants.START_ELEMENT && "row".equals(xml.getLocalName())) {
                    return row();
                }
            }
            return null;
        } catch (XMLStreamException | RuntimeException e) {
            throw new IOException("worksheet cannot be parsed after row " + lastRow, e);
        }
    }

    private RawRow row() throws XMLStreamException, SourceLimitException {
        long number = rowNumber(xml.getAttributeValue(null, "r"), lastRow + 1);
        if (number < 1 || number > ReadLimits.MAX_ROWS) {
            throw new SourceLimitException("nomor baris di luar batas lembar Excel (baris terakhir "
                    + ReadLimits.MAX_ROWS + ") setelah baris " + lastRow);
        }
        lastRow = number;
        List<CellValue> cells = new ArrayList<>();
        int column = -1;
        while (xml.hasNext()) {
            int event = xml.next();
            if (event == XMLStreamConstants.START_ELEMENT && "c".equals(xml.getLocalName())) {
                column = columnIndex(xml.getAttributeValue(null, "r"), column + 1);
                if (column < 0 || column >= ReadLimits.MAX_COLUMNS) {
                    throw new SourceLimitException("sel di luar batas lembar Excel (kolom terakhir XFD) di baris "
                            + number);
                }
                place(cells, column, cell());
            } else if (event == XMLStreamConstants.END_ELEMENT && "row".equals(xml.getLocalName())) {
                break;
            }
        }
        ReadLimits.checkRow(number, cells);
        return new RawRow(number, cells);
    }

    private CellValue cell() throws XMLStreamException {
        String type = xml.getAttributeValue(null, "t");
        String style = xml.getAttributeValue(null, "s");
        String value = null;
        String inline = null;
        while (xml.hasNext()) {
            int event = xml.next();
            if (event == XMLStreamConstants.START_ELEMENT) {
                switch (xml.getLocalName()) {
                    case "v" -> value = xml.getElementText();
                    case "is" -> inline = inlineText();
                    default -> skipElement();
                }
            } else if (event == XMLStreamConstants.END_ELEMENT && "c".equals(xml.getLocalName())) {
                break;
            }
        }
        return decode(type, style, value, inline);
    }

    private CellValue decode(String type, String style, String value, String inline) {
        if (type == null || type.equals("n")) {
            return number(style, value);
        }
        return switch (type) {
            case "s" -> value == null || value.isBlank() ? CellValue.EMPTY
                    : CellValue.text(strings.getItemAt(Integer.parseInt(value.trim())).getString());
            case "inlineStr" -> CellValue.text(inline != null ? inline : value);
            case "b" -> value == null || value.isEmpty() ? CellValue.EMPTY
                    : CellValue.text("1".equals(value.trim()) || "true".equalsIgnoreCase(value.trim()) ? "TRUE" : "FALSE");
            case "d" -> isoDate(value);
            default -> CellValue.text(value); // "str" (formula text), "e" (error code)
        };
    }

    private CellValue number(String style, String value) {
        if (value == null || value.isBlank()) {
            return CellValue.EMPTY;
        }
        if (dates.isDate(style == null ? 0 : Integer.parseInt(style.trim()))) {
            try {
                double serial = Double.parseDouble(value);
                if (DateUtil.isValidExcelDate(serial)) {
                    LocalDate date = DateUtil.getLocalDateTime(serial, date1904).toLocalDate();
                    return CellValue.date(date, date.toString());
                }
            } catch (NumberFormatException e) {
                // not a number after all: fall through and keep the text
            }
        }
        return CellValue.number(NumberText.plain(value));
    }

    private static CellValue isoDate(String value) {
        if (value == null || value.isBlank()) {
            return CellValue.EMPTY;
        }
        try {
            LocalDate date = LocalDate.parse(value.trim().length() >= 10 ? value.trim().substring(0, 10) : value.trim());
            return CellValue.date(date, date.toString());
        } catch (DateTimeParseException e) {
            return CellValue.text(value);
        }
    }

    /** Text of {@code <is>}: its runs' {@code <t>}, phonetic ({@code rPh}) runs left out. */
    private String inlineText() throws XMLStreamException {
        StringBuilder text = new StringBuilder();
        while (xml.hasNext()) {
            int event = xml.next();
            if (event == XMLStreamConstants.START_ELEMENT) {
                if ("t".equals(xml.getLocalName())) {
                    text.append(xml.getElementText());
                } else if ("rPh".equals(xml.getLocalName())) {
                    skipElement();
                }
            } else if (event == XMLStreamConstants.END_ELEMENT && "is".equals(xml.getLocalName())) {
                break;
            }
        }
        return text.toString();
    }

    /** Skips the element just started, children included. */
    private void skipElement() throws XMLStreamException {
        int depth = 1;
        while (depth > 0 && xml.hasNext()) {
            int event = xml.next();
            if (event == XMLStreamConstants.START_ELEMENT) {
                depth++;
            } else if (event == XMLStreamConstants.END_ELEMENT) {
                depth--;
            }
        }
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

    private static long rowNumber(String reference, long fallback) {
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
        try {
            xml.close();
        } catch (XMLStreamException e) {
            // the stream is closed below either way
        } finally {
            in.close();
        }
    }
}
