package id.rekon.pispk.source.xlsx;

import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.xssf.model.StylesTable;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;

/**
 * Which cell styles of a workbook show a number as a date ({@link DateUtil#isADateFormat}), cached
 * by style index. Not thread-safe (one per workbook reader).
 */
final class DateStyles {

    private static final byte UNKNOWN = 0;
    private static final byte NO = 1;
    private static final byte YES = 2;

    private final StylesTable styles;
    /**
     * What each style index was found to be, asked once per numeric cell: an array indexed by style
     * rather than a map of boxed indexes, which was 3.6 % of the read step (JFR, 300,000 families).
     * As long as the styles table the workbook already holds in memory.
     */
    private final byte[] known;

    /** @param styles the workbook's styles, or {@code null} when it has none (then nothing is a date) */
    DateStyles(StylesTable styles) {
        this.styles = styles;
        this.known = new byte[styles == null ? 0 : styles.getNumCellStyles()];
    }

    boolean isDate(int styleIndex) {
        if (styleIndex < 0 || styleIndex >= known.length) {
            return false;
        }
        byte k = known[styleIndex];
        if (k == UNKNOWN) {
            k = lookUp(styleIndex) ? YES : NO;
            known[styleIndex] = k;
        }
        return k == YES;
    }

    private boolean lookUp(int styleIndex) {
        if (styleIndex < 0 || styleIndex >= styles.getNumCellStyles()) {
            return false;
        }
        XSSFCellStyle style = styles.getStyleAt(styleIndex);
        if (style == null) {
            return false;
        }
        String format = style.getDataFormatString();
        return format != null && DateUtil.isADateFormat(style.getDataFormat(), format);
    }
}
