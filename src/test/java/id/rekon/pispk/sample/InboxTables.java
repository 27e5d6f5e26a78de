package id.rekon.pispk.sample;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Test-side reading of generated inbox files, written from scratch with Commons CSV, POI and
 * Jackson so the checks do not lean on the generator's own code (nor on the product's readers).
 * A cell is a {@link String}, a {@link Double} (numeric cell), a {@link LocalDate} (date cell) or
 * {@code null}.
 */
final class InboxTables {

    /** A file's header and the rows after it, as read. */
    record Table(List<String> header, List<List<Object>> rows, Map<String, Integer> index) {

        Table(List<String> header, List<List<Object>> rows) {
            this(header, rows, indexOf(header));
        }

        private static Map<String, Integer> indexOf(List<String> header) {
            Map<String, Integer> m = new HashMap<>();
            for (int i = header.size() - 1; i >= 0; i--) {
                m.put(norm(header.get(i)), i);
            }
            return m;
        }

        int col(String... names) {
            for (String n : names) {
                Integer i = index.get(norm(n));
                if (i != null) {
                    return i;
                }
            }
            return -1;
        }

        static Object cell(List<Object> row, int col) {
            return col < 0 || col >= row.size() ? null : row.get(col);
        }
    }

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private InboxTables() {
    }

    static String norm(String header) {
        return header.toLowerCase(Locale.ROOT).replaceAll("[\\s./_\\-]", "");
    }

    static Table read(Path file) {
        String name = file.getFileName().toString();
        if (name.endsWith(".xlsx") || name.endsWith(".xls")) {
            return spreadsheet(file);
        }
        if (name.endsWith(".json") || name.endsWith(".ndjson")) {
            return json(file);
        }
        return csv(file);
    }

