package id.rekon.pispk.model;

import java.time.LocalDate;
import java.util.Locale;

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
        return d == null ? ""
                : String.format(Locale.ROOT, "%02d %s %d", d.getDayOfMonth(), BULAN[d.getMonthValue() - 1], d.getYear());
    }
}
