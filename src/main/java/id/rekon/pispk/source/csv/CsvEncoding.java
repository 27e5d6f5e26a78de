package id.rekon.pispk.source.csv;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The character encoding of a CSV file, told from its bytes: a byte order mark (UTF-8, or the
 * UTF-16 that Excel's "Unicode Text" writes), else UTF-8 when the whole file decodes as UTF-8, else
 * Windows-1252 (what Indonesian-locale Excel writes, where {@code JOSÉ} is one byte {@code C9}),
 * with a warning in the log, since a UTF-8 file with one damaged byte lands there too.
 * The whole file is decoded once to decide, in constant memory: a single Windows-1252 byte deep in
 * the file must not turn into a replacement character.
 *
 * @param charset    the encoding
 * @param bomLength  bytes of byte order mark to skip before reading
 */
public record CsvEncoding(Charset charset, int bomLength) {

    private static final Logger LOG = LoggerFactory.getLogger(CsvEncoding.class);

    /**
     * The files already warned about (path, size, last change): the rejected-rows report opens a file
     * again after the read step for its header, and the operator needs the warning once per file, not
     * once per opening. A file changed since is warned about again.
     */
    private static final Set<String> WARNED = ConcurrentHashMap.newKeySet();

    /** Windows-1252, the fallback for files that are not valid UTF-8. */
    public static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

    public static CsvEncoding detect(Path file) throws IOException {
        byte[] head;
        try (InputStream in = Files.newInputStream(file)) {
            head = in.readNBytes(3);
        }
        if (head.length >= 3 && (head[0] & 0xFF) == 0xEF && (head[1] & 0xFF) == 0xBB && (head[2] & 0xFF) == 0xBF) {
            return new CsvEncoding(StandardCharsets.UTF_8, 3);
        }
        if (head.length >= 2 && (head[0] & 0xFF) == 0xFF && (head[1] & 0xFF) == 0xFE) {
            return new CsvEncoding(StandardCharsets.UTF_16LE, 2);
        }
        if (head.length >= 2 && (head[0] & 0xFF) == 0xFE && (head[1] & 0xFF) == 0xFF) {
            return new CsvEncoding(StandardCharsets.UTF_16BE, 2);
        }
        if (isUtf8(file)) {
            return new CsvEncoding(StandardCharsets.UTF_8, 0);
        }
        // Said aloud: a UTF-8 export with one damaged byte reads as Windows-1252, so its accented
        // letters come out as two odd characters each; the operator should know why.
        if (WARNED.add(file.toAbsolutePath() + "|" + Files.size(file) + "|" + Files.getLastModifiedTime(file).toMillis())) {
            LOG.warn("Berkas {} bukan UTF-8 yang sah (ada byte yang tidak dapat dibaca sebagai UTF-8); dibaca sebagai "
                    + "Windows-1252. Jika huruf beraksen tampak aneh di hasilnya, simpan ulang berkas itu sebagai CSV UTF-8.",
                    file.getFileName());
        }
        return new CsvEncoding(WINDOWS_1252, 0);
    }

    private static boolean isUtf8(Path file) throws IOException {
        CharsetDecoder strict = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        char[] buffer = new char[8192];
        try (Reader reader = new InputStreamReader(Files.newInputStream(file), strict)) {
            while (reader.read(buffer) >= 0) {
                // decoding is the check
            }
            return true;
        } catch (CharacterCodingException e) {
            return false;
        }
    }

    /** A reader of the file's text from its start, byte order mark skipped. */
    public Reader open(Path file) throws IOException {
        InputStream in = Files.newInputStream(file);
        try {
            in.skipNBytes(bomLength);
        } catch (IOException e) {
            in.close();
            throw e;
        }
        return new InputStreamReader(in, charset);
    }
}
