package id.rekon.pispk.output;

import id.rekon.pispk.model.Puskesmas;
import id.rekon.pispk.model.TanggalTeks;
import org.apache.poi.ss.usermodel.Footer;
import org.apache.poi.ss.usermodel.Header;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;

import java.time.LocalDate;

/**
 * How a sheet prints on A4: the orientation, fit to one page wide (as many pages long as the rows
 * need), the header row repeated on every page, and a page header and footer naming the
 * puskesmas, the sheet, the run date and "Halaman x dari y", so a loose printed page still says
 * whose and which night it is.
 */
final class PrintLayout {

    private PrintLayout() {
    }

    /**
     * @param headerRows rows repeated at the top of every page (0: none)
     * @param lastColumn the last column printed (0-based); columns after it stay on screen only; -1
     *                   prints whatever the sheet holds
     * @param lastRow    the last row printed (0-based)
     */
    static void apply(Sheet sheet, boolean landscape, Puskesmas puskesmas, LocalDate tanggalProses, int headerRows,
                      int lastColumn, int lastRow) {
        apply(sheet, landscape, puskesmas.kode() + " " + puskesmas.nama(), tanggalProses, headerRows, lastColumn,
                lastRow);
    }

    /** As above, with the page header naming {@code pemilik} (a puskesmas, or the district's job). */
    static void apply(Sheet sheet, boolean landscape, String pemilik, LocalDate tanggalProses, int headerRows,
                      int lastColumn, int lastRow) {
        sheet.setFitToPage(true);
        sheet.setAutobreaks(true);
        PrintSetup print = sheet.getPrintSetup();
        print.setLandscape(landscape);
        print.setPaperSize(PrintSetup.A4_PAPERSIZE);
        print.setFitWidth((short) 1);
        print.setFitHeight((short) 0);
        sheet.setMargin(Sheet.LeftMargin, 0.4);
        sheet.setMargin(Sheet.RightMargin, 0.4);
        if (headerRows > 0) {
            sheet.setRepeatingRows(new CellRangeAddress(0, headerRows - 1, -1, -1));
        }
        if (lastColumn >= 0) {
            int index = sheet.getWorkbook().getSheetIndex(sheet);
            sheet.getWorkbook().setPrintArea(index, 0, lastColumn, 0, Math.max(lastRow, 0));
        }
        Header header = sheet.getHeader();
        header.setLeft("&B" + escape(pemilik));
        header.setCenter(escape(sheet.getSheetName()));
        header.setRight("Tanggal proses " + TanggalTeks.of(tanggalProses));
        Footer footer = sheet.getFooter();
        footer.setLeft("rekon-pispk");
        footer.setRight("Halaman &P dari &N");
    }

    /** An ampersand starts a code in header text; a name with one is written doubled. */
    private static String escape(String text) {
        return text.replace("&", "&&");
    }
}
