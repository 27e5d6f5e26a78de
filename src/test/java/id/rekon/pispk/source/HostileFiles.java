package id.rekon.pispk.source;

import id.rekon.pispk.source.xlsx.HandWrittenXlsx;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.zip.ZipOutputStream;

/**
 * Crafted inbox files, generated in the test (no binary fixtures): each is small or quick to write, and
 * each once ran the read step out of memory or time. Legal by the file format, hostile by content.
 */
public final class HostileFiles {

    private static final String MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
    private static final String REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";

    private HostileFiles() {
    }

    /** An XLSX whose one sheet has a header row and then one cell at {@code reference} (e.g. {@code ZZZZZZ9}). */
    public static Path farCell(Path file, String reference) throws IOException {
        return farCell(file, reference, "Lembar1");
    }

    /** As {@link #farCell(Path, String)}, the sheet named {@code sheetName} (a returned workbook's {@code Ringkasan}). */
    public static Path farCell(Path file, String reference, String sheetName) throws IOException {
        String header = "<row r=\"1\">" + inline("A1", "NIK") + inline("B1", "Nama") + "</row>";
        int row = rowOf(reference);
        String far = "<row r=\"" + row + "\"><c r=\"" + reference + "\"><v>1</v></c></row>";
        return xlsx(file, List.of(header + far), List.of(sheetName));
    }

    /** An XLSX with {@code sheets} sheets of one unrecognisable row each. */
    public static Path manySheets(Path file, int sheets) throws IOException {
        List<String> data = new ArrayList<>();
        for (int i = 0; i < sheets; i++) {
            data.add("<row r=\"1\">" + inline("A1", "lembar " + i) + inline("B1", "isi") + "</row>");
        }
        return xlsx(file, data);
    }

    /** An XLSX whose rows hold the given header and one data row of number literals written as they are. */
    public static Path numberCells(Path file, List<String> header, List<String> literals) throws IOException {
        StringBuilder sb = new StringBuilder("<row r=\"1\">");
        for (int i = 0; i < header.size(); i++) {
            sb.append(inline(column(i) + "1", header.get(i)));
        }
        sb.append("</row><row r=\"2\">");
        for (int i = 0; i < literals.size(); i++) {
            sb.append("<c r=\"").append(column(i)).append("2\"><v>").append(literals.get(i)).append("</v></c>");
        }
        sb.append("</row>");
        return xlsx(file, List.of(sb.toString()));
    }

    /** Header of the PIS-PK member export, for files whose rows should be read to the end. */
    public static final String[] ANGGOTA = {"Kode Keluarga", "No Urut", "NIK", "Nama", "Hubungan dengan KK",
            "Tanggal Lahir", "Jenis Kelamin", "Status Perkawinan"};

    /**
     * A legal {@code .xls} of {@code rows} rows of 256 blank cells each (one {@code MULBLANK} record per row,
     * two bytes a cell) under a one-row {@code header}: 35,000 rows is about 18 MB, nine million cells.
     */
    public static Path blankXls(Path file, int rows, String... header) throws IOException {
        byte[] small;
        try (HSSFWorkbook book = new HSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = book.createSheet("Data");
            Row first = sheet.createRow(0);
            for (int i = 0; i < header.length; i++) {
                first.createCell(i).setCellValue(header[i]);
            }
            book.write(out);
            try (POIFSFileSystem fs = new POIFSFileSystem(new ByteArrayInputStream(out.toByteArray()))) {
                small = fs.getRoot().createDocumentInputStream("Workbook").readAllBytes();
            }
        }
        int eof = lastEof(small);
        int recordLength = 2 + 2 + 2 * 256 + 2;
        ByteBuffer blanks = ByteBuffer.allocate(rows * (4 + recordLength)).order(ByteOrder.LITTLE_ENDIAN);
        for (int r = 1; r <= rows; r++) {
            blanks.putShort((short) 0x00BE).putShort((short) recordLength).putShort((short) r).putShort((short) 0);
            for (int c = 0; c < 256; c++) {
                blanks.putShort((short) 15);
            }
            blanks.putShort((short) 255);
        }
        ByteArrayOutputStream stream = new ByteArrayOutputStream(small.length + blanks.capacity());
        stream.write(small, 0, eof);
        stream.write(blanks.array());
        stream.write(small, eof, small.length - eof);
        try (POIFSFileSystem fs = new POIFSFileSystem(); OutputStream out = Files.newOutputStream(file)) {
            fs.createDocument(new ByteArrayInputStream(stream.toByteArray()), "Workbook");
            fs.writeFilesystem(out);
        }
        return file;
    }

