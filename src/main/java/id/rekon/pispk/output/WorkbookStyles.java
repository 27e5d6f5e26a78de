package id.rekon.pispk.output;

import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.DataFormat;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.HorizontalAlignment;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.usermodel.Workbook;

/**
 * The cell styles of a puskesmas workbook, made once per workbook (a workbook holds at most 64 000
 * styles, so never one per cell). Text styles come in pairs: the plain one and one with
 * {@code quotePrefix} for formula-like text ({@link SafeText}).
 */
final class WorkbookStyles {

    /**
     * Indonesian date format: the {@code [$-421]} locale prefix (Indonesian) makes Excel and
     * LibreOffice show Indonesian month abbreviations ({@code 05 Agu 2026}).
     */
    static final String DATE_FORMAT = "[$-421]dd mmm yyyy";
    static final String TEXT_FORMAT = "@";

    final CellStyle title;
    final CellStyle section;
    final CellStyle header;
    final CellStyle label;
    final CellStyle labelTop;
    final CellStyle text;
    final CellStyle textQuoted;
    final CellStyle kode;
    final CellStyle kodeQuoted;
    final CellStyle date;
    final CellStyle integer;
    final CellStyle percent;
    final CellStyle totalLabel;
    final CellStyle totalInteger;
    final CellStyle wrapped;
    final CellStyle wrappedQuoted;
    /** The team's refused feedback: wrapped, on a light red fill so it is seen. */
    final CellStyle ditolak;
    /** An empty box to tick on paper: a thin border on every side. */
    final CellStyle kotak;

    WorkbookStyles(Workbook workbook) {
        DataFormat format = workbook.createDataFormat();

        Font bold = workbook.createFont();
        bold.setBold(true);
        Font big = workbook.createFont();
        big.setBold(true);
        big.setFontHeightInPoints((short) 14);
        Font medium = workbook.createFont();
        medium.setBold(true);
        medium.setFontHeightInPoints((short) 12);

        title = workbook.createCellStyle();
        title.setFont(big);
        section = workbook.createCellStyle();
        section.setFont(medium);

        label = workbook.createCellStyle();
        label.setFont(bold);
        labelTop = workbook.createCellStyle();
        labelTop.setFont(bold);
        labelTop.setVerticalAlignment(VerticalAlignment.TOP);
        labelTop.setWrapText(true);

        header = workbook.createCellStyle();
        header.setFont(bold);
        header.setFillForegroundColor(IndexedColors.LIGHT_GREEN.getIndex());
        header.setFillPattern(FillPatternType.SOLID_FOREGROUND);
        header.setBorderBottom(BorderStyle.THIN);
        header.setVerticalAlignment(VerticalAlignment.CENTER);
        header.setAlignment(HorizontalAlignment.CENTER);
        header.setDataFormat(format.getFormat(TEXT_FORMAT));

        text = workbook.createCellStyle();
        textQuoted = workbook.createCellStyle();
        textQuoted.setQuotePrefixed(true);

        kode = workbook.createCellStyle();
        kode.setDataFormat(format.getFormat(TEXT_FORMAT));
        kodeQuoted = workbook.createCellStyle();
        kodeQuoted.setDataFormat(format.getFormat(TEXT_FORMAT));
        kodeQuoted.setQuotePrefixed(true);

        date = workbook.createCellStyle();
        date.setDataFormat(format.getFormat(DATE_FORMAT));

        integer = workbook.createCellStyle();
        integer.setDataFormat(format.getFormat("0"));

        percent = workbook.createCellStyle();
        percent.setDataFormat(format.getFormat("0.0%"));

        totalLabel = workbook.createCellStyle();
        totalLabel.setFont(bold);
        totalLabel.setBorderTop(BorderStyle.THIN);
        totalInteger = workbook.createCellStyle();
        totalInteger.setFont(bold);
        totalInteger.setBorderTop(BorderStyle.THIN);
        totalInteger.setDataFormat(format.getFormat("0"));

        wrapped = workbook.createCellStyle();
        wrapped.setWrapText(true);
        wrapped.setVerticalAlignment(VerticalAlignment.TOP);
        wrappedQuoted = workbook.createCellStyle();
        wrappedQuoted.cloneStyleFrom(wrapped);
        wrappedQuoted.setQuotePrefixed(true);
        ditolak = workbook.createCellStyle();
        ditolak.cloneStyleFrom(wrapped);
        ditolak.setFillForegroundColor(IndexedColors.ROSE.getIndex());
        ditolak.setFillPattern(FillPatternType.SOLID_FOREGROUND);
        kotak = workbook.createCellStyle();
        kotak.setBorderTop(BorderStyle.THIN);
        kotak.setBorderBottom(BorderStyle.THIN);
        kotak.setBorderLeft(BorderStyle.THIN);
        kotak.setBorderRight(BorderStyle.THIN);
        // header texts wrap too: the narrow first-screen columns have long headers
        header.setWrapText(true);
    }
}
