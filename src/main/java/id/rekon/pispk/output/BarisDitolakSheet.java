package id.rekon.pispk.output;

import id.rekon.pispk.model.Ditolak;

import id.rekon.pispk.model.Puskesmas;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;

import java.time.LocalDate;
import java.util.List;

/**
 * The {@code Baris Ditolak} sheet: the rows of tonight's exports that name this puskesmas and
 * could not be read, so the staff who typed them can fix them in their application; each with its
 * file and row, the reason, its values named by column and how to fix it ({@link CaraMemperbaiki}).
 * A title row first, so the returned-workbook reader never takes it for a family sheet. Not thread
 * safe.
 */
final class BarisDitolakSheet {

    static final String NAME = "Baris Ditolak";
    static final String JUDUL = "Baris ekspor puskesmas ini yang tidak dapat dibaca malam ini";
    static final String KOSONG = "Tidak ada baris yang ditolak dari data puskesmas ini.";
    static final String[] HEADERS = {"Berkas", "Baris", "Alasan", "Isi Baris", "Cara Memperbaiki"};
    private static final int[] WIDTHS = {28, 8, 40, 60, 45};

    private final Sheet sheet;
    private final CellWriter cells;

    BarisDitolakSheet(Sheet sheet, CellWriter cells) {
        this.sheet = sheet;
        this.cells = cells;
    }

    void write(List<Ditolak> rows, Puskesmas puskesmas, LocalDate tanggalProses) {
        for (int c = 0; c < WIDTHS.length; c++) {
            sheet.setColumnWidth(c, WIDTHS[c] * 256);
        }
        cells.styled(sheet.createRow(0), 0, JUDUL, cells.styles().section, null);
        Row header = sheet.createRow(1);
        for (int c = 0; c < HEADERS.length; c++) {
            cells.styled(header, c, HEADERS[c], cells.styles().header, null);
        }
        sheet.createFreezePane(0, 2);
        int next = 2;
        if (rows.isEmpty()) {
            cells.styled(sheet.createRow(next++), 0, KOSONG, cells.styles().label, null);
        }
        for (Ditolak d : rows) {
            Row r = sheet.createRow(next++);
            cells.wrapped(r, 0, d.file(), null);
            cells.number(r, 1, d.baris(), cells.styles().integer, null);
            cells.wrapped(r, 2, d.alasan(), null);
            cells.wrapped(r, 3, d.isiPerKolom(), null);
            cells.wrapped(r, 4, CaraMemperbaiki.of(d.alasan()), null);
        }
        PrintLayout.apply(sheet, true, puskesmas, tanggalProses, 2, HEADERS.length - 1, next - 1);
    }
}
