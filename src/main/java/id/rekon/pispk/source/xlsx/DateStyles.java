package id.rekon.pispk.source.xlsx;

import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.xssf.model.StylesTable;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;

import java.util.HashMap;
import java.util.Map;

/**
 * Which cell styles of a workbook show a number as a date ({@link DateUtil#isADateFormat}), cached
 * by style index. Not thread-safe (one per workbook reader).
 */
final class DateStyles {

    private final StylesTable styles;
    private final Map<Integer, Boolean> cache = new HashMap<>();

    /** @param styles the workbook's styles, or {@code null} when it has none (then nothing is a date) */
    DateStyles(StylesTable styles) {
        this.styles = styles;
    }

    boolean isDate(int styleIndex) {
        if (styles == null) {
            return false;
        }
        return cache.computeIfAbsent(styleIndex, this::lookUp);
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
