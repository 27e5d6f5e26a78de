package id.rekon.pispk.output;

import java.nio.charset.StandardCharsets;

/**
 * A file name that fits the file system: most allow 255 bytes, and an operator's export may already be
 * 250 bytes long, so a name made from it (a temporary file, a reason file) is cut to fit rather than
 * failing the step. Pure, thread safe.
 */
public final class BoundedName {

    /** Bytes of a file name most file systems allow (ext4, XFS, NTFS in UTF-16 units). */
    public static final int MAX_BYTES = 255;

    private BoundedName() {
    }

    /**
     * {@code stem + suffix}, with {@code stem} cut so that the whole stays within {@link #MAX_BYTES}
     * UTF-8 bytes (never inside a character); {@code suffix} is always kept whole.
     */
    public static String of(String stem, String suffix) {
        int room = MAX_BYTES - suffix.getBytes(StandardCharsets.UTF_8).length;
        StringBuilder kept = new StringBuilder();
        int bytes = 0;
        for (int i = 0; i < stem.length(); ) {
            int cp = stem.codePointAt(i);
            int size = cp < 0x80 ? 1 : cp < 0x800 ? 2 : cp < 0x10000 ? 3 : 4;
            if (bytes + size > room) {
                break;
            }
            kept.appendCodePoint(cp);
            bytes += size;
            i += Character.charCount(cp);
        }
        return kept + suffix;
    }
}
