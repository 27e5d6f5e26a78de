package id.rekon.pispk.source.xlsx;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Consumer;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * Writes a minimal XLSX package by hand (no styles, no shared strings part) so a test can put in
 * exactly the sheet XML a real export has: inline strings, cells without {@code r}, gaps, a
 * truncated sheet, or hundreds of thousands of rows written in a second.
 */
public final class HandWrittenXlsx {

    private static final String MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";

    private HandWrittenXlsx() {
    }

    /** A one-sheet workbook whose {@code <sheetData>} content is written by {@code sheetData}. */
    public static Path write(Path file, String workbookPr, Consumer<Writer> sheetData) throws IOException {
        return write(file, workbookPr, sheetData, true);
    }

    /** As {@link #write(Path, String, Consumer)}; {@code closeSheet false} leaves the sheet XML truncated. */
    public static Path write(Path file, String workbookPr, Consumer<Writer> sheetData, boolean closeSheet) throws IOException {
        try (OutputStream out = Files.newOutputStream(file); ZipOutputStream zip = new ZipOutputStream(out)) {
            entry(zip, "[Content_Types].xml", """
                    <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
                    <Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">
                    <Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>
                    <Default Extension="xml" ContentType="application/xml"/>
                    <Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>
                    <Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>
                    </Types>""");
            entry(zip, "_rels/.rels", """
                    <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
                    <Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">
                    <Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/>
                    </Relationships>""");
            entry(zip, "xl/workbook.xml", """
                    <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
                    <workbook xmlns="%s" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">
                    %s<sheets><sheet name="Sheet1" sheetId="1" r:id="rId1"/></sheets></workbook>""".formatted(MAIN, workbookPr));
            entry(zip, "xl/_rels/workbook.xml.rels", """
                    <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
                    <Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">
                    <Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/>
                    </Relationships>""");
            zip.putNextEntry(new ZipEntry("xl/worksheets/sheet1.xml"));
            Writer writer = new OutputStreamWriter(zip, StandardCharsets.UTF_8);
            writer.write("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n<worksheet xmlns=\"" + MAIN + "\"><sheetData>");
            sheetData.accept(writer);
            if (closeSheet) {
                writer.write("</sheetData></worksheet>");
            }
            writer.flush();
            zip.closeEntry();
        }
        return file;
    }

    /** Writes one part of a hand-made package (also for the crafted workbooks of {@code HostileFiles}). */
    public static void entry(ZipOutputStream zip, String name, String content) throws IOException {
        zip.putNextEntry(new ZipEntry(name));
        zip.write(content.getBytes(StandardCharsets.UTF_8));
        zip.closeEntry();
    }

    /** {@link Writer#write(String)} without the checked exception, for lambdas. */
    public static void put(Writer writer, String text) {
        try {
            writer.write(text);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
