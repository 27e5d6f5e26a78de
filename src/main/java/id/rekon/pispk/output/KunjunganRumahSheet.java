package id.rekon.pispk.output;

import id.rekon.pispk.model.Puskesmas;
import id.rekon.pispk.model.Temuan;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * The {@code Kunjungan Rumah} sheet: every finding of a household together, so one home visit
 * settles them all. Households are grouped desa, then RT/RW, then family ({@link TemuanOrder});
 * each starts with a line naming the family, its RT/RW and address, lists its findings with an
 * empty box to tick, what was found and what to do, and ends with a line for the visit's date,
 * the officer's name and signature. Each desa starts on a new page; the sheet prints portrait,
 * one page wide, with the column header repeated.
 *
 * <p>A household is a PIS-PK family ({@code Kode Keluarga}); a finding without a family (a child
 * only e-PPGBM knows, a couple only KUA knows) is a household of its own, named by its address.
 * The sheet opens with a title row, so the returned-workbook reader (which reads sheets whose
 * first row holds {@code ID Temuan}) never takes it for a family sheet. Not thread safe.
 */
final class KunjunganRumahSheet {

    static final String NAME = "Kunjungan Rumah";
    static final String JUDUL = "Daftar kunjungan rumah: semua temuan satu keluarga bersama";
    static final String KOSONG = "Tidak ada temuan untuk dikunjungi pada proses ini.";
    static final String TANDA_TANGAN = "Dikunjungi tanggal: ................   Petugas: ............................"
            + "   Tanda tangan: ....................";
    static final String[] HEADERS = {"Selesai", "Nama", "Umur", "Temuan", "Yang perlu dilakukan", "ID Temuan"};
    /** Column widths in characters; the whole fits a portrait A4 page at a readable scale. */
    private static final int[] WIDTHS = {8, 24, 9, 30, 40, 21};
    static final int HEADER_ROW = 1;

    private final Sheet sheet;
    private final CellWriter cells;
    private final WorkbookStyles styles;
    private int next;

    KunjunganRumahSheet(Sheet sheet, CellWriter cells) {
        this.sheet = sheet;
        this.cells = cells;
        this.styles = cells.styles();
    }

    /**
     * @param rows this puskesmas's findings in {@link TemuanOrder}
     */
    void write(List<TemuanRow> rows, Puskesmas puskesmas, LocalDate tanggalProses) {
        for (int c = 0; c < WIDTHS.length; c++) {
            sheet.setColumnWidth(c, WIDTHS[c] * 256);
        }
        cells.styled(row(), 0, JUDUL, styles.section, null);
        Row header = row();
        for (int c = 0; c < HEADERS.length; c++) {
            cells.styled(header, c, HEADERS[c], styles.header, null);
        }
        sheet.createFreezePane(0, HEADER_ROW + 1);
        if (rows.isEmpty()) {
            cells.styled(row(), 1, KOSONG, styles.label, null);
        }
        String desa = null;
        String household = null;
        for (TemuanRow item : rows) {
            Temuan t = item.temuan();
            String thisDesa = t.desa() == null ? "" : t.desa();
            if (desa == null || !desa.equals(thisDesa)) {
                if (household != null) {
                    signatureLine();
                }
                if (desa != null) {
                    sheet.setRowBreak(next - 1); // each desa on its own pages
                }
                desa = thisDesa;
                household = null;
                merged(thisDesa.isBlank() ? "Desa tidak diketahui" : "Desa " + thisDesa, styles.section);
            }
            String key = household(t);
            if (!key.equals(household)) {
                if (household != null) {
                    signatureLine();
                }
                household = key;
                merged(title(t), styles.label);
            }
            Row r = row();
            r.createCell(0).setCellStyle(styles.kotak);
            cells.wrapped(r, 1, t.nama(), null);
            cells.text(r, 2, UmurTeks.of(t.umurBulan()), null);
            cells.wrapped(r, 3, t.kodeAturan().code() + " " + t.kodeAturan().judul(), null);
            cells.wrapped(r, 4, t.kodeAturan().tindakLanjut(), null);
            cells.kode(r, 5, t.idTemuan(), null);
        }
        if (household != null) {
            signatureLine();
        }
        PrintLayout.apply(sheet, false, puskesmas, tanggalProses, HEADER_ROW + 1, HEADERS.length - 1, next - 1);
    }

    /** The household a finding belongs to: its family, else its own address and person. */
    static String household(Temuan t) {
        if (t.kodeKeluarga() != null && !t.kodeKeluarga().isBlank()) {
            return "K|" + t.kodeKeluarga().trim();
        }
        return "A|" + Objects.toString(t.rtRw(), "") + "|" + t.alamat() + "|" + t.nama();
    }

    private static String title(Temuan t) {
        StringBuilder sb = new StringBuilder();
        if (t.kodeKeluarga() != null && !t.kodeKeluarga().isBlank()) {
            sb.append("Keluarga ").append(t.kodeKeluarga().trim());
        } else {
            sb.append("Tanpa kode keluarga PIS-PK");
        }
        if (t.rtRw() != null && !t.rtRw().isBlank()) {
            sb.append(", RT/RW ").append(t.rtRw().trim());
        }
        if (!t.alamat().isBlank()) {
            sb.append(", ").append(t.alamat().trim());
        }
        if (!t.namaOrangTua().isBlank()) {
            sb.append(", orang tua: ").append(t.namaOrangTua().trim());
        }
        return sb.toString();
    }

    private void signatureLine() {
        Row r = row();
        cells.styled(r, 1, TANDA_TANGAN, styles.text, null);
        merge(new CellRangeAddress(r.getRowNum(), r.getRowNum(), 1, HEADERS.length - 1));
        next++; // a blank row between households
    }

    private void merged(String text, CellStyle style) {
        Row r = row();
        cells.styled(r, 0, text, style, null);
        merge(new CellRangeAddress(r.getRowNum(), r.getRowNum(), 0, HEADERS.length - 1));
    }

    /**
     * Merges one row's cells. Each region is a row of its own, written once, so none can overlap:
     * POI's checked {@code addMergedRegion} compares every new region with all earlier ones, which made
     * a puskesmas of a province (thousands of households) take minutes (seen in a thread dump at
     * 700,000 families).
     */
    private void merge(CellRangeAddress region) {
        sheet.addMergedRegionUnsafe(region);
    }

    private Row row() {
        return sheet.createRow(next++);
    }
}
