package id.rekon.pispk.normalise;

import id.rekon.pispk.model.CellValue;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.Year;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a date the way exports write them.
 *
 * <p>Accepted forms:
 * <ul>
 *   <li>a date-formatted spreadsheet cell ({@link CellValue#date()});</li>
 *   <li>{@code yyyy-MM-dd} (also with {@code /} or {@code .}); {@code dd/MM/yyyy},
 *       {@code dd-MM-yyyy}, {@code d/M/yyyy}, {@code dd.MM.yyyy}: the day always comes first when
 *       the year is last (an {@code M/d/yyyy} text such as {@code 1/13/2021} is unreadable, not
 *       guessed); {@code yyyyMMdd};</li>
 *   <li>an Excel serial number, as a numeric cell or as text ({@code 44562} is 2022-01-01),
 *       from 1 to 80000 (year 2119), fractions (a time of day) ignored. Serial 60 is Excel's
 *       fictitious 29 February 1900, hence unreadable; serials 1-59 count from 1900-01-01. A bare
 *       number from 1900 to 2100 is taken as a year alone, hence unreadable, not as a 1905
 *       date;</li>
 *   <li>month names in Indonesian or English, full or abbreviated, with or without a dot:
 *       {@code 12 Januari 2021}, {@code 12-Jan-2021}, {@code 12 Agt 2021}, {@code 12 Peb 2021},
 *       {@code 12 Nop 2021}, {@code 12 Agust 2021}, {@code 12 May 2021}, {@code Jan 12, 2021};
 *       a leading day name ({@code Senin, 12 Januari 2021}) is ignored;</li>
 *   <li>any of these followed by a time ({@code 2021-01-12 00:00:00}, {@code 2021-01-12T08:30},
 *       with optional seconds, fraction, {@code AM/PM}, {@code WIB} or a zone), which is
 *       ignored.</li>
 * </ul>
 * Two-digit years ({@code 12/01/21}, {@code 12-Jan-21}): {@code 20yy} when that is not later
 * than the year after the reference year, else {@code 19yy}; with reference year 2026,
 * {@code 27} is 2027 (an akad planned next year) and {@code 28} is 1928 (an elderly member).
 * Years outside 1900-2100 and days the calendar lacks ({@code 31/02/2021}, {@code 00/01/2020})
 * are unreadable.
 *
 * <p>Immutable and thread-safe.
 */
public final class TanggalParser {

    /** Excel's 1900 date system: serial 61 is 1900-03-01, so the epoch for serials over 60. */
    private static final int MAX_SERIAL = 80_000;

    private static final Pattern SERIAL = Pattern.compile("(\\d{1,5})(?:[.,]\\d+)?");
    private static final Pattern COMPACT = Pattern.compile("(\\d{4})(\\d{2})(\\d{2})");
    private static final Pattern TIME = Pattern.compile(
            "(?i)^(.*?\\d)(?:\\s+|T)\\d{1,2}:\\d{2}(?::\\d{2}(?:[.,]\\d+)?)?\\s*(?:AM|PM|WIB|WITA|WIT)?\\s*(?:Z|[+-]\\d{2}:?\\d{2})?$");
    private static final Pattern DAY_NAME = Pattern.compile(
            "(?i)^(?:SENIN|SELASA|RABU|KAMIS|JUMAT|JUM'AT|SABTU|MINGGU|AHAD|MON|MONDAY|TUE|TUESDAY|WED|WEDNESDAY"
                    + "|THU|THURSDAY|FRI|FRIDAY|SAT|SATURDAY|SUN|SUNDAY)\\s*,?\\s+");
    private static final Pattern YMD = Pattern.compile("(\\d{4})[-/.](\\d{1,2})[-/.](\\d{1,2})");
    private static final Pattern DMY = Pattern.compile("(\\d{1,2})[-/.](\\d{1,2})[-/.](\\d{4}|\\d{2})");
    private static final Pattern D_MONTH_Y = Pattern.compile(
            "(\\d{1,2})(?:\\s*[-/.\\s]\\s*)(\\p{L}+)\\.?(?:\\s*[-/.,\\s]\\s*)(\\d{4}|\\d{2})");
    private static final Pattern MONTH_D_Y = Pattern.compile("(\\p{L}+)\\.?\\s+(\\d{1,2}),?\\s+(\\d{4})");

    private static final Map<String, Integer> MONTHS = months();

    private final int latestTwoDigitYear;

    /** A parser whose two-digit-year window follows the current year. */
    public TanggalParser() {
        this(Year.now());
    }

    /** A parser with a fixed reference year for the two-digit-year window (tests, replays). */
    public TanggalParser(Year referenceYear) {
        this.latestTwoDigitYear = Objects.requireNonNull(referenceYear, "referenceYear").getValue() + 1;
    }

    /** The date, or empty when blank or unreadable. */
    public Optional<LocalDate> parse(CellValue cell) {
        return read(cell).asOptional();
    }

    /** Parses text alone (e.g. a JSON string). */
    public Optional<LocalDate> parse(String text) {
        return read(CellValue.text(text)).asOptional();
    }

    /**
     * @param cell the cell; {@code null} is blank
     * @return the date, blank, or unreadable with an Indonesian reason; never {@code null}
     */
    public Tanggal read(CellValue cell) {
        if (cell == null) {
            return Tanggal.blank();
        }
        String asli = cell.text().trim();
        if (cell.date() != null) {
            return Tanggal.of(cell.date(), asli.isEmpty() ? cell.date().toString() : asli);
        }
        String text = asli;
        while (!text.isEmpty() && "'\u2018\u2019`".indexOf(text.charAt(0)) >= 0) {
            text = text.substring(1).trim();
        }
        if (text.isEmpty()) {
            return Tanggal.blank();
        }
        Tanggal plain = plain(text, asli);
        if (plain != null) {
            return plain;
        }
        Matcher m = SERIAL.matcher(text);
        if (m.matches()) {
            return serial(Integer.parseInt(m.group(1)), asli);
        }
        m = COMPACT.matcher(text);
        if (m.matches()) {
            return date(m.group(1), m.group(2), m.group(3), asli);
        }
        Matcher time = TIME.matcher(text);
        if (time.matches()) {
            text = time.group(1).trim();
        }
        text = DAY_NAME.matcher(text).replaceFirst("");
        if ((m = YMD.matcher(text)).matches()) {
            return date(m.group(1), m.group(2), m.group(3), asli);
        }
        if ((m = DMY.matcher(text)).matches()) {
            return date(m.group(3), m.group(2), m.group(1), asli);
        }
        if ((m = D_MONTH_Y.matcher(text)).matches()) {
            return named(m.group(3), m.group(2), m.group(1), asli);
        }
        if ((m = MONTH_D_Y.matcher(text)).matches()) {
            return named(m.group(3), m.group(1), m.group(2), asli);
        }
        return Tanggal.unreadable(asli, "format tanggal tidak dikenali");
    }

    /**
     * The shapes nearly every export writes, read by hand as the patterns below would read them:
     * digits alone (a serial or {@code yyyyMMdd}), a serial with a fraction, and three groups of
     * digits split by {@code - / .} ({@code 2024-03-05}, {@code 05/03/2024}, {@code 5-3-24}).
     * Such text has no letter, colon or space, so the time and day-name patterns leave it alone
     * and the first pattern that matches it is the one named here. {@code null} for any other
     * text, which goes to the patterns (JFR: the patterns were 1.4 % of the read step).
     */
    private Tanggal plain(String text, String asli) {
        int n = text.length();
        int a = digitsFrom(text, 0);
        if (a == 0) {
            return null;
        }
        if (a == n) {
            if (n <= 5) {
                return serial(Integer.parseInt(text), asli);
            }
            return n == 8 ? date(text.substring(0, 4), text.substring(4, 6), text.substring(6), asli) : null;
        }
        char first = text.charAt(a);
        int b = digitsFrom(text, a + 1);
        if (b == a + 1) {
            return null;
        }
        if (b == n) {
            return (first == '.' || first == ',') && a <= 5 ? serial(Integer.parseInt(text, 0, a, 10), asli) : null;
        }
        int c = digitsFrom(text, b + 1);
        if (c != n || c == b + 1 || !dateSeparator(first) || !dateSeparator(text.charAt(b))) {
            return null;
        }
        int second = b - a - 1;
        int third = c - b - 1;
        if (a == 4 && second <= 2 && third <= 2) {
            return date(text.substring(0, a), text.substring(a + 1, b), text.substring(b + 1), asli);
        }
        if (a <= 2 && second <= 2 && (third == 4 || third == 2)) {
            return date(text.substring(b + 1), text.substring(a + 1, b), text.substring(0, a), asli);
        }
        return null;
    }

    /** Where the run of ASCII digits ({@code \d}) starting at {@code from} ends. */
    private static int digitsFrom(String text, int from) {
        int i = from;
        while (i < text.length() && text.charAt(i) >= '0' && text.charAt(i) <= '9') {
            i++;
        }
        return i;
    }

    private static boolean dateSeparator(char c) {
        return c == '-' || c == '/' || c == '.';
    }

    private Tanggal serial(int serial, String asli) {
        if (serial >= 1900 && serial <= 2100) {
            return Tanggal.unreadable(asli, "hanya tahun, tanpa tanggal dan bulan");
        }
        if (serial < 1 || serial > MAX_SERIAL) {
            return Tanggal.unreadable(asli, "nomor seri tanggal Excel di luar rentang 1-" + MAX_SERIAL);
        }
        if (serial == ExcelSerial.PHANTOM_LEAP_DAY) {
            // Excel counts a 29 February 1900 that never was (a Lotus 1-2-3 compatibility bug).
            return Tanggal.unreadable(asli, "tanggal tidak ada di kalender (29-02-1900)");
        }
        return Tanggal.of(ExcelSerial.day(serial, false), asli);
    }

    private Tanggal named(String year, String monthName, String day, String asli) {
        Integer month = MONTHS.get(TextKey.compact(monthName));
        if (month == null) {
            return Tanggal.unreadable(asli, "nama bulan tidak dikenali");
        }
        return date(year, Integer.toString(month), day, asli);
    }

    private Tanggal date(String year, String month, String day, String asli) {
        int y = Integer.parseInt(year);
        if (year.length() == 2) {
            y = 2000 + y <= latestTwoDigitYear ? 2000 + y : 1900 + y;
        }
        if (y < 1900 || y > 2100) {
            return Tanggal.unreadable(asli, "tahun di luar rentang 1900-2100");
        }
        try {
            return Tanggal.of(LocalDate.of(y, Integer.parseInt(month), Integer.parseInt(day)), asli);
        } catch (DateTimeException e) {
            return Tanggal.unreadable(asli, "tanggal tidak ada di kalender");
        }
    }

    private static Map<String, Integer> months() {
        Map<String, Integer> m = new HashMap<>();
        put(m, 1, "JANUARI", "JAN", "JANUARY");
        put(m, 2, "FEBRUARI", "FEB", "PEBRUARI", "PEB", "FEBRUARY");
        put(m, 3, "MARET", "MAR", "MARCH");
        put(m, 4, "APRIL", "APR");
        put(m, 5, "MEI", "MAY");
        put(m, 6, "JUNI", "JUN", "JUNE");
        put(m, 7, "JULI", "JUL", "JULY");
        put(m, 8, "AGUSTUS", "AGU", "AGT", "AGS", "AGST", "AGUST", "AUG", "AUGUST");
        put(m, 9, "SEPTEMBER", "SEP", "SEPT");
        put(m, 10, "OKTOBER", "OKT", "OCT", "OCTOBER");
        put(m, 11, "NOVEMBER", "NOV", "NOPEMBER", "NOP");
        put(m, 12, "DESEMBER", "DES", "DEC", "DECEMBER");
        return Map.copyOf(m);
    }

    private static void put(Map<String, Integer> m, int month, String... names) {
        for (String n : names) {
            m.put(n, month);
        }
    }
}
