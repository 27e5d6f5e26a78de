package id.rekon.pispk.source.xlsx;

import id.rekon.pispk.model.CellValue;
import id.rekon.pispk.source.RawRow;
import id.rekon.pispk.source.RowReader;
import id.rekon.pispk.source.SourceLimitException;
import org.apache.poi.xssf.model.SharedStringsTable;
import org.apache.poi.xssf.usermodel.XSSFRichTextString;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The worksheet scanner ({@link SheetXml} under {@link SheetRows}) against the StAX reader it replaced
 * ({@link StaxSheetRows}, a general XML parser, as the oracle) on hand-made and random worksheets, and
 * on what a worksheet must never do: declare entities.
 */
class SheetRowsTest {

    private static final String NS = "<worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\""
            + " xmlns:x14ac=\"http://schemas.microsoft.com/office/spreadsheetml/2009/9/ac\">";

    private static final String ROW = "<worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\">"
            + "<sheetData><row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>NAMA &e;</t></is></c>"
            + "<c r=\"B1\" t=\"inlineStr\"><is><t>ok</t></is></c></row></sheetData></worksheet>";

    @Test
    void anExternalEntityIsNotRead() throws Exception {
        RawRow row = first("<!DOCTYPE w [<!ENTITY e SYSTEM \"file:///etc/passwd\">]>" + ROW);
        assertThat(row == null ? "" : row.rawText()).doesNotContain("root:");
    }

    @Test
    void anEntityBombIsNotExpanded() throws Exception {
        StringBuilder dtd = new StringBuilder("<!DOCTYPE w [<!ENTITY l0 \"lol\">");
        for (int i = 1; i <= 9; i++) {
            dtd.append("<!ENTITY l").append(i).append(" \"").append(("&l" + (i - 1) + ";").repeat(10)).append("\">");
        }
        dtd.append("<!ENTITY e \"&l9;\">]>");
        RawRow row = first(dtd + ROW);
        assertThat(row == null ? "" : row.rawText()).hasSizeLessThan(100);
    }

    @Test
    void aDocumentTypeDeclarationIsRefusedWithTheRowItStoppedAfter() {
        assertThatThrownBy(() -> all(SheetRows::new, "<?xml version=\"1.0\"?><!DOCTYPE w>" + ROW))
                .isInstanceOf(IOException.class).hasMessageContaining("after row 0")
                .hasRootCauseMessage("worksheet XML cannot be read: document type declarations are not read");
    }

    @Test
    void cellsOfEveryKindAreReadAsExcelWroteThem() throws Exception {
        String xml = NS + "<sheetData>"
                + "<row r=\"1\" spans=\"1:6\" x14ac:dyDescent=\"0.25\">"
                + "<c r=\"A1\" t=\"s\"><v>1</v></c>"
                + "<c r=\"C1\" t=\"inlineStr\"><is><r><rPr><b/></rPr><t xml:space=\"preserve\">SITI </t></r><r><t>AMINAH</t></r>"
                + "<rPh sb=\"0\" eb=\"1\"><t>PHONETIC</t></rPh></is></c>"
                + "<c r=\"D1\"><f>1+1</f><v>2</v></c>"
                + "<c r=\"E1\" t=\"b\"><v>1</v></c>"
                + "<c r=\"F1\" t=\"e\"><v>#N/A</v></c>"
                + "</row>"
                + "<row r=\"3\"><c r=\"B3\" t=\"str\"><f>A1</f><v>&lt;5302&amp;0123&gt; &#65;&#x42; &quot;q&apos;</v></c>"
                + "<c r=\"C3\"><v>5.302012345678E+15</v></c><c r=\"D3\" s=\"0\"/><c t=\"inlineStr\"><is><t/></is></c></row>"
                + "<row r=\"4\"/>"
                + "</sheetData></worksheet>";
        List<RawRow> rows = all(SheetRows::new, xml);
        assertThat(rows).extracting(RawRow::rowNumber).containsExactly(1L, 3L, 4L);
        assertThat(rows.get(0).cells()).containsExactly(CellValue.text("NIK"), CellValue.EMPTY,
                CellValue.text("SITI AMINAH"), CellValue.number("2"), CellValue.text("TRUE"), CellValue.text("#N/A"));
        assertThat(rows.get(1).cell(1)).isEqualTo(CellValue.text("<5302&0123> AB \"q'"));
        assertThat(rows.get(1).cell(2)).isEqualTo(CellValue.number("5302012345678000"));
        assertThat(rows.get(1).cells()).hasSize(5);
        assertThat(rows.get(2).cells()).isEmpty();
        assertThat(rows).isEqualTo(all(StaxSheetRows::new, xml));
    }

