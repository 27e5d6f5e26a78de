package id.rekon.pispk.job.riwayat;

import id.rekon.pispk.job.launch.JobDefinition;
import id.rekon.pispk.job.launch.RunParameters;
import id.rekon.pispk.output.WorkbookFileNames;
import id.rekon.pispk.model.Puskesmas;
import id.rekon.pispk.rules.RuleSettings;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.launch.JobOperator;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;

import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Runs the real nightly job (Spring Boot, H2 in memory) on the {@link Kabupaten} inboxes and reads
 * its outputs back. Each test gets its own job name, so histories never mix, and its own folders.
 */
@SpringBootTest(properties = {
        // -Drekon.test.datasource.url=jdbc:postgresql://... (and .username/.password) runs these on PostgreSQL
        "spring.datasource.url=${rekon.test.datasource.url:jdbc:h2:mem:rekon-riwayat;DB_CLOSE_DELAY=-1}",
        "spring.datasource.username=${rekon.test.datasource.username:sa}",
        "spring.datasource.password=${rekon.test.datasource.password:}",
        "rekon.data-dir=target/test-data/riwayat"})
abstract class NightlyJobSupport {

    static final String JKN_SHEET = "JKN";
    static final String SELESAI_TITLE = "Temuan selesai sejak proses sebelumnya";
    private static final AtomicInteger JOBS = new AtomicInteger();

    @Autowired
    JobOperator jobOperator;
    @Autowired
    Job rekonJob;
    @Autowired
    JdbcTemplate jdbc;

    @TempDir
    Path dir;

    // unique across runs too: a PostgreSQL database outlives the test JVM
    final String job = getClass().getSimpleName() + "-" + System.nanoTime() + "-" + JOBS.incrementAndGet();

    JobDefinition definition() {
        return new JobDefinition(job, dir.resolve("inbox"), dir.resolve("keluaran"), null, null, 1000,
                RuleSettings.defaults());
    }

    /** Writes the night's inbox and runs the job for {@code date}; asserts it completed. */
    JobExecution night(LocalDate date, Set<Kabupaten.Orang> withPcare, boolean force) throws Exception {
        Kabupaten.inbox(dir.resolve("inbox"), withPcare);
        JobExecution e = jobOperator.start(rekonJob, RunParameters.of(definition(), date).toJobParameters(force));
        assertThat(e.getStatus()).as("job %s on %s: %s", job, date, e.getAllFailureExceptions())
                .isEqualTo(BatchStatus.COMPLETED);
        return e;
    }

    Path outDir(LocalDate date) {
        return dir.resolve("keluaran").resolve(date.toString());
    }

    Path feedbackFolder() {
        return dir.resolve("keluaran").resolve(RunParameters.UMPAN_BALIK);
    }

    Path workbook(LocalDate date, String pkm) {
        String nama = pkm.equals(Kabupaten.PKM_SOE) ? Kabupaten.NAMA_SOE : Kabupaten.NAMA_KARANG;
        return outDir(date).resolve("puskesmas").resolve(WorkbookFileNames.of(new Puskesmas(pkm, nama)));
    }

    /** {@code temuan.csv} of the night, one map per row keyed by header. */
    List<Map<String, String>> temuanCsv(LocalDate date) throws IOException {
        return csv(outDir(date).resolve("temuan.csv"));
    }

    static List<Map<String, String>> csv(Path file) throws IOException {
        String text = Files.readString(file, StandardCharsets.UTF_8);
        assertThat(text).startsWith("\uFEFF");
        try (CSVParser p = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get()
                .parse(new StringReader(text.substring(1)))) {
            List<Map<String, String>> rows = new ArrayList<>();
            for (CSVRecord r : p) {
                rows.add(r.toMap());
            }
            return rows;
        }
    }

    /** The {@code temuan.csv} row of the JKN-01 finding on {@code orang}, or {@code null}. */
    Map<String, String> jkn01(List<Map<String, String>> temuan, Kabupaten.Orang orang) {
        List<Map<String, String>> found = temuan.stream()
                .filter(r -> r.get("kode_aturan").equals("JKN-01") && r.get("nik").equals(orang.nik())).toList();
        assertThat(found).hasSizeLessThanOrEqualTo(1);
        return found.isEmpty() ? null : found.get(0);
    }

