package id.rekon.pispk.model;

import java.time.LocalDate;

/**
 * A date written inside Indonesian text ({@code 05 Okt 2026}), the form the workbooks' date cells
 * show ({@code [$-421]dd mmm yyyy}), so a value in a sentence reads like the date beside it. ISO
 * dates in text read as foreign, and {@code 05/10} is ambiguous to a reader used to either order.
 */
public final class TanggalTeks {

    /**
     * Spelt out rather than taken from the JDK's locale data, whose Indonesian abbreviations have
     * changed between releases ({@code Agt}/{@code Agu}).
     */
    private static final String[] BULAN = {"Jan", "Feb", "Mar", "Apr", "Mei", "Jun", "Jul", "Agu", "Sep", "Okt",
        "Nov", "Des"};

    private TanggalTeks() {
    }

    /** {@code 05 Okt 2026}; empty for {@code null}. */
    public static String of(LocalDate d) {
        if (d == null) {
            return "";
        }
        // Not String.format: the rules write this for every record they describe, and formatting was
        // a quarter of the rules thread's samples (JFR, 50,000 families).
        int day = d.getDayOfMonth();
        StringBuilder text = new StringBuilder(11);
        if (day < 10) {
            text.append('0');
        }
        return text.append(day).append(' ').append(BULAN[d.getMonthValue() - 1]).append(' ').append(d.getYear())
                .toString();
    }
}
