package id.rekon.pispk.normalise;

import java.time.LocalDate;
import java.util.Optional;

/**
 * A date cell as {@link TanggalParser} read it: a date, blank, or unreadable with a reason.
 *
 * @param value  the date, or {@code null} when blank or unreadable
 * @param asli   the text as it arrived (trimmed), {@code ""} when blank; quoted in reject reasons
 * @param reason why the text is not a date (Indonesian, e.g. {@code tanggal tidak ada di
 *               kalender}); {@code null} when read or blank
 */
public record Tanggal(LocalDate value, String asli, String reason) {

    private static final Tanggal BLANK = new Tanggal(null, "", null);

    public Tanggal {
        asli = asli == null ? "" : asli;
        if (value != null && reason != null) {
            throw new IllegalArgumentException("a read date has no reason");
        }
    }

    public static Tanggal blank() {
        return BLANK;
    }

    public static Tanggal of(LocalDate value, String asli) {
        return new Tanggal(value, asli, null);
    }

    public static Tanggal unreadable(String asli, String reason) {
        return new Tanggal(null, asli, reason);
    }

    /** Whether nothing was given. */
    public boolean isBlank() {
        return value == null && reason == null;
    }

    /** Whether something was given that is not a date. */
    public boolean isUnreadable() {
        return reason != null;
    }

    public Optional<LocalDate> asOptional() {
        return Optional.ofNullable(value);
    }

    /**
     * The reject text for a required column: {@code <column> kosong} when blank, or
     * {@code <column> tidak dapat dibaca: "<asli>" (<reason>)} when unreadable; {@code null}
     * when there is a date.
     */
    public String problem(String column) {
        if (value != null) {
            return null;
        }
        if (isBlank()) {
            return column + " kosong";
        }
        return column + " tidak dapat dibaca: \"" + asli + "\" (" + reason + ")";
    }
}
