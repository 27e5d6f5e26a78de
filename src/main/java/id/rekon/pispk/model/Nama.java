package id.rekon.pispk.model;

import java.util.Objects;

/**
 * A person's name: the original for display, and the normalised form for matching
 * (upper case, accents folded, apostrophes dropped, hyphens as spaces, titles and honorifics
 * removed, repeated spaces folded).
 */
public record Nama(String asli, String normal) {

    public Nama {
        asli = asli == null ? "" : asli;
        normal = normal == null ? "" : normal;
    }

    public boolean isBlank() {
        return normal.isBlank() && asli.isBlank();
    }

    @Override
    public String toString() {
        return "Nama[…]";
    }

    public static Nama of(String asli, String normal) {
        return new Nama(Objects.requireNonNullElse(asli, ""), normal);
    }
}
