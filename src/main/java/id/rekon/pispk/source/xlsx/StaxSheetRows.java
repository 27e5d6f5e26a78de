package id.rekon.pispk.source.xlsx;

import id.rekon.pispk.model.CellValue;
import id.rekon.pispk.source.RawRow;
import id.rekon.pispk.source.ReadLimits;
import id.rekon.pispk.source.RowReader;
import id.rekon.pispk.source.SourceLimitException;
import org.apache.poi.util.XMLHelper;

import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;

/**
 * {@link SheetRows} with StAX, for a worksheet part not written in UTF-8 (Excel always writes UTF-8;
 * a hand-made file may not). Pulls the rows of one worksheet part ({@code xl/worksheets/sheetN.xml}), one
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
final class StaxSheetRows implements RowReader {

    private final InputStream in;
    private final XMLStreamReader xml;
    private final CellDecoder decoder;
    private long lastRow;

    StaxSheetRows(InputStream sheetXml, CellDecoder decoder) throws IOException {
        this.in = sheetXml;
        this.decoder = decoder;
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
        long number = SheetRows.rowNumber(xml.getAttributeValue(null, "r"), lastRow + 1);
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
                column = SheetRows.columnIndex(xml.getAttributeValue(null, "r"), column + 1);
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
        return decoder.decode(type, style, value, inline);
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
