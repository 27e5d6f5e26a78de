package id.rekon.pispk.sample;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

/** Dates written as text, in the forms real exports use. */
final class TextDates {

    enum Style {
        DMY_SLASH, DMY_SHORT, ISO, DMY_DASH, LONG_ID, DASH_ABBR, SPACE_ABBR, SERIAL
    }

    static final String[] BULAN = {"Januari", "Februari", "Maret", "April", "Mei", "Juni", "Juli", "Agustus",
        "September", "Oktober", "November", "Desember"};
    static final String[] BLN = {"Jan", "Feb", "Mar", "Apr", "Mei", "Jun", "Jul", "Agt", "Sep", "Okt", "Nov", "Des"};
    private static final LocalDate EXCEL_EPOCH = LocalDate.of(1899, 12, 30);

    private TextDates() {
    }

    static String format(LocalDate d, Style s) {
        int day = d.getDayOfMonth();
        int m = d.getMonthValue();
        int y = d.getYear();
        switch (s) {
            case DMY_SLASH:
                return two(day) + "/" + two(m) + "/" + y;
            case DMY_SHORT:
                return day + "/" + m + "/" + y;
            case ISO:
                return d.toString();
            case DMY_DASH:
                return two(day) + "-" + two(m) + "-" + y;
            case LONG_ID:
                return day + " " + BULAN[m - 1] + " " + y;
            case DASH_ABBR:
                return two(day) + "-" + BLN[m - 1] + "-" + y;
            case SPACE_ABBR:
                return day + " " + BLN[m - 1] + " " + y;
            case SERIAL:
                return Long.toString(serial(d));
            default:
                throw new IllegalArgumentException(s.name());
        }
    }

    /** Excel's serial day number (1900 date system). */
    static long serial(LocalDate d) {
        return ChronoUnit.DAYS.between(EXCEL_EPOCH, d);
    }

    /** The damage tag a style counts under in the manifest. */
    static String tag(LocalDate d, Style s) {
        switch (s) {
            case SERIAL:
                return "date_serial_text";
            case LONG_ID:
                return "date_month_name";
            case DASH_ABBR:
            case SPACE_ABBR:
                return d.getMonthValue() == 8 ? "date_agt" : "date_month_abbr";
            case DMY_SHORT:
                return "date_d_m_yyyy";
            case ISO:
                return "date_iso";
            case DMY_DASH:
                return "date_dd_mm_yyyy_dash";
            default:
                return null;
        }
    }

    private static String two(int v) {
        return v < 10 ? "0" + v : Integer.toString(v);
    }
}
