package id.rekon.pispk.source.xlsx;

import id.rekon.pispk.model.CellValue;
import id.rekon.pispk.normalise.ExcelSerial;
import id.rekon.pispk.source.NumberText;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.xssf.model.SharedStrings;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;

/**
 * Turns a worksheet cell as written in the XML (its type and style attributes, its {@code <v>} and
 * inline text) into a {@link CellValue}: shared ({@code s}) and inline strings, formula strings
 * ({@code str}) and the cached value of any other formula, booleans as {@code TRUE}/{@code FALSE},
 * errors as their code ({@code #N/A}), numbers as plain decimals ({@link NumberText}) flagged numeric,
 * and numbers in a date style as dates. Shared by both ways of reading the XML ({@link SheetRows},
 * {@link StaxSheetRows}), so they cannot disagree on a cell. Not thread-safe only because
 * {@link SharedStrings} implementations may not be.
 */
final class CellDecoder {

    private final SharedStrings strings;
    private final DateStyles dates;
    private final boolean date1904;

    CellDecoder(SharedStrings strings, DateStyles dates, boolean date1904) {
        this.strings = strings;
        this.dates = dates;
        this.date1904 = date1904;
    }

    /** A cell's {@code t} attribute, as far as decoding it goes. */
    enum Kind {
        NUMBER, SHARED, INLINE, BOOLEAN, ISO_DATE, TEXT;

        /** The kind of a {@code t} value; absent means a number, as in the file format. */
        static Kind of(String type) {
            if (type == null) {
                return NUMBER;
            }
            return switch (type) {
                case "n" -> NUMBER;
                case "s" -> SHARED;
                case "inlineStr" -> INLINE;
                case "b" -> BOOLEAN;
                case "d" -> ISO_DATE;
                default -> TEXT; // "str" (formula text), "e" (error code)
            };
        }
    }

    /** Decodes a cell whose attributes are strings as written ({@link StaxSheetRows}). */
    CellValue decode(String type, String style, String value, String inline) {
        Kind kind = Kind.of(type);
        int styleIndex = kind == Kind.NUMBER && !isBlank(value) && style != null ? Integer.parseInt(style.trim()) : 0;
        return decode(kind, styleIndex, value, inline);
    }

    /**
     * Decodes a cell of a known kind; {@code style} is its style index (0 when absent), only looked at
     * for a number, so a caller may pass anything for other kinds.
     */
    CellValue decode(Kind kind, int style, String value, String inline) {
        return switch (kind) {
            case NUMBER -> number(style, value);
            case SHARED -> isBlank(value) ? CellValue.EMPTY
                    : CellValue.text(strings.getItemAt(Integer.parseInt(value.trim())).getString());
            case INLINE -> CellValue.text(inline != null ? inline : value);
            case BOOLEAN -> value == null || value.isEmpty() ? CellValue.EMPTY
                    : CellValue.text("1".equals(value.trim()) || "true".equalsIgnoreCase(value.trim()) ? "TRUE" : "FALSE");
            case ISO_DATE -> isoDate(value);
            case TEXT -> CellValue.text(value);
        };
    }

    static boolean isBlank(String value) {
        return value == null || value.isBlank();
    }

    private CellValue number(int style, String value) {
        if (isBlank(value)) {
            return CellValue.EMPTY;
        }
        if (dates.isDate(style)) {
            try {
                double serial = Double.parseDouble(value);
                if (DateUtil.isValidExcelDate(serial)) {
                    LocalDate date = date(serial, date1904);
                    return CellValue.date(date, date.toString());
                }
            } catch (NumberFormatException e) {
                // not a number after all: fall through and keep the text
            }
        }
        return CellValue.number(NumberText.plain(value));
    }

    /** 31 December 9999, Excel's last day, in each system. */
    private static final double LAST_1900 = 2_958_465;
    private static final double LAST_1904 = 2_957_003;

    /**
     * The day of a date serial, as POI's {@link DateUtil#getLocalDateTime(double, boolean)} gives it.
     * A whole number of days (nearly every date cell: dates of birth and of measurement) is counted
     * directly: POI's general path, which handles times of day with decimal arithmetic, was a share
     * of the read step at two date cells per e-PPGBM row. Anything else goes to POI
     * (CellDecoderTest compares every whole day of both systems).
     */
    static LocalDate date(double serial, boolean date1904) {
        boolean counted = date1904 ? serial >= 0 && serial <= LAST_1904
                : serial > ExcelSerial.PHANTOM_LEAP_DAY && serial <= LAST_1900; // the days before: as POI says
        if (counted && serial == Math.rint(serial)) {
            return ExcelSerial.day((long) serial, date1904);
        }
        return DateUtil.getLocalDateTime(serial, date1904).toLocalDate();
    }

    private static CellValue isoDate(String value) {
        if (value == null || value.isBlank()) {
            return CellValue.EMPTY;
        }
        try {
            LocalDate date = LocalDate.parse(value.trim().length() >= 10 ? value.trim().substring(0, 10) : value.trim());
            return CellValue.date(date, date.toString());
        } catch (DateTimeParseException e) {
            return CellValue.text(value);
        }
    }
}
