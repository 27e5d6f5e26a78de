package id.rekon.pispk.source;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Tells a file's format from its first bytes, never from its name (operators rename exports, and
 * some systems save CSV with an {@code .xls} extension): zip signature {@code PK} is XLSX, the OLE2
 * signature {@code D0 CF 11 E0} is XLS, a first non-blank character {@code [} or {@code {} is JSON,
 * anything else CSV. Stateless and thread-safe.
 */
public final class FormatSniffer {

    private static final int PROBE = 4096;

    private FormatSniffer() {
    }

    public static FileFormat sniff(Path file) throws IOException {
        byte[] head;
        try (InputStream in = Files.newInputStream(file)) {
            head = in.readNBytes(PROBE);
        }
        return sniff(head);
    }

    /** Format of content starting with {@code head} (any length, empty allowed). */
    public static FileFormat sniff(byte[] head) {
        if (startsWith(head, 0x50, 0x4B, 0x03, 0x04)) {
            return FileFormat.XLSX;
        }
        if (startsWith(head, 0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1)) {
            return FileFormat.XLS;
        }
        int i = startsWith(head, 0xEF, 0xBB, 0xBF) ? 3 : 0;
        while (i < head.length && isBlank(head[i])) {
            i++;
        }
        if (i < head.length && (head[i] == '[' || head[i] == '{')) {
            return FileFormat.JSON;
        }
        return FileFormat.CSV;
    }

    private static boolean isBlank(byte b) {
        return b == ' ' || b == '\t' || b == '\r' || b == '\n';
    }

    private static boolean startsWith(byte[] head, int... signature) {
        if (head.length < signature.length) {
            return false;
        }
        for (int i = 0; i < signature.length; i++) {
            if ((head[i] & 0xFF) != signature[i]) {
                return false;
            }
        }
        return true;
    }
}
