package id.rekon.pispk.job;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/** Lists the files of an inbox that are exports to read, and checksums them. */
public final class InboxFiles {

    private InboxFiles() {
    }

    /**
     * Regular files of the folder, by name. Hidden files, Office lock files ({@code ~$…}) and files
     * still being copied by common tools ({@code .part}, {@code .tmp}, {@code .crdownload}) are left out.
     */
    public static List<Path> list(Path inbox) {
        if (!Files.isDirectory(inbox)) {
            throw new JobDefinitionException("Folder inbox tidak ditemukan: " + inbox.toAbsolutePath().normalize());
        }
        try (Stream<Path> s = Files.list(inbox)) {
            return s.filter(Files::isRegularFile).filter(p -> isExport(p.getFileName().toString())).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException("Folder inbox tidak dapat dibaca: " + inbox, e);
        }
    }

    static boolean isExport(String name) {
        String lower = name.toLowerCase(Locale.ROOT);
        return !lower.startsWith(".") && !lower.startsWith("~$") && !lower.endsWith(".part") && !lower.endsWith(".tmp")
                && !lower.endsWith(".crdownload");
    }

    public static String sha256(Path file) {
        try (InputStream in = new DigestInputStream(Files.newInputStream(file), MessageDigest.getInstance("SHA-256"))) {
            byte[] buf = new byte[64 * 1024];
            while (in.read(buf) >= 0) {
                // reading feeds the digest
            }
            return HexFormat.of().formatHex(((DigestInputStream) in).getMessageDigest().digest());
        } catch (IOException e) {
            throw new UncheckedIOException("Berkas tidak dapat dibaca: " + file, e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