    /** The raw text of a CSV: BOM-aware UTF-8, else Windows-1252 when UTF-8 does not decode. */
    static String csvText(Path file) {
        try {
            byte[] b = Files.readAllBytes(file);
            if (b.length >= 3 && (b[0] & 0xff) == 0xEF && (b[1] & 0xff) == 0xBB && (b[2] & 0xff) == 0xBF) {
                return new String(b, 3, b.length - 3, StandardCharsets.UTF_8);
            }
            try {
                return StandardCharsets.UTF_8.newDecoder().decode(ByteBuffer.wrap(b)).toString();
            } catch (CharacterCodingException e) {
                return new String(b, Charset.forName("windows-1252"));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Table csv(Path file) {
        String text = csvText(file);
        String first = text.substring(0, Math.max(0, text.indexOf('\n')));
        char delim = first.chars().filter(c -> c == ';').count() > first.chars().filter(c -> c == ',').count() ? ';' : ',';
        try (CSVParser p = CSVFormat.DEFAULT.builder().setDelimiter(delim).setIgnoreEmptyLines(false).get()
                .parse(new StringReader(text))) {
            List<String> header = null;
            List<List<Object>> rows = new ArrayList<>();
            for (CSVRecord r : p) {
                List<Object> row = new ArrayList<>();
                r.forEach(v -> row.add(v.isEmpty() ? null : v));
                if (header == null) {
                    header = row.stream().map(o -> o == null ? "" : o.toString()).toList();
                } else {
                    rows.add(row);
                }
            }
            return new Table(header, rows);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Table spreadsheet(Path file) {
        try (Workbook wb = WorkbookFactory.create(file.toFile(), null, true)) {
            Sheet s = wb.getSheetAt(0);
            List<List<Object>> all = new ArrayList<>();
            for (int i = 0; i <= s.getLastRowNum(); i++) {
                Row r = s.getRow(i);
                List<Object> row = new ArrayList<>();
                if (r != null) {
                    for (int c = 0; c < r.getLastCellNum(); c++) {
                        row.add(value(r.getCell(c)));
                    }
                }
                all.add(row);
            }
            for (int h = 0; h < Math.min(15, all.size()); h++) {
                List<Object> row = all.get(h);
                if (row.contains("NIK") || row.contains("No Pendaftaran") || row.contains("SURVEI ID")) {
                    List<String> header = row.stream().map(o -> o == null ? "" : o.toString()).toList();
                    return new Table(header, all.subList(h + 1, all.size()));
                }
            }
            throw new IllegalStateException("no header in " + file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Object value(Cell c) {
        if (c == null) {
            return null;
        }
        if (c.getCellType() == CellType.NUMERIC) {
            return DateUtil.isCellDateFormatted(c) ? c.getLocalDateTimeCellValue().toLocalDate() : (Object) c.getNumericCellValue();
        }
        if (c.getCellType() == CellType.STRING) {
            String s = c.getStringCellValue();
            return s.isEmpty() ? "" : s;
        }
        return null;
    }

    static Table json(Path file) {
        try {
            String text = Files.readString(file);
            List<JsonNode> objects = new ArrayList<>();
            if (text.stripLeading().startsWith("[")) {
                JSON.readTree(text).forEach(objects::add);
            } else {
                for (String line : text.split("\n")) {
                    if (!line.isBlank()) {
                        objects.add(JSON.readTree(line));
                    }
                }
            }
            List<String> header = new ArrayList<>();
            List<Map<String, Object>> flat = new ArrayList<>();
            for (JsonNode o : objects) {
                Map<String, Object> m = new HashMap<>();
                flatten("", o, m);
                m.keySet().stream().filter(k -> !header.contains(k)).sorted().forEach(header::add);
                flat.add(m);
            }
            List<List<Object>> rows = new ArrayList<>();
            for (Map<String, Object> m : flat) {
                List<Object> row = new ArrayList<>();
                header.forEach(h -> row.add(m.get(h)));
                rows.add(row);
            }
            return new Table(header, rows);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void flatten(String prefix, JsonNode n, Map<String, Object> out) {
        Iterator<Map.Entry<String, JsonNode>> it = n.properties().iterator();
        while (it.hasNext()) {
            Map.Entry<String, JsonNode> e = it.next();
            String k = prefix + e.getKey();
            JsonNode v = e.getValue();
            if (v.isObject()) {
                flatten(k + ".", v, out);
            } else if (v.isBoolean()) {
                out.put(k, v.booleanValue() ? "true" : "false");
            } else if (!v.isNull()) {
                String s = v.asString();
                out.put(k, s.isEmpty() ? null : s);
            }
        }
    }

    static boolean blank(List<Object> row) {
        return row.stream().allMatch(o -> o == null || o.toString().isBlank());
    }

    static boolean totals(List<Object> row) {
        for (Object o : row) {
            if (o != null && !o.toString().isBlank()) {
                String s = o.toString().trim().toUpperCase(Locale.ROOT);
                return s.equals("TOTAL") || s.equals("JUMLAH");
            }
        }
        return false;
    }

    static boolean present(Object o) {
        return o != null && !o.toString().isBlank();
    }

    // ------------------------------------------------------------------ dates

    private static final String[] BULAN = {"januari", "februari", "maret", "april", "mei", "juni", "juli",
        "agustus", "september", "oktober", "november", "desember"};
    private static final String[] BLN = {"jan", "feb", "mar", "apr", "mei", "jun", "jul", "agt", "sep", "okt", "nov", "des"};
    private static final List<DateTimeFormatter> NUMERIC = List.of(
            DateTimeFormatter.ofPattern("dd/MM/uuuu").withResolverStyle(ResolverStyle.STRICT),
            DateTimeFormatter.ofPattern("d/M/uuuu").withResolverStyle(ResolverStyle.STRICT),
            DateTimeFormatter.ofPattern("uuuu-MM-dd").withResolverStyle(ResolverStyle.STRICT),
            DateTimeFormatter.ofPattern("dd-MM-uuuu").withResolverStyle(ResolverStyle.STRICT));

    /** A date in any form the spec lists, or {@code null} when unreadable or impossible. */
    static LocalDate date(Object o) {
        if (o instanceof LocalDate d) {
            return d;
        }
        if (o instanceof Double d) {
            return LocalDate.of(1899, 12, 30).plusDays(d.longValue());
        }
        if (o == null) {
            return null;
        }
        String s = o.toString().trim();
        if (s.matches("\\d{5}")) {
            return LocalDate.of(1899, 12, 30).plusDays(Long.parseLong(s));
        }
        for (DateTimeFormatter f : NUMERIC) {
            try {
                return LocalDate.parse(s, f);
            } catch (DateTimeParseException e) {
                // next form
            }
        }
        String[] p = s.toLowerCase(Locale.ROOT).split("[\\s-]+");
        if (p.length == 3 && p[0].matches("\\d{1,2}") && p[2].matches("\\d{4}")) {
            for (int m = 0; m < 12; m++) {
                if (p[1].equals(BULAN[m]) || p[1].equals(BLN[m])) {
                    try {
                        return LocalDate.of(Integer.parseInt(p[2]), m + 1, Integer.parseInt(p[0]));
                    } catch (java.time.DateTimeException e) {
                        return null;
                    }
                }
            }
        }
        return null;
    }
}
