package id.rekon.pispk.output;

import id.rekon.pispk.model.Puskesmas;
import id.rekon.pispk.model.RuleCode;
import id.rekon.pispk.model.RuleFamily;
import id.rekon.pispk.model.Sumber;
import id.rekon.pispk.model.Temuan;
import org.apache.poi.ss.usermodel.DataValidation;
import org.apache.poi.ss.usermodel.DataValidationConstraint;
import org.apache.poi.ss.usermodel.DataValidationHelper;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.CellRangeAddressList;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * One rule family's sheet: the header row ({@link TemuanColumn}), then one row per finding in the
 * order given (the writer gives them in {@link TemuanOrder}). Panes frozen on the header row and
 * on the id and name columns, auto-filter over the rows written, the first-screen columns at fixed
 * widths and the others fitted, long text wrapped, a {@code Tindak Lanjut} dropdown
 * ({@link TindakLanjut}; MATCH-01 rows get the pair choices) and the print layout ({@link PrintLayout}). An empty sheet says so in
 * its second row, so it never prints as a blank page. SXSSF keeps only its window of rows per
 * sheet in memory. Not thread safe.
 */
final class FamilySheet {

    /** Written in the second row of a sheet without findings. */
    static final String KOSONG = "Tidak ada temuan pada lembar ini untuk proses ini.";

    private static final TemuanColumn[] COLUMNS = TemuanColumn.values();
    /** The most cell ranges the two Tindak Lanjut validations of a sheet may list together. */
    static final int MAX_RANGES = 500;

    private final RuleFamily family;
    private final Sheet sheet;
    private final CellWriter cells;
    private final ColumnWidths widths = new ColumnWidths(COLUMNS.length, ColumnWidths.DEFAULT_CAP);
    private int dataRows;
    /** Spreadsheet rows (0-based) holding MATCH-01 findings, ascending: their dropdown differs. */
    private final List<Integer> pasanganRows = new ArrayList<>();

    FamilySheet(Sheet sheet, RuleFamily family, CellWriter cells) {
        this.sheet = sheet;
        this.family = family;
        this.cells = cells;
        Row header = sheet.createRow(0);
        for (TemuanColumn column : COLUMNS) {
            cells.styled(header, column.ordinal(), column.header(), cells.styles().header, widths);
        }
        // the id and the name stay in view while the nurse scrolls right to fill Tindak Lanjut
        sheet.createFreezePane(TemuanColumn.NAMA.ordinal() + 1, 1);
    }

    RuleFamily family() {
        return family;
    }

    /** Data rows written so far (the header not counted). */
    int dataRows() {
        return dataRows;
    }

    void append(TemuanRow item) {
        Temuan t = item.temuan();
        RuleCode rule = t.kodeAturan();
        Row row = sheet.createRow(++dataRows);
        if (rule == RuleCode.MATCH_01) {
            pasanganRows.add(dataRows);
        }
        cells.kode(row, TemuanColumn.ID_TEMUAN.ordinal(), t.idTemuan(), widths);
        cells.wrapped(row, TemuanColumn.NAMA.ordinal(), t.nama(), widths);
        cells.kode(row, TemuanColumn.NIK.ordinal(), t.nik(), widths);
        cells.text(row, TemuanColumn.UMUR.ordinal(), UmurTeks.of(t.umurBulan()), widths);
        cells.wrapped(row, TemuanColumn.URAIAN.ordinal(), rule.judul(), widths);
        cells.text(row, TemuanColumn.TINDAK_LANJUT.ordinal(), item.tindakLanjutShown(), widths);
        cells.wrapped(row, TemuanColumn.CATATAN.ordinal(), item.catatanShown(), widths);
        if (item.ditolak() != null) {
            cells.styled(row, TemuanColumn.UMPAN_BALIK_DITOLAK.ordinal(), item.ditolak().alasan(),
                    cells.styles().ditolak, widths);
        }
        cells.text(row, TemuanColumn.DESA.ordinal(), t.desa(), widths);
        cells.kode(row, TemuanColumn.RT_RW.ordinal(), t.rtRw(), widths);
        cells.text(row, TemuanColumn.STATUS.ordinal(), item.status(), widths);
        cells.text(row, TemuanColumn.KODE_ATURAN.ordinal(), rule.code(), widths);
        cells.kode(row, TemuanColumn.KODE_KELUARGA.ordinal(), t.kodeKeluarga(), widths);
        cells.text(row, TemuanColumn.ALAMAT.ordinal(), t.alamat(), widths);
        cells.text(row, TemuanColumn.NAMA_ORANG_TUA.ordinal(), t.namaOrangTua(), widths);
        cells.date(row, TemuanColumn.TANGGAL_LAHIR.ordinal(), t.tanggalLahir(), widths);
        cells.text(row, TemuanColumn.JENIS_KELAMIN.ordinal(),
                t.jenisKelamin() == null ? "" : t.jenisKelamin().label(), widths);
        cells.text(row, TemuanColumn.POSYANDU.ordinal(), t.posyandu(), widths);
        cells.text(row, TemuanColumn.NILAI_PISPK.ordinal(), t.nilaiPispk(), widths);
        cells.text(row, TemuanColumn.NILAI_PROGRAM.ordinal(), t.nilaiProgram(), widths);
        cells.text(row, TemuanColumn.SUMBER.ordinal(), sumberLabel(t), widths);
        cells.text(row, TemuanColumn.ARAH.ordinal(), rule.arah().label(), widths);
        cells.wrapped(row, TemuanColumn.REKOMENDASI.ordinal(), rule.tindakLanjut(), widths);
        cells.wrapped(row, TemuanColumn.KETERANGAN.ordinal(), t.keterangan(), widths);
        cells.date(row, TemuanColumn.PERTAMA_TERLIHAT.ordinal(), item.pertamaTerlihat(), widths);
    }