    /** Rows of a family sheet, keyed by header, cells as displayed (dates as ISO). */
    static List<Map<String, String>> sheetRows(Path workbook, String sheetName) throws IOException {
        try (InputStream in = Files.newInputStream(workbook); XSSFWorkbook wb = new XSSFWorkbook(in)) {
            Sheet sheet = wb.getSheet(sheetName);
            Row header = sheet.getRow(0);
            List<Map<String, String>> rows = new ArrayList<>();
            for (int r = 1; r <= sheet.getLastRowNum(); r++) {
                Row row = sheet.getRow(r);
                if (row == null || text(row.getCell(0)).isEmpty()) {
                    continue; // also the line an empty sheet writes to say so
                }
                Map<String, String> m = new LinkedHashMap<>();
                for (int c = 0; c < header.getLastCellNum(); c++) {
                    m.put(header.getCell(c).getStringCellValue(), text(row.getCell(c)));
                }
                rows.add(m);
            }
            return rows;
        }
    }

    /** The {@code ID Temuan}s listed under "Temuan selesai sejak proses sebelumnya" in Ringkasan, with their rows. */
    static Map<String, Map<String, String>> resolvedList(Path workbook) throws IOException {
        try (InputStream in = Files.newInputStream(workbook); XSSFWorkbook wb = new XSSFWorkbook(in)) {
            Sheet sheet = wb.getSheet("Ringkasan");
            int r = 0;
            while (r <= sheet.getLastRowNum() && !(sheet.getRow(r) != null
                    && SELESAI_TITLE.equals(text(sheet.getRow(r).getCell(0))))) {
                r++;
            }
            assertThat(r).as("resolved section present").isLessThanOrEqualTo(sheet.getLastRowNum());
            Row header = sheet.getRow(r + 1);
            Map<String, Map<String, String>> out = new LinkedHashMap<>();
            for (int i = r + 2; i <= sheet.getLastRowNum(); i++) {
                Row row = sheet.getRow(i);
                if (row == null || text(row.getCell(0)).isEmpty() || text(row.getCell(0)).startsWith("Tidak ada")) {
                    break;
                }
                Map<String, String> m = new LinkedHashMap<>();
                for (int c = 0; c < header.getLastCellNum(); c++) {
                    m.put(text(header.getCell(c)), text(row.getCell(c)));
                }
                out.put(m.get("ID Temuan"), m);
            }
            return out;
        }
    }

    static String text(Cell cell) {
        if (cell == null) {
            return "";
        }
        if (cell.getCellType() == CellType.NUMERIC && DateUtil.isCellDateFormatted(cell)) {
            return cell.getLocalDateTimeCellValue().toLocalDate().toString();
        }
        return new DataFormatter().formatCellValue(cell);
    }

    /** A team's edit of a workbook: open {@code source} with POI, change it, save it as {@code target}. */
    interface Edit {
        void apply(XSSFWorkbook workbook);
    }

    static void returnWorkbook(Path source, Path target, Edit edit) throws IOException {
        Files.createDirectories(target.getParent());
        try (InputStream in = Files.newInputStream(source); XSSFWorkbook wb = new XSSFWorkbook(in)) {
            edit.apply(wb);
            try (var out = Files.newOutputStream(target)) {
                wb.write(out);
            }
        }
    }

    /** Sets the cell under {@code header} in the row of {@code idTemuan} of {@code sheetName}. */
    static void setCell(XSSFWorkbook wb, String sheetName, String idTemuan, String header, String value) {
        Sheet sheet = wb.getSheet(sheetName);
        int column = column(sheet, header);
        int idColumn = column(sheet, "ID Temuan");
        for (int r = 1; r <= sheet.getLastRowNum(); r++) {
            Row row = sheet.getRow(r);
            if (row != null && idTemuan.equals(text(row.getCell(idColumn)))) {
                // A fresh cell, as Excel or LibreOffice save an edited one (a shared string). POI's
                // setCellValue on the job's inline-string cell would keep the old text in <is> and
                // put the new one in <v>, which every reader (POI's own too) ignores.
                if (row.getCell(column) != null) {
                    row.removeCell(row.getCell(column));
                }
                row.createCell(column).setCellValue(value);
                return;
            }
        }
        throw new AssertionError("no row " + idTemuan + " in " + sheetName);
    }

    static int column(Sheet sheet, String header) {
        Row h = sheet.getRow(0);
        for (int c = 0; c < h.getLastCellNum(); c++) {
            if (header.equals(text(h.getCell(c)))) {
                return c;
            }
        }
        throw new AssertionError("no column " + header);
    }

    /** Snapshot of the job's history rows, for before/after comparisons. */
    List<List<Object>> historyRows() {
        return jdbc.query("SELECT id_temuan, first_seen, last_seen, resolved_on, kode_aturan, kode_puskesmas,"
                + " payload FROM rekon_riwayat WHERE job_name = ? ORDER BY id_temuan, first_seen", (rs, i) -> Arrays.asList(
                        rs.getString(1), rs.getDate(2), rs.getDate(3), rs.getDate(4), rs.getString(5), rs.getString(6),
                        HexFormat.of().formatHex(rs.getBytes(7))), job);
    }
}
