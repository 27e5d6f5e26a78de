package id.rekon.pispk.job.launch;

import id.rekon.pispk.model.PersonalData;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/** Lists the files of an inbox that are exports to read, tells finished files from ones still being copied, and checksums them. */
public final class InboxFiles {

    private static final Logger log = LoggerFactory.getLogger(InboxFiles.class);

    private InboxFiles() {
    }

    /**
     * The exports of the inbox (as {@link #list}), split into files ready to read and files changed less
     * than {@code stabil} before {@code now}: those may still be being copied and are left for the next run.
     *
     * <p>"Changed" is the later of the file's modification time and, where the file system has one, its
     * status-change time (ctime): copy tools may set the modification time to the source's, but a write
     * always moves the ctime. Moving a file into the inbox moves the ctime too, so it then waits the window
     * once, which is harmless.
     *
     * @param stabil {@link Duration#ZERO} takes every file
     */
    public static InboxScan scan(Path inbox, Duration stabil, Instant now) {
        List<Path> ready = new ArrayList<>();
        List<Path> copying = new ArrayList<>();
        for (Path f : list(inbox, true)) {
            if (stabil.isZero() || !lastChange(f).isAfter(now.minus(stabil))) {
                ready.add(f);
            } else {
                copying.add(f);
            }
        }
        return new InboxScan(ready, copying);
    }

    /** The later of the modification time and (where supported) the status-change time. */
    public static Instant lastChange(Path f) {
        try {
            Instant modified = Files.getLastModifiedTime(f).toInstant();
            Instant changed = ctime(f);
            return changed != null && changed.isAfter(modified) ? changed : modified;
        } catch (IOException e) {
            throw new UncheckedIOException("Berkas tidak dapat dibaca: " + f, e);
        }
    }

    private static Instant ctime(Path f) {
        try {
            Object t = Files.getAttribute(f, "unix:ctime");
            return t instanceof FileTime ft ? ft.toInstant() : null;
        } catch (UnsupportedOperationException | IllegalArgumentException | IOException e) {
            return null;
        }
    }

    /** The files of one scan: ready to read, and (probably) still being copied. */
    public record InboxScan(List<Path> ready, List<Path> stillCopying) {
        public InboxScan {
            ready = List.copyOf(ready);
            stillCopying = List.copyOf(stillCopying);
        }
    }

    /**
     * Regular files of the folder, by name. Hidden files, Office lock files ({@code ~$…}), files
     * still being copied by common tools ({@code .part}, {@code .tmp}, {@code .crdownload}) and checksum
     * lists ({@code .sha256}, such as an archive's {@code MANIFEST.sha256}) are left out.
     *
     * <p>Symbolic links are never followed (a link to {@code /etc/passwd} would be read, logged and
     * archived), and neither is anything else that is not a regular file (a subfolder, a FIFO, whose
     * read would block the night): each is left alone ({@link #scan} names each in a warning, once a run).
     */
    public static List<Path> list(Path inbox) {
        return list(inbox, false);
    }

    private static List<Path> list(Path inbox, boolean report) {
        if (!Files.isDirectory(inbox)) {
            throw new JobDefinitionException("Folder inbox tidak ditemukan: " + inbox.toAbsolutePath().normalize());
        }
        List<Path> files = new ArrayList<>();
        try (Stream<Path> s = Files.list(inbox)) {
            for (Path p : s.sorted().toList()) {
                String name = p.getFileName().toString();
                if (!isExport(name)) {
                    continue;
                }
                if (Files.isRegularFile(p, LinkOption.NOFOLLOW_LINKS)) {
                    files.add(p);
                } else if (report) {
                    log.warn("{} di {} bukan berkas biasa ({}); dibiarkan dan tidak dibaca. Letakkan berkas ekspornya "
                            + "sendiri (bukan tautan atau folder) di folder itu.", PersonalData.mask(name),
                            inbox.toAbsolutePath().normalize(), what(p));
                }
            }
            return List.copyOf(files);
        } catch (IOException e) {
            throw new UncheckedIOException("Folder inbox tidak dapat dibaca: " + inbox, e);
        }
    }

    private static String what(Path p) {
        if (Files.isSymbolicLink(p)) {
            return "tautan simbolik";
        }
        if (Files.isDirectory(p, LinkOption.NOFOLLOW_LINKS)) {
            return "folder";
        }
        return "berkas khusus, misalnya FIFO atau soket";
    }

    static boolean isExport(String name) {
        String lower = name.toLowerCase(Locale.ROOT);
        return !lower.startsWith(".") && !lower.startsWith("~$") && !lower.endsWith(".part") && !lower.endsWith(".tmp")
                && !lower.endsWith(".crdownload") && !lower.endsWith(".sha256");
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
