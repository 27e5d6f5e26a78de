package id.rekon.pispk.umpanbalik;

import id.rekon.pispk.output.TemuanColumn;
import id.rekon.pispk.model.CellValue;
import id.rekon.pispk.source.RawRow;
import id.rekon.pispk.source.ReadLimits;
import id.rekon.pispk.source.RowReader;
import id.rekon.pispk.source.xlsx.XlsxFile;

import java.io.Closeable;
import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A puskesmas workbook returned by a team, read as a stream with the project's XLSX reader
 * ({@link XlsxFile}: StAX over the sheet parts, never the whole workbook in memory).
 *
 * <p>What is read: from the {@code Ringkasan} sheet, the {@code Puskesmas} and
 * {@code Tanggal proses} lines the job wrote at its top; then every visible sheet whose first
 * non-blank row holds an {@code ID Temuan} header (the rule family sheets), row by row. Columns
 * are found by their header text (case and surrounding spaces ignored), so a team may reorder,
 * hide or add columns. A family sheet that lacks {@code Tindak Lanjut}, {@code Catatan} or an
 * {@link IdentityColumn} is skipped and named in {@link #problems()}: its rows could not be checked.
 * Bounded like the inbox readers: the first {@value #MAX_SHEETS} sheets only, a header within the
 * first {@link ReadLimits#MAX_ROWS_EXAMINED} rows, cells within Excel's limits ({@link XlsxFile}).
 * Not thread-safe; close it when done.
 */
public final class ReturnedWorkbook implements Closeable {

    /** Sheet and labels written by the job's {@code RingkasanSheet}; a round-trip test guards them. */
    static final String RINGKASAN = "Ringkasan";
    static final String LABEL_PUSKESMAS = "Puskesmas";
    static final String LABEL_TANGGAL = "Tanggal proses";
    /** The labels stand in the first rows of the sheet. */
    private static final int RINGKASAN_HEAD_ROWS = 12;
    /**
     * Sheets looked at: the job writes a Petunjuk, a Ringkasan and one sheet per rule family, so a
     * workbook of hundreds of sheets is not one of ours and is not read to its end.
     */
    static final int MAX_SHEETS = 40;

    private final XlsxFile file;
    private final List<String> problems = new ArrayList<>();
    private String puskesmas;
    private LocalDate tanggalProses;

    private ReturnedWorkbook(XlsxFile file) {
        this.file = file;
    }

    /**
     * Opens {@code path} and reads the head of its {@code Ringkasan} sheet.
     *
     * @throws IOException when the file is not a readable XLSX package (another format, damaged,
     *                     still being copied, password protected)
     */
    public static ReturnedWorkbook open(Path path) throws IOException {
        XlsxFile xlsx;
        try {
            xlsx = XlsxFile.open(path);
        } catch (RuntimeException e) {
            // POI says "not OOXML" (a CSV or an old .xls renamed, a truncated copy) with runtime exceptions
            throw new IOException("not a readable XLSX package", e);
        }
        ReturnedWorkbook workbook = new ReturnedWorkbook(xlsx);
        try {
            workbook.readHead();
        } catch (IOException | RuntimeException e) {
            xlsx.close();
            throw e instanceof IOException io ? io : new IOException("Ringkasan cannot be read", e);
        }
        return workbook;
    }

    /** The {@code Puskesmas} value of the Ringkasan sheet ({@code "<Kode> <Nama>"}), or {@code null}. */
    public String puskesmas() {
        return puskesmas;
    }

    /** The run date printed in the Ringkasan sheet, or {@code null} when it is not there or not a date. */
    public LocalDate tanggalProses() {
        return tanggalProses;
    }

    /** Sheet-level problems found so far (Indonesian, for the report); complete after {@link #forEachRow}. */
    public List<String> problems() {
        return List.copyOf(problems);
    }

    /** Receives rows one by one. */
    @FunctionalInterface
    public interface RowHandler {
        void row(ReturnedRow row) throws IOException;
    }

    /**
     * Streams the data rows of every family sheet in workbook order; blank rows are left out.
     *
     * @return the number of family sheets read
     * @throws IOException when a sheet's content cannot be parsed
     */
    public int forEachRow(RowHandler handler) throws IOException {
        List<String> names = file.sheetNames();
        int read = 0;
        if (names.size() > MAX_SHEETS) {
            problems.add("Buku kerja berisi " + names.size() + " lembar; hanya " + MAX_SHEETS
                    + " lembar pertama yang diperiksa.");
        }
        for (int i = 0; i < Math.min(names.size(), MAX_SHEETS); i++) {
            if (names.get(i).equalsIgnoreCase(RINGKASAN)) {
                continue;
            }
            try (RowReader rows = file.rows(i)) {
                if (readSheet(names.get(i), rows, handler)) {
                    read++;
                }
            }
        }
        return read;
    }

    private boolean readSheet(String sheet, RowReader rows, RowHandler handler) throws IOException {
        RawRow header = rows.next();
        for (int n = 1; header != null && header.isBlank() && n < ReadLimits.MAX_ROWS_EXAMINED; n++) {
            header = rows.next();
        }
        if (header != null && header.isBlank()) {
            return false; // a thousand blank rows: not a sheet the job wrote
        }
        if (header == null) {
            return false;
        }
        Map<String, Integer> index = new HashMap<>();
        for (int c = 0; c < header.cells().size(); c++) {
            index.putIfAbsent(key(header.cell(c).text()), c);
        }
        Integer id = index.get(key(TemuanColumn.ID_TEMUAN.header()));
        if (id == null) {
            return false; // not a family sheet (Petunjuk, a team's own sheet)
        }
        Integer tindakLanjut = index.get(key(TemuanColumn.TINDAK_LANJUT.header()));
        Integer catatan = index.get(key(TemuanColumn.CATATAN.header()));
        Map<IdentityColumn, Integer> identity = new EnumMap<>(IdentityColumn.class);
        List<String> missing = new ArrayList<>();
        if (tindakLanjut == null) {
            missing.add(TemuanColumn.TINDAK_LANJUT.header());
        }
        if (catatan == null) {
            missing.add(TemuanColumn.CATATAN.header());
        }
        for (IdentityColumn c : IdentityColumn.values()) {
            Integer at = index.get(key(c.header()));
            if (at == null) {
                missing.add(c.header());
            } else {
                identity.put(c, at);
            }
        }
        if (!missing.isEmpty()) {
            problems.add("Lembar " + sheet + ": kolom " + String.join(", ", missing)
                    + " tidak ada, jadi baris-barisnya tidak dapat diperiksa; lembar ini tidak dipakai.");
            return false;
        }
        for (RawRow row = rows.next(); row != null; row = rows.next()) {
            if (row.isBlank() || nothingToTake(row, id, tindakLanjut, catatan)) {
                continue;
            }
            Map<IdentityColumn, CellValue> cells = new EnumMap<>(IdentityColumn.class);
            for (Map.Entry<IdentityColumn, Integer> c : identity.entrySet()) {
                cells.put(c.getKey(), row.cell(c.getValue()));
            }
            handler.row(new ReturnedRow(sheet, row.rowNumber(), row.cell(id).text(), row.cell(tindakLanjut).text(),
                    row.cell(catatan).text(), cells));
        }
        return true;
    }

    /**
     * A row without id, follow-up and note (the line an empty sheet writes to say it is empty, a
     * team's spacer) holds nothing to take: a blank {@code Tindak Lanjut} means {@code Belum}.
     */
    private static boolean nothingToTake(RawRow row, int id, int tindakLanjut, int catatan) {
        return row.cell(id).text().isBlank() && row.cell(tindakLanjut).text().isBlank()
                && row.cell(catatan).text().isBlank();
    }

    private void readHead() throws IOException {
        List<String> names = file.sheetNames();
        for (int i = 0; i < names.size(); i++) {
            if (!names.get(i).equalsIgnoreCase(RINGKASAN)) {
                continue;
            }
            try (RowReader rows = file.rows(i)) {
                RawRow row = rows.next();
                for (int n = 0; row != null && n < RINGKASAN_HEAD_ROWS; n++, row = rows.next()) {
                    String label = key(row.cell(0).text());
                    if (label.equals(key(LABEL_PUSKESMAS)) && puskesmas == null) {
                        String value = row.cell(1).text().trim();
                        puskesmas = value.isEmpty() ? null : value;
                    } else if (label.equals(key(LABEL_TANGGAL)) && tanggalProses == null) {
                        tanggalProses = date(row.cell(1));
                    }
                }
            }
            return;
        }
    }

    private static LocalDate date(CellValue cell) {
        if (cell.date() != null) {
            return cell.date();
        }
        try {
            return LocalDate.parse(cell.text().trim());
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    private static String key(String header) {
        return header == null ? "" : header.trim().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
    }

    @Override
    public void close() throws IOException {
        file.close();
    }
}