    @Test
    void prefixesCommentsCdataAndInstructionsAreReadAsStaxReadsThem() throws Exception {
        String xml = "\uFEFF<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
                + "<x:worksheet xmlns:x=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\">\n"
                + "  <!-- a <row> in a comment is no row -->\n  <x:sheetData>\n"
                + "    <x:row r='2'>\n      <x:c r='A2' t='inlineStr'><x:is><x:t><![CDATA[a <b> ]] ]]]> &amp;</x:t></x:is></x:c>\n"
                + "      <x:c r = \"B2\" t=\"inlineStr\" ><x:is><x:t>before<!-- c -->after<?pi x?></x:t></x:is></x:c>\n"
                + "      <x:c r=\"C2\"><x:v>\n 12 \n</x:v></x:c>\n"
                + "    </x:row>\n    <x:row><x:c><x:v>7</x:v></x:c><x:c><x:v>8</x:v></x:c></x:row>\n"
                + "  </x:sheetData>\n</x:worksheet>";
        List<RawRow> rows = all(SheetRows::new, xml);
        assertThat(rows.get(0).cell(0).text()).isEqualTo("a <b> ]] ] &");
        assertThat(rows.get(0).cell(1).text()).isEqualTo("beforeafter");
        assertThat(rows.get(1).rowNumber()).isEqualTo(3);
        assertThat(rows.get(1).cells()).containsExactly(CellValue.number("7"), CellValue.number("8"));
        assertThat(rows).isEqualTo(all(StaxSheetRows::new, xml));
    }

