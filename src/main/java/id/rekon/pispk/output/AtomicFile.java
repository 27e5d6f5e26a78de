package id.rekon.pispk.output;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.SecureRandom;
import java.util.Objects;

/**
 * A file written whole or not at all: bytes go to a temporary file in the target's own folder
 * (same file system, so the final rename is atomic), and {@link #commit()} moves it over the
 * target with {@code ATOMIC_MOVE, REPLACE_EXISTING}. Closing without commit deletes the temporary
 * file, so a failure leaves the previous target (or none), never half a file, and no stray
 * temporary file. Not thread safe: one writer per instance.
 *
 * <pre>{@code
 * try (AtomicFile file = AtomicFile.begin(target)) {
 *     writeTo(file.output());
 *     file.commit();
 * }
 * }</pre>
 */
public final class AtomicFile implements AutoCloseable {

    /** Temporary files start with this, so an operator recognises a leftover of a killed JVM. */
    static final String TEMP_PREFIX = ".rekon-";
    static final String TEMP_SUFFIX = ".tmp";

    /** Body of {@link #write(Path, Body)}. */
    @FunctionalInterface
    public interface Body {
        void writeTo(OutputStream out) throws IOException;
    }

    private static final SecureRandom RANDOM = new SecureRandom();

    private final Path target;
    private final Path temp;
    private OutputStream output;
    private boolean committed;

    private AtomicFile(Path target, Path temp) {
        this.target = target;
        this.temp = temp;
    }

    /** Creates the target's folder if needed and opens a temporary file beside the target. */
    public static AtomicFile begin(Path target) throws IOException {
        Objects.requireNonNull(target, "target");
        Path absolute = target.toAbsolutePath();
        Path dir = absolute.getParent();
        OwnerOnly.createDirectories(dir);
        // The name stays within the file system's 255 bytes however long the target's is; the
        // file is the owner's only (OwnerOnly): every output holds personal data.
        String suffix = "." + Long.toUnsignedString(RANDOM.nextLong(), 36) + TEMP_SUFFIX;
        Path temp = Files.createFile(dir.resolve(BoundedName.of(TEMP_PREFIX + absolute.getFileName(), suffix)));
        OwnerOnly.restrict(temp);
        return new AtomicFile(absolute, temp);
    }

    /** Writes {@code target} atomically with {@code body}; the stream is buffered and closed here. */
    public static void write(Path target, Body body) throws IOException {
        try (AtomicFile file = begin(target)) {
            body.writeTo(file.output());
            file.commit();
        }
    }

    public Path target() {
        return target;
    }

    /** The temporary file; for writers (such as POI) that want a path rather than a stream. */
    public Path temp() {
        return temp;
    }

    /** A buffered stream onto the temporary file; the same stream on every call. */
    public OutputStream output() throws IOException {
        if (output == null) {
            output = new BufferedOutputStream(Files.newOutputStream(temp), 1 << 16);
        }
        return output;
    }

    /** Flushes, closes and moves the temporary file over the target. */
    public void commit() throws IOException {
        if (committed) {
            throw new IllegalStateException("sudah di-commit: " + target);
        }
        if (output != null) {
            output.close();
        }
        try {
            Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            // Same folder, so this only happens on odd file systems; a plain replace is the best left.
            Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
        }
        committed = true;
    }

    /** Deletes the temporary file unless committed. Never throws for the cleanup itself. */
    @Override
    public void close() throws IOException {
        if (committed) {
            return;
        }
        try {
            if (output != null) {
                output.close();
            }
        } catch (IOException | UncheckedIOException ignored) {
            // the write already failed; the temp file is deleted below either way
        } finally {
            Files.deleteIfExists(temp);
        }
    }
}
