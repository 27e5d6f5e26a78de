package id.rekon.pispk.output;

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

/**
 * One rule family's sheet: the header row ({@link TemuanColumn}), then one row per finding in the
 * order they arrive. Frozen header, auto-filter over the rows written, widths that fit, and a
 * {@code Tindak Lanjut} dropdown ({@link TindakLanjut}). Rows are appended while other family
 * sheets are open too; SXSSF keeps only its window of rows per sheet in memory. Not thread safe.
 */
final class FamilySheet {

    private static final TemuanColumn[] COLUMNS = TemuanColumn.values();

    private final RuleFamily family;
    private final Sheet sheet;
    private final CellWriter cells;
    private final ColumnWidths widths = new ColumnWidths(COLUMNS.length, ColumnWidths.DEFAULT_CAP);
    private int dataRows;

    FamilySheet(Sheet sheet, RuleFamily family, CellWriter cells) {
        this.sheet = sheet;
        this.family = family;
        this.cells = cells;
        Row header = sheet.createRow(0);
        for (TemuanColumn column : COLUMNS) {
            cells.styled(header, column.ordinal(), column.header(), cells.styles().header, widths);
        }
        sheet.createFreezePane(0, 1);
        sheet.setRepeatingRows(new CellRangeAddress(0, 0, -1, -1));
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
        cells.kode(row, TemuanColumn.ID_TEMUAN.ordinal(), t.idTemuan(), widths);
        cells.text(row, TemuanColumn.STATUS.ordinal(), item.status(), widths);
        cells.text(row, TemuanColumn.KODE_ATURAN.ordinal(), rule.code(), widths);
        cells.text(row, TemuanColumn.URAIAN.ordinal(), rule.judul(), widths);
        cells.kode(row, TemuanColumn.NIK.ordinal(), t.nik(), widths);
        cells.text(row, TemuanColumn.NAMA.ordinal(), t.nama(), widths);
        cells.date(row, TemuanColumn.TANGGAL_LAHIR.ordinal(), t.tanggalLahir(), widths);
        cells.number(row, TemuanColumn.UMUR_BULAN.ordinal(), t.umurBulan(), cells.styles().integer, widths);
        cells.text(row, TemuanColumn.JENIS_KELAMIN.ordinal(),
                t.jenisKelamin() == null ? "" : t.jenisKelamin().label(), widths);
        cells.kode(row, TemuanColumn.KODE_KELUARGA.ordinal(), t.kodeKeluarga(), widths);
        cells.text(row, TemuanColumn.DESA.ordinal(), t.desa(), widths);
        cells.kode(row, TemuanColumn.RT_RW.ordinal(), t.rtRw(), widths);
        cells.text(row, TemuanColumn.POSYANDU.ordinal(), t.posyandu(), widths);
        cells.text(row, TemuanColumn.NILAI_PISPK.ordinal(), t.nilaiPispk(), widths);
        cells.text(row, TemuanColumn.NILAI_PROGRAM.ordinal(), t.nilaiProgram(), widths);
        cells.text(row, TemuanColumn.SUMBER.ordinal(), sumberLabel(t), widths);
        cells.text(row, TemuanColumn.ARAH.ordinal(), rule.arah().label(), widths);
        cells.text(row, TemuanColumn.REKOMENDASI.ordinal(), rule.tindakLanjut(), widths);
        cells.text(row, TemuanColumn.KETERANGAN.ordinal(), t.keterangan(), widths);
        cells.date(row, TemuanColumn.PERTAMA_TERLIHAT.ordinal(), item.pertamaTerlihat(), widths);
        String tindakLanjut = item.tindakLanjut().isBlank() ? TindakLanjut.BELUM.label() : item.tindakLanjut();
        cells.text(row, TemuanColumn.TINDAK_LANJUT.ordinal(), tindakLanjut, widths);
        cells.text(row, TemuanColumn.CATATAN.ordinal(), item.catatan(), widths);
    }

    /** The finding's own source, else the program its rule compares against; empty when neither. */
    static String sumberLabel(Temuan t) {
        Sumber sumber = t.sumber() != null ? t.sumber() : t.kodeAturan().sumberProgram();
        return sumber == null ? "" : sumber.label();
    }

    /** Widths, filter and dropdown; call once, after the last row. */
    void finish() {
        widths.note(TemuanColumn.TINDAK_LANJUT.ordinal(), longestChoice());
        widths.note(TemuanColumn.CATATAN.ordinal(), 30);
        widths.applyTo(sheet);
        int last = Math.max(dataRows, 1);
        sheet.setAutoFilter(new CellRangeAddress(0, last, 0, COLUMNS.length - 1));
        addTindakLanjutDropdown(last);
    }

    private void addTindakLanjutDropdown(int lastRow) {
        int column = TemuanColumn.TINDAK_LANJUT.ordinal();
        DataValidationHelper helper = sheet.getDataValidationHelper();
        DataValidationConstraint constraint =
                helper.createExplicitListConstraint(TindakLanjut.labels().toArray(String[]::new));
        DataValidation validation =
                helper.createValidation(constraint, new CellRangeAddressList(1, lastRow, column, column));
        // POI's XSSF inverts this flag: true writes showDropDown=false, i.e. the arrow IS shown.
        validation.setSuppressDropDownArrow(true);
        validation.setShowErrorBox(true);
        validation.createErrorBox("Tindak Lanjut", "Pilih salah satu isian dari daftar.");
        sheet.addValidationData(validation);
    }

    private static int longestChoice() {
        return TindakLanjut.labels().stream().mapToInt(String::length).max().orElse(10) + 2;
    }
}
