package id.rekon.pispk.output;

import java.io.IOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Set;

/**
 * Files and folders the product creates hold personal data (NIK, names, birth dates of a whole
 * kabupaten), so on POSIX systems they are the owner's only: folders {@code 0700}, files
 * {@code 0600}, whatever the process's umask. On other file systems (Windows) nothing is changed:
 * there the folder's access list decides.
 */
public final class OwnerOnly {

    private static final boolean POSIX = FileSystems.getDefault().supportedFileAttributeViews().contains("posix");
    private static final Set<PosixFilePermission> FOLDER = PosixFilePermissions.fromString("rwx------");
    private static final Set<PosixFilePermission> FILE = PosixFilePermissions.fromString("rw-------");

    private OwnerOnly() {
    }

    /**
     * Creates {@code dir} and any missing parents owner-only; folders that already exist are left as
     * they are (an operator may have chosen their rights), except {@code dir} itself when created here.
     */
    public static Path createDirectories(Path dir) throws IOException {
        Path absolute = dir.toAbsolutePath().normalize();
        if (Files.isDirectory(absolute)) {
            return dir;
        }
        Path parent = absolute.getParent();
        if (parent != null && !Files.isDirectory(parent)) {
            createDirectories(parent);
        }
        if (POSIX) {
            try {
                Files.createDirectory(absolute, PosixFilePermissions.asFileAttribute(FOLDER));
            } catch (FileAlreadyExistsException e) {
                return dir; // created meanwhile by another thread or process
            }
            Files.setPosixFilePermissions(absolute, FOLDER); // the umask may have taken bits away or not
        } else {
            Files.createDirectories(absolute);
        }
        return dir;
    }

    /** Makes a file the owner's only ({@code 0600}); symbolic links are not followed. */
    public static void restrict(Path file) throws IOException {
        if (POSIX && Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS)) {
            Files.setPosixFilePermissions(file, FILE);
        }
    }

    /** Makes a folder the owner's only ({@code 0700}); symbolic links are not followed. */
    public static void restrictFolder(Path dir) throws IOException {
        if (POSIX && Files.isDirectory(dir, LinkOption.NOFOLLOW_LINKS)) {
            Files.setPosixFilePermissions(dir, FOLDER);
        }
    }
}
