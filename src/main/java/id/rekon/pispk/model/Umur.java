package id.rekon.pispk.model;

import java.time.LocalDate;
import java.time.Period;

/**
 * Ages in whole months, the spec's definition.
 *
 * <p>The spec says "as {@link Period} counts them" and gives two examples: born 13 Nov 2021 is 59
 * months on 1 Nov 2026, and born 31 January is 1 month on 28 February. {@code Period.between}
 * alone gives 0 months for the second (P28D), so we count the way {@link LocalDate#plusMonths}
 * does: the age is the largest {@code n} with {@code lahir.plusMonths(n) <= pada}, where a
 * birthday on a day the month lacks falls on the month's last day. Both examples hold; see
 * {@code docs/aturan.md}.
 */
public final class Umur {

    private Umur() {
    }

    /**
     * Whole months between birth and the reference date; {@code null} when either is unknown;
     * negative when the reference date is before birth.
     */
    public static Integer bulan(LocalDate lahir, LocalDate pada) {
        if (lahir == null || pada == null) {
            return null;
        }
        long n = Period.between(lahir, pada).toTotalMonths();
        if (n >= 0 && !lahir.plusMonths(n + 1).isAfter(pada)) {
            n++;
        }
        return (int) n;
    }
}
