package id.rekon.pispk.normalise;

import java.time.LocalDate;

/**
 * The day an Excel date serial counts, in either of Excel's date systems. Shared by the worksheet
 * reader (a date-formatted number cell) and {@link TanggalParser} (a serial written as text), so the
 * two cannot disagree on a day. Stateless.
 */
public final class ExcelSerial {

    /**
     * Day 60 of the 1900 system: the 29 February 1900 Excel counts and the calendar never had (a
     * Lotus 1-2-3 compatibility bug). Every later serial is one day ahead of a plain count.
     */
    public static final int PHANTOM_LEAP_DAY = 60;

    private static final LocalDate BEFORE_DAY_1 = LocalDate.of(1899, 12, 31);
    private static final LocalDate AFTER_PHANTOM = LocalDate.of(1899, 12, 30);
    private static final LocalDate DAY_0_1904 = LocalDate.of(1904, 1, 1);

    private ExcelSerial() {
    }

    /**
     * The day of a whole-day serial, or {@code null} for the phantom day. The caller checks the range it
     * accepts (Excel's own ends at 31 December 9999).
     */
    public static LocalDate day(long serial, boolean date1904) {
        if (date1904) {
            return DAY_0_1904.plusDays(serial);
        }
        if (serial == PHANTOM_LEAP_DAY) {
            return null;
        }
        return serial < PHANTOM_LEAP_DAY ? BEFORE_DAY_1.plusDays(serial) : AFTER_PHANTOM.plusDays(serial);
    }
}
