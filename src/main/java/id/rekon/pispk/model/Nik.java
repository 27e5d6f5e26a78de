package id.rekon.pispk.model;

import java.util.Objects;

/**
 * A NIK (or No KK) as it arrived, with its classification. Never repaired: {@code digits} is
 * what the source gave with separators stripped, whatever its length.
 *
 * @param raw    the text as read (trimmed), never {@code null}; empty when blank
 * @param digits the digits of {@code raw} with spaces, dots, dashes and a leading apostrophe
 *               removed; empty when blank; for a damaged value, the digits Excel produced
 * @param status the classification
 * @param reason a short Indonesian explanation when the status is not {@link NikStatus#VALID}
 */
public record Nik(String raw, String digits, NikStatus status, String reason) {

    private static final Nik BLANK = new Nik("", "", NikStatus.BLANK, "NIK kosong");

    public Nik {
        Objects.requireNonNull(raw, "raw");
        Objects.requireNonNull(digits, "digits");
        Objects.requireNonNull(status, "status");
        reason = reason == null ? "" : reason;
    }

    public static Nik blank() {
        return BLANK;
    }

    /** Whether this NIK may join records across sources (valid, or inconsistent but flagged). */
    public boolean isKey() {
        return status.isKey();
    }

    /** The join key: the 16 digits when {@link #isKey()}, otherwise {@code null}. */
    public String key() {
        return isKey() ? digits : null;
    }

    /** Masked form for logs: {@code 5302…0123}. Never log a NIK any other way. */
    public String masked() {
        return mask(digits.isEmpty() ? raw : digits);
    }

    /** Masks any identifier-like text for logs: first four and last four characters kept. */
    public static String mask(String value) {
        if (value == null || value.isEmpty()) {
            return "";
        }
        if (value.length() <= 8) {
            return "…";
        }
        return value.substring(0, 4) + "…" + value.substring(value.length() - 4);
    }

    @Override
    public String toString() {
        return "Nik[" + masked() + ", " + status + "]";
    }
}