    /** The finding's own source, else the program its rule compares against; empty when neither. */
    static String sumberLabel(Temuan t) {
        Sumber sumber = t.sumber() != null ? t.sumber() : t.kodeAturan().sumberProgram();
        return sumber == null ? "" : sumber.label();
    }

    /** Widths, filter, dropdown and print layout; call once, after the last row. */
    void finish(Puskesmas puskesmas, LocalDate tanggalProses) {
        if (dataRows == 0) {
            // in the name column: the id column stays empty, so a returned copy never reads it as a finding
            cells.styled(sheet.createRow(1), TemuanColumn.NAMA.ordinal(), KOSONG, cells.styles().label, null);
        }
        widths.note(TemuanColumn.TINDAK_LANJUT.ordinal(), longestChoice());
        widths.applyTo(sheet);
        for (TemuanColumn column : COLUMNS) {
            if (column.width() > 0) {
                sheet.setColumnWidth(column.ordinal(), column.width() * 256);
            }
        }
        int last = Math.max(dataRows, 1);
        sheet.setAutoFilter(new CellRangeAddress(0, last, 0, COLUMNS.length - 1));
        if (dataRows > 0) {
            addTindakLanjutDropdowns(dataRows);
        }
        PrintLayout.apply(sheet, true, puskesmas, tanggalProses, 1, TemuanColumn.LAST_PRINTED.ordinal(), last);
    }

    /**
     * One list for the MATCH-01 rows, one for the others, each run of adjacent rows one range of its
     * validation. Rows are ordered by family, so in the Identitas sheet MATCH-01 and DEMO rows can
     * alternate: beyond {@value #MAX_RANGES} ranges the sheet gets one validation holding both lists
     * instead, rather than a range list that makes the workbook slow to open. The returned-workbook
     * check refuses a choice of the wrong list on a row either way ({@code history.FeedbackCheck}).
     */
    private void addTindakLanjutDropdowns(int lastRow) {
        int column = TemuanColumn.TINDAK_LANJUT.ordinal();
        CellRangeAddressList pasangan = new CellRangeAddressList();
        CellRangeAddressList lain = new CellRangeAddressList();
        int next = 1;
        int i = 0;
        while (i < pasanganRows.size()) {
            int first = pasanganRows.get(i);
            int last = first;
            while (i + 1 < pasanganRows.size() && pasanganRows.get(i + 1) == last + 1) {
                last = pasanganRows.get(++i);
            }
            i++;
            if (first > next) {
                lain.addCellRangeAddress(next, column, first - 1, column);
            }
            pasangan.addCellRangeAddress(first, column, last, column);
            next = last + 1;
        }
        if (next <= lastRow) {
            lain.addCellRangeAddress(next, column, lastRow, column);
        }
        if (lain.countRanges() + pasangan.countRanges() > MAX_RANGES) {
            addDropdown(new CellRangeAddressList(1, lastRow, column, column), TindakLanjut.allLabels());
            return;
        }
        if (lain.countRanges() > 0) {
            addDropdown(lain, TindakLanjut.labels());
        }
        if (pasangan.countRanges() > 0) {
            addDropdown(pasangan, TindakLanjut.labels(RuleCode.MATCH_01));
        }
    }

    private void addDropdown(CellRangeAddressList cells, List<String> labels) {
        DataValidationHelper helper = sheet.getDataValidationHelper();
        DataValidationConstraint constraint = helper.createExplicitListConstraint(labels.toArray(String[]::new));
        DataValidation validation = helper.createValidation(constraint, cells);
        // POI's XSSF inverts this flag: true writes showDropDown=false, i.e. the arrow IS shown.
        validation.setSuppressDropDownArrow(true);
        validation.setShowErrorBox(true);
        validation.createErrorBox("Tindak Lanjut", "Pilih salah satu isian dari daftar.");
        sheet.addValidationData(validation);
    }

    private static int longestChoice() {
        return TindakLanjut.allLabels().stream().mapToInt(String::length).max().orElse(10) + 2;
    }
}
