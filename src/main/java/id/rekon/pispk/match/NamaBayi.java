package id.rekon.pispk.match;

import id.rekon.pispk.model.Nama;

import java.util.Locale;

/**
 * Recognises a newborn's placeholder name: {@code BY NY SITI}, {@code BY. SITI}, {@code BAYI NY SITI}
 * mean "baby of Mrs Siti", a child not yet named. Its normalised form (titles removed) is the
 * mother's name, not the child's, so it is compared with the other record's mother's name, never
 * with the child's name (probable matching), and is not evidence of a different person (NIK-04,
 * DEMO-03). Detected on the name as given, whose first word is {@code BY} or {@code BAYI}.
 */
public final class NamaBayi {

    private NamaBayi() {
    }

    public static boolean isPlaceholder(Nama nama) {
        return nama != null && isPlaceholder(nama.asli());
    }

    public static boolean isPlaceholder(String asli) {
        if (asli == null) {
            return false;
        }
        String s = asli.toUpperCase(Locale.ROOT).replace('.', ' ').trim();
        int space = s.indexOf(' ');
        String first = space < 0 ? s : s.substring(0, space);
        // A lone "BY"/"BAYI" with nothing after it names nobody; still a placeholder.
        return first.equals("BY") || first.equals("BAYI");
    }
}