    @Test
    void multiByteTextAndCharacterReferencesBeyondTheBasicPlaneSurvive() throws Exception {
        String xml = NS + "<sheetData><row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>Ñoño 日本 &#x1F600; é</t></is></c>"
                + "</row></sheetData></worksheet>";
        assertThat(all(SheetRows::new, xml).get(0).cell(0).text()).isEqualTo("Ñoño 日本 \uD83D\uDE00 é");
        assertThat(all(SheetRows::new, xml)).isEqualTo(all(StaxSheetRows::new, xml));
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "<worksheet><sheetData><row r=\"1\"><c r=\"A1\"><v>1</v></c>", // ends inside the row: rows read so far
        "<worksheet><sheetData><row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>&bogus;</t></is></c></row></sheetData></worksheet>",
        "<worksheet><sheetData><row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>&#0;</t></is></c></row></sheetData></worksheet>",
        "<worksheet><sheetData><row r=\"1\"><c r=A1><v>1</v></c></row></sheetData></worksheet>",
        "<worksheet><sheetData><row r=\"1\"><c r=\"A1\" <v>1</v></c></row></sheetData></worksheet>",
    })
    void brokenXmlIsRefusedNotGuessed(String xml) {
        assertThatThrownBy(() -> all(SheetRows::new, xml)).isInstanceOf(IOException.class);
    }

    @Test
    void aCellLongerThanTheLimitStopsTheSheet() {
        String xml = "<worksheet><sheetData><row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>"
                + "x".repeat(1_048_577) + "</t></is></c></row></sheetData></worksheet>";
        assertThatThrownBy(() -> all(SheetRows::new, xml)).isInstanceOf(SourceLimitException.class);
    }

    @Test
    void aWorksheetInAnotherEncodingIsReadByStax() throws Exception {
        String xml = "<?xml version=\"1.0\" encoding=\"UTF-16\"?><worksheet><sheetData><row r=\"1\">"
                + "<c r=\"A1\" t=\"inlineStr\"><is><t>Ñ</t></is></c></row></sheetData></worksheet>";
        try (RowReader rows = SheetRows.open(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_16)), strings(),
                new DateStyles(null), false)) {
            assertThat(rows).isInstanceOf(StaxSheetRows.class);
            assertThat(rows.next().cell(0).text()).isEqualTo("Ñ");
        }
    }

    /** Random worksheets from the parts Excel, LibreOffice and web exporters write: both readers agree on every one. */
    @Test
    void randomWorksheetsAreReadAsStaxReadsThem() throws Exception {
        Random random = new Random(20261204);
        long dates = 0;
        String[] texts = {"SITI", "a&amp;b", "&lt;x&gt;", "  spaced  ", "", "5302012345670001", "日本", "&#233;t&#xE9;",
            "<![CDATA[<c>]]>", "=1+2", "line\nbreak"};
        for (int n = 0; n < 300; n++) {
            StringBuilder xml = new StringBuilder(random.nextBoolean() ? NS : "<worksheet>").append("<sheetData>");
            int rows = random.nextInt(6);
            for (int r = 1; r <= rows; r++) {
                boolean numbered = random.nextInt(4) > 0;
                xml.append(numbered ? "<row r=\"" + (r * (1 + random.nextInt(3))) + "\"" : "<row");
                if (random.nextInt(6) == 0) {
                    xml.append("/>");
                    continue;
                }
                xml.append('>');
                int cells = random.nextInt(7);
                int col = 0;
                for (int c = 0; c < cells; c++) {
                    col += 1 + random.nextInt(2);
                    String ref = random.nextInt(5) > 0 ? " r=\"" + (char) ('A' + col) + r + "\"" : "";
                    String text = texts[random.nextInt(texts.length)];
                    switch (random.nextInt(10)) {
                        case 0 -> xml.append("<c").append(ref).append(" t=\"inlineStr\"><is><t>").append(text).append("</t></is></c>");
                        case 1 -> xml.append("<c").append(ref).append("><v>").append(random.nextInt(100_000) / 100.0).append("</v></c>");
                        case 2 -> xml.append("<c").append(ref).append(" t=\"s\"><v>").append(random.nextInt(2)).append("</v></c>");
                        case 3 -> xml.append("<c").append(ref).append(" t=\"str\"><f>A1&amp;B1</f><v>").append(text).append("</v></c>");
                        case 4 -> xml.append("<c").append(ref).append(" s=\"").append(random.nextInt(3)).append("\"/>");
                        case 5 -> xml.append("<c").append(ref).append(" t=\"inlineStr\"><is><r><t>").append(text)
                                .append("</t></r><r><rPr><sz val=\"11\"/></rPr><t xml:space=\"preserve\"> ").append(text)
                                .append("</t></r></is></c>");
                        // Attributes the scanner reads from bytes only when plain: written every other way.
                        case 7 -> xml.append("<c").append(ref.toLowerCase(java.util.Locale.ROOT))
                                .append(new String[] {" s=\"01\"", " s=\" 1 \"", " s=\"&#49;\"", " t=\"n\" s=\"2\""}[random.nextInt(4)])
                                .append("><v>").append(40_000 + random.nextInt(9_000)).append(".0</v></c>");
                        case 8 -> xml.append("<c").append(ref.isEmpty() ? "" : " r=\"&#" + (int) ('A' + col) + ";" + r + "\"")
                                .append(random.nextBoolean() ? " t=\"&#115;\"" : " t='s'").append("><v>").append(random.nextInt(2)).append("</v></c>");
                        case 9 -> xml.append("<c").append(ref).append(" s=\"x\" t=\"inlineStr\"><is><t>").append(text).append("</t></is></c>");
                        default -> xml.append("<c").append(ref).append(" t=\"b\"><v>").append(random.nextInt(2)).append("</v></c>");
                    }
                    if (random.nextInt(8) == 0) {
                        xml.append("<!-- ").append(text.replace("--", "")).append(" -->\n");
                    }
                }
                xml.append("</row>");
            }
            xml.append("</sheetData><pageMargins left=\"0.7\"/></worksheet>");
            String sheet = xml.toString();
            List<RawRow> read = all(SheetRows::new, sheet);
            assertThat(read).as(sheet).isEqualTo(all(StaxSheetRows::new, sheet));
            dates += read.stream().flatMap(row -> row.cells().stream()).filter(c -> c.date() != null).count();
            // The scanner works on a buffer the stream fills: a few bytes at a time, every tag,
            // reference and CDATA section is cut somewhere by a refill.
            int step = 1 + n % 7;
            assertThat(all((in, d) -> new SheetRows(new Trickle(in, step), d), sheet)).as(sheet)
                    .isEqualTo(all(StaxSheetRows::new, sheet));
        }
        assertThat(dates).as("number cells in a date style").isPositive();
    }

    /** A stream that hands out at most {@code step} bytes per read, as a slow inflater might. */
    private static final class Trickle extends java.io.FilterInputStream {
        private final int step;

        Trickle(java.io.InputStream in, int step) {
            super(in);
            this.step = step;
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            return super.read(b, off, Math.min(len, step));
        }
    }

    private interface Reader {
        RowReader open(java.io.InputStream in, CellDecoder decoder) throws IOException;
    }

    private static List<RawRow> all(Reader reader, String xml) throws IOException {
        List<RawRow> rows = new ArrayList<>();
        try (RowReader r = reader.open(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)),
                new CellDecoder(strings(), new DateStyles(dateAtStyleOne()), false))) {
            for (RawRow row = r.next(); row != null; row = r.next()) {
                rows.add(row);
            }
        }
        return rows;
    }

    /** Styles where index 1 is a date: a number cell's style decides whether it is read as a date. */
    private static org.apache.poi.xssf.model.StylesTable dateAtStyleOne() {
        org.apache.poi.xssf.model.StylesTable styles = new org.apache.poi.xssf.model.StylesTable();
        styles.createCellStyle().setDataFormat(14); // index 1: m/d/yy
        styles.createCellStyle(); // index 2: general
        return styles;
    }

    private static SharedStringsTable strings() {
        SharedStringsTable strings = new SharedStringsTable();
        strings.addSharedStringItem(new XSSFRichTextString("NAMA"));
        strings.addSharedStringItem(new XSSFRichTextString("NIK"));
        return strings;
    }

    /** The first row read, or {@code null} when the reader refused the sheet (also safe). */
    private static RawRow first(String xml) throws Exception {
        byte[] bytes = ("<?xml version=\"1.0\" encoding=\"UTF-8\"?>" + xml).getBytes(StandardCharsets.UTF_8);
        try (RowReader rows = SheetRows.open(new ByteArrayInputStream(bytes), null, null, false)) {
            return rows.next();
        } catch (IOException refused) {
            return null;
        }
    }
}