    /** Offset of the last EOF record (sid 0x000A, no data) of a workbook stream: the last sheet's end. */
    private static int lastEof(byte[] stream) {
        int at = -1;
        int i = 0;
        while (i + 4 <= stream.length) {
            int sid = (stream[i] & 0xFF) | (stream[i + 1] & 0xFF) << 8;
            int length = (stream[i + 2] & 0xFF) | (stream[i + 3] & 0xFF) << 8;
            if (sid == 0x000A && length == 0) {
                at = i;
            }
            if (sid == 0 && length == 0) {
                break; // padding
            }
            i += 4 + length;
        }
        if (at < 0) {
            throw new IllegalStateException("no EOF record");
        }
        return at;
    }

    /** A CSV whose first line is {@code chars} characters long (no line break in it). */
    public static Path longLine(Path file, int chars) throws IOException {
        byte[] line = new byte[chars];
        Arrays.fill(line, (byte) 'A');
        try (OutputStream out = Files.newOutputStream(file)) {
            out.write(line);
            out.write("\nNIK;Nama\n".getBytes(StandardCharsets.US_ASCII));
        }
        return file;
    }

    private static Path xlsx(Path file, List<String> sheets) throws IOException {
        List<String> names = new ArrayList<>();
        for (int i = 1; i <= sheets.size(); i++) {
            names.add("Lembar" + i);
        }
        return xlsx(file, sheets, names);
    }

    private static Path xlsx(Path file, List<String> sheets, List<String> names) throws IOException {
        try (OutputStream out = Files.newOutputStream(file); ZipOutputStream zip = new ZipOutputStream(out)) {
            StringBuilder types = new StringBuilder("""
                    <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
                    <Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">
                    <Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>
                    <Default Extension="xml" ContentType="application/xml"/>
                    <Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>
                    """);
            StringBuilder list = new StringBuilder();
            StringBuilder rels = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
                    + "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">");
            for (int i = 1; i <= sheets.size(); i++) {
                types.append("<Override PartName=\"/xl/worksheets/sheet").append(i).append(".xml\" ContentType=\"application/"
                        + "vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml\"/>");
                list.append("<sheet name=\"").append(names.get(i - 1)).append("\" sheetId=\"").append(i).append("\" r:id=\"rId")
                        .append(i).append("\"/>");
                rels.append("<Relationship Id=\"rId").append(i).append("\" Type=\"").append(REL)
                        .append("/worksheet\" Target=\"worksheets/sheet").append(i).append(".xml\"/>");
            }
            HandWrittenXlsx.entry(zip, "[Content_Types].xml", types + "</Types>");
            HandWrittenXlsx.entry(zip, "_rels/.rels", """
                    <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
                    <Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">
                    <Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/>
                    </Relationships>""");
            HandWrittenXlsx.entry(zip, "xl/workbook.xml", "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n<workbook xmlns=\""
                    + MAIN + "\" xmlns:r=\"" + REL + "\"><sheets>" + list + "</sheets></workbook>");
            HandWrittenXlsx.entry(zip, "xl/_rels/workbook.xml.rels", rels + "</Relationships>");
            for (int i = 1; i <= sheets.size(); i++) {
                HandWrittenXlsx.entry(zip, "xl/worksheets/sheet" + i + ".xml", "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
                        + "<worksheet xmlns=\"" + MAIN + "\"><sheetData>" + sheets.get(i - 1) + "</sheetData></worksheet>");
            }
        }
        return file;
    }

    private static String inline(String reference, String text) {
        return "<c r=\"" + reference + "\" t=\"inlineStr\"><is><t>" + text + "</t></is></c>";
    }

    private static int rowOf(String reference) {
        String digits = reference.replaceAll("^[A-Za-z]+", "");
        return digits.isEmpty() ? 1 : (int) Math.min(Long.parseLong(digits), Integer.MAX_VALUE);
    }

    private static String column(int index) {
        StringBuilder sb = new StringBuilder();
        for (int i = index + 1; i > 0; i = (i - 1) / 26) {
            sb.insert(0, (char) ('A' + (i - 1) % 26));
        }
        return sb.toString();
    }
}
