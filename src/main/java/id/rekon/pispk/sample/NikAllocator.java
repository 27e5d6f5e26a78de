package id.rekon.pispk.sample;

import id.rekon.pispk.model.Sex;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;

/**
 * Issues unique, well-formed NIKs: {@code PPKKCC} region, {@code DDMMYY} birth date (day + 40
 * for women), then a serial counted from {@code 0001} per region, date and sex, exactly as
 * Dukcapil numbers them. Uniqueness holds across the whole run without remembering any NIK: one
 * small counter array per region (about 150 KB each, a few dozen regions).
 */
final class NikAllocator {

    private static final int SLOTS = 100 * 12 * 32 * 2;

    private final Map<String, short[]> counters = new HashMap<>();

    /** A new NIK for someone first registered in {@code region6} (six digits). */
    String allocate(String region6, LocalDate encodedDate, Sex encodedSex) {
        short[] c = counters.computeIfAbsent(region6, k -> new short[SLOTS]);
        int slot = (((encodedDate.getYear() % 100) * 12 + encodedDate.getMonthValue() - 1) * 32
                + encodedDate.getDayOfMonth() - 1) * 2 + (encodedSex == Sex.P ? 1 : 0);
        int serial = ++c[slot];
        if (serial > 9999) {
            throw new IllegalStateException("NIK serials exhausted for one region and date");
        }
        return encode(region6, encodedDate, encodedSex, serial);
    }

    static String encode(String region6, LocalDate date, Sex sex, int serial) {
        int day = date.getDayOfMonth() + (sex == Sex.P ? 40 : 0);
        return region6 + two(day) + two(date.getMonthValue()) + two(date.getYear() % 100)
                + String.format("%04d", serial);
    }

    private static String two(int v) {
        return v < 10 ? "0" + v : Integer.toString(v);
    }
}
