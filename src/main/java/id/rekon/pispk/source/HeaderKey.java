package id.rekon.pispk.source;

import java.util.Locale;

/**
 * Header names are matched case-insensitively, ignoring spaces, dots, slashes, underscores and
 * hyphens (the spec's rule): {@code "Tgl. Lahir"}, {@code "TGL_LAHIR"} and {@code "tgl lahir"} all
 * give {@code "tgllahir"}.
 */
public final class HeaderKey {

    private HeaderKey() {
    }

    public static String of(String header) {
        if (header == null) {
            return "";
        }
        StringBuilder sb = new StringBuilder(header.length());
        for (int i = 0; i < header.length(); i++) {
            char c = header.charAt(i);
            if (c == '\uFEFF' || Character.isWhitespace(c) || c == '\u00A0' || c == '.' || c == '/'
                    || c == '_' || c == '-' || c == '\\') {
                continue;
            }
            sb.append(c);
        }
        return sb.toString().toLowerCase(Locale.ROOT);
    }
}
