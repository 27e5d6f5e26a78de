package id.rekon.pispk.output;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * File names that work on Windows (where puskesmas staff open the outputs) as well as on Linux:
 * {@code < > : " / \ | ? *} and control characters become {@code _}, runs of whitespace become one space, no
 * leading or trailing dot or space, reserved device names ({@code CON}, {@code PRN}, {@code AUX},
 * {@code NUL}, {@code COM1}..{@code COM9}, {@code LPT1}..{@code LPT9}, whatever the extension) get
 * a {@code _} appended, and the length is capped. Pure, thread safe.
 */
public final class SafeFileName {

    /** Cap on the whole name in characters; well under Windows' 255 and leaves room for a path. */
    public static final int MAX_LENGTH = 120;

    private static final Pattern FORBIDDEN = Pattern.compile("[<>:\"/\\\\|?*\\p{Cntrl}\\u0080-\\u009F]");
    private static final Pattern SPACES = Pattern.compile("\\s+");
    private static final Set<String> RESERVED = Set.of("CON", "PRN", "AUX", "NUL",
            "COM1", "COM2", "COM3", "COM4", "COM5", "COM6", "COM7", "COM8", "COM9",
            "LPT1", "LPT2", "LPT3", "LPT4", "LPT5", "LPT6", "LPT7", "LPT8", "LPT9");

    private SafeFileName() {
    }

    /**
     * A safe name made of {@code base} followed by {@code extension} (with its dot, e.g.
     * {@code ".xlsx"}, or empty); {@code fallback} replaces a base that cleans to nothing.
     */
    public static String of(String base, String extension, String fallback) {
        String ext = extension == null ? "" : extension;
        String name = clean(base == null ? "" : base);
        if (name.isEmpty()) {
            name = clean(fallback);
        }
        int room = MAX_LENGTH - ext.length();
        if (name.length() > room) {
            name = trimEnds(name.substring(0, room));
        }
        String stem = name.contains(".") ? name.substring(0, name.indexOf('.')) : name;
        if (RESERVED.contains(stem.trim().toUpperCase(Locale.ROOT))) {
            name = name + "_";
        }
        return name + ext;
    }

    private static String clean(String text) {
        // whitespace (tabs, line breaks) first becomes one space; other control characters become _
        String s = SPACES.matcher(text).replaceAll(" ");
        s = FORBIDDEN.matcher(s).replaceAll("_");
        return trimEnds(s);
    }

    /** Windows drops trailing dots and spaces; leading ones hide files or look like options. */
    private static String trimEnds(String s) {
        int from = 0;
        int to = s.length();
        while (from < to && (s.charAt(from) == ' ' || s.charAt(from) == '.')) {
            from++;
        }
        while (to > from && (s.charAt(to - 1) == ' ' || s.charAt(to - 1) == '.')) {
            to--;
        }
        return s.substring(from, to);
    }
}
