package id.rekon.pispk.store;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Comparator;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;

/**
 * The payloads of tonight's records, beside the store's database: one append-only file per input
 * file (part), each payload a length and its bytes. The database keeps a {@linkplain #ref reference}
 * (part and offset in one {@code BIGINT}) where it kept the payload itself.
 *
 * <p>Why not in the database: the engine's appender copied every payload into its column storage,
 * compressed it at each checkpoint and carried it through every sort and derived table, although
 * nothing ever looks inside a payload in SQL. Appending them to a plain file costs a buffered write;
 * the sorts of the rules step and the matcher's work tables then move a number per row instead of a
 * few hundred bytes (docs/performance.md, issue 9's third round).
 *
 * <p>Files are read at positions, one system call per payload, not mapped: the rules step reads in
 * NIK order across every file, and maps counted all those pages in the process's resident memory
 * (3.3 GB at 300,000 families against 2.3 GB without, over the 3 GB the job is allowed). A part's
 * file is replaced, not truncated, when the input file is read again after a failure.
 *
 * <p>Thread-safe: one writer per part at a time (the read step's partitions), any number of readers
 * once the part is committed.
 */
final class PayloadFiles implements AutoCloseable {

    /** Bits of a reference that hold the offset: 1 TiB per input file. */
    private static final int OFFSET_BITS = 40;
    private static final long OFFSET_MASK = (1L << OFFSET_BITS) - 1;
    static final int FIRST_READ = 1024;

    private final Path dir;
    private final Map<Integer, Part> parts = new ConcurrentHashMap<>();

    PayloadFiles(Path dir) {
        this.dir = dir;
    }

    /** The folder beside a store's database file. */
    static Path dirOf(Path storeFile) {
        return storeFile.resolveSibling(storeFile.getFileName() + ".payload");
    }

    /** Starts the part's file afresh (an earlier attempt's payloads are dropped with its rows). */
    Writer writer(int part) {
        if (part < 0 || part >= (1 << (63 - OFFSET_BITS))) {
            throw new IllegalArgumentException("part " + part);
        }
        Part old = parts.remove(part);
        if (old != null) {
            old.close();
        }
        try {
            createOwnerOnlyDir(dir);
            Path file = file(part);
            Files.deleteIfExists(file);
            return new Writer(part, FileChannel.open(file, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The payload a reference points to. */
    byte[] read(long ref) {
        int part = (int) (ref >>> OFFSET_BITS);
        long offset = ref & OFFSET_MASK;
        return parts.computeIfAbsent(part, this::open).read(offset);
    }

    static long ref(int part, long offset) {
        return ((long) part << OFFSET_BITS) | offset;
    }

    /** Forgets every part and deletes the folder (a new run, or the run is over). */
    void deleteAll() {
        close();
        delete(dir);
    }

    static void delete(Path dir) {
        if (!Files.isDirectory(dir)) {
            return;
        }
        try (Stream<Path> files = Files.walk(dir)) {
            for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        parts.values().forEach(Part::close);
        parts.clear();
    }

    private Path file(int part) {
        return dir.resolve("part-" + part + ".bin");
    }

    private Part open(int part) {
        try {
            return new Part(FileChannel.open(file(part), StandardOpenOption.READ));
        } catch (IOException e) {
            throw new StoreException("Data malam ini tidak dapat dibaca (" + file(part).getFileName() + "): "
                    + e.getMessage() + ". Jalankan ulang malam ini dengan --force agar data dibaca ulang.", e);
        }
    }

    private static void createOwnerOnlyDir(Path dir) throws IOException {
        if (Files.isDirectory(dir)) {
            return;
        }
        if (FileSystems.getDefault().supportedFileAttributeViews().contains("posix")) {
            Files.createDirectories(dir, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwx------")));
        } else {
            Files.createDirectories(dir);
        }
    }

    /**
     * A committed part's file, read at positions. Each read takes one system call for a payload of up
     * to {@value #FIRST_READ} bytes (nearly all of them) into a buffer of the reading thread.
     */
    private static final class Part {

        private static final ThreadLocal<ByteBuffer> BUFFER =
                ThreadLocal.withInitial(() -> ByteBuffer.allocateDirect(FIRST_READ));

        private final FileChannel channel;

        Part(FileChannel channel) {
            this.channel = channel;
        }

        byte[] read(long offset) {
            try {
                ByteBuffer b = BUFFER.get().clear();
                int got = channel.read(b, offset);
                b.flip();
                int length = 0;
                int header = 0;
                for (int shift = 0; ; shift += 7) {
                    if (header >= got || shift > 28) {
                        throw broken("panjang data tidak sah");
                    }
                    int v = b.get(header++);
                    length |= (v & 0x7F) << shift;
                    if (v >= 0) {
                        break;
                    }
                }
                byte[] out = new byte[length];
                int inBuffer = Math.min(length, got - header);
                b.get(header, out, 0, inBuffer);
                int done = inBuffer;
                while (done < length) {
                    int n = channel.read(ByteBuffer.wrap(out, done, length - done), offset + header + done);
                    if (n < 0) {
                        throw broken("data melewati akhir berkas");
                    }
                    done += n;
                }
                return out;
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        private static StoreException broken(String why) {
            return new StoreException("Data malam ini rusak (" + why + "). Jalankan ulang malam ini dengan --force agar"
                    + " data dibaca ulang.", null);
        }

        void close() {
            try {
                channel.close();
            } catch (IOException ignored) {
                // read-only
            }
        }
    }

    /** Appends one part's payloads; {@link #commit} makes them durable before the rows that point to them. */
    static final class Writer implements AutoCloseable {

        private final int part;
        private final FileChannel channel;
        private final OutputStream out;
        private long offset;

        private Writer(int part, FileChannel channel) {
            this.part = part;
            this.channel = channel;
            this.out = new BufferedOutputStream(Channels.newOutputStream(channel), 1 << 16);
        }

        /** Appends a payload and returns its reference. */
        long append(byte[] payload) {
            long ref = ref(part, offset);
            try {
                int n = payload.length;
                while ((n & ~0x7F) != 0) {
                    out.write((n & 0x7F) | 0x80);
                    n >>>= 7;
                    offset++;
                }
                out.write(n);
                out.write(payload);
                offset += 1 + payload.length;
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            if (offset > OFFSET_MASK) {
                throw new StoreException("Berkas masukan terlalu besar untuk data malam ini", null);
            }
            return ref;
        }

        /** Writes what is buffered and forces it to disk. */
        void commit() {
            try {
                out.flush();
                channel.force(false);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        @Override
        public void close() {
            try {
                out.close();
            } catch (IOException ignored) {
                // an uncommitted part is written again from its first row
            }
        }
    }
}
