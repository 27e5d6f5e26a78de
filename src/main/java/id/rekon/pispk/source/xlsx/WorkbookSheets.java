package id.rekon.pispk.source.xlsx;

import org.apache.poi.util.XMLHelper;

import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;

/**
 * What {@code xl/workbook.xml} says: the sheets in workbook order (name, relationship id, hidden
 * or not) and whether dates count from 1904. Read with StAX: POI's streaming API has no call for a
 * sheet's visibility.
 *
 * @param sheets   every sheet, hidden ones included
 * @param date1904 whether the workbook uses the 1904 date system (old Mac Excel)
 */
record WorkbookSheets(List<Sheet> sheets, boolean date1904) {

    /** One {@code <sheet>} entry. */
    record Sheet(String name, String relationId, boolean hidden) {
    }

    static WorkbookSheets parse(InputStream workbookXml) throws IOException {
        List<Sheet> sheets = new ArrayList<>();
        boolean date1904 = false;
        try (InputStream in = workbookXml) {
            XMLStreamReader xml = XMLHelper.newXMLInputFactory().createXMLStreamReader(in);
            try {
                while (xml.hasNext()) {
                    if (xml.next() != XMLStreamConstants.START_ELEMENT) {
                        continue;
                    }
                    switch (xml.getLocalName()) {
                        case "workbookPr" -> {
                            String flag = xml.getAttributeValue(null, "date1904");
                            date1904 = "1".equals(flag) || "true".equalsIgnoreCase(flag);
                        }
                        case "sheet" -> sheets.add(sheet(xml));
                        default -> {
                            // other workbook parts do not matter for reading
                        }
                    }
                }
            } finally {
                xml.close();
            }
        } catch (XMLStreamException e) {
            throw new IOException("workbook.xml cannot be parsed", e);
        }
        return new WorkbookSheets(List.copyOf(sheets), date1904);
    }

    private static Sheet sheet(XMLStreamReader xml) {
        String name = xml.getAttributeValue(null, "name");
        String state = xml.getAttributeValue(null, "state");
        String relationId = null;
        // r:id, whatever the prefix or namespace (transitional and strict OOXML differ).
        for (int i = 0; i < xml.getAttributeCount(); i++) {
            if ("id".equals(xml.getAttributeLocalName(i)) && xml.getAttributeNamespace(i) != null) {
                relationId = xml.getAttributeValue(i);
            }
        }
        boolean hidden = "hidden".equals(state) || "veryHidden".equals(state);
        return new Sheet(name == null ? "" : name, relationId, hidden);
    }
}
