package id.rekon.pispk.source.xlsx;

import id.rekon.pispk.source.RawRow;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;

/** Worksheet XML is untrusted: entities declared in a DOCTYPE are never expanded (the sheet is read without them or refused). */
class SheetRowsTest {

    private static final String ROW = "<worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\">"
            + "<sheetData><row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>NAMA &e;</t></is></c>"
            + "<c r=\"B1\" t=\"inlineStr\"><is><t>ok</t></is></c></row></sheetData></worksheet>";

    @Test
    void anExternalEntityIsNotRead() throws Exception {
        RawRow row = read("<!DOCTYPE w [<!ENTITY e SYSTEM \"file:///etc/passwd\">]>" + ROW);
        assertThat(row == null ? "" : row.rawText()).doesNotContain("root:");
    }

    @Test
    void anEntityBombIsNotExpanded() throws Exception {
        StringBuilder dtd = new StringBuilder("<!DOCTYPE w [<!ENTITY l0 \"lol\">");
        for (int i = 1; i <= 9; i++) {
            dtd.append("<!ENTITY l").append(i).append(" \"").append(("&l" + (i - 1) + ";").repeat(10)).append("\">");
        }
        dtd.append("<!ENTITY e \"&l9;\">]>");
        RawRow row = read(dtd + ROW);
        assertThat(row == null ? "" : row.rawText()).hasSizeLessThan(100);
    }

    /** The row read, or {@code null} when the parser refused the sheet (also safe). */
    private static RawRow read(String xml) throws Exception {
        byte[] bytes = ("<?xml version=\"1.0\" encoding=\"UTF-8\"?>" + xml).getBytes(StandardCharsets.UTF_8);
        try (SheetRows rows = new SheetRows(new ByteArrayInputStream(bytes), null, null, false)) {
            return rows.next();
        } catch (java.io.IOException refused) {
            return null;
        }
    }
}
