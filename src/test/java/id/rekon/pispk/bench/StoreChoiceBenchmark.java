package id.rekon.pispk.bench;

import org.duckdb.DuckDBAppender;
import org.duckdb.DuckDBConnection;
import org.duckdb.DuckDBDriver;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.PriorityQueue;
import java.util.Random;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.locks.LockSupport;

/**
 * Measures the store of tonight's records: embedded DuckDB against an external merge sort of our own
 * in plain Java, on the same synthetic records, for the same job (write every record once, read them
 * all back once in NIK order). Not a test: run it by hand, once per candidate, so that each gets a JVM
 * of its own and its memory figures are not mixed with the other's.
 *
 * <p>Usage: {@code StoreChoiceBenchmark duckdb|sort|gen N DIR} ({@code gen} only generates, to
 * subtract the generator's own cost). Both candidates print the same order checksum for the same N.
 */
public final class StoreChoiceBenchmark {

    private static final long SEED = 20261204L;
    private static final int PARTS = 130;
    private static final int THREADS = 2;
    private static final int RUN_RECORDS = 200_000;
    private static final long RUN_BYTES = 64L << 20;
    private static final long NIK_BASE = 5_300_000_000_000_000L;
    private static final long NIK_SPAN = 100_000_000_000_000L;

    /** One row of tonight's store; {@code hasNik == false} is the SQL NULL. */
    record Rec(byte kind, boolean hasNik, long nik, byte[] person, byte[] family, byte[] puskesmas, int birth,
            int part, int seq, byte[] payload) {
        long size() {
            return 96 + person.length + (family == null ? 0 : family.length) + puskesmas.length + payload.length;
        }
    }

    /**
     * The order both candidates must produce: first rows with a NIK by (nik, kind, person, birth, part, seq),
     * then rows without by (person, kind, birth, part, seq), as PersonCaseCursor's two scans. Blobs compare
     * as unsigned bytes, as DuckDB compares BLOB. (part, seq) is unique, so the order is total.
     */
    static final Comparator<Rec> ORDER = (a, b) -> {
        if (a.hasNik != b.hasNik) {
            return a.hasNik ? -1 : 1;
        }
        int c = a.hasNik ? Long.compare(a.nik, b.nik) : Arrays.compareUnsigned(a.person, b.person);
        c = c != 0 ? c : Byte.compare(a.kind, b.kind);
        c = c != 0 || !a.hasNik ? c : Arrays.compareUnsigned(a.person, b.person);
        c = c != 0 ? c : Integer.compare(a.birth, b.birth);
        c = c != 0 ? c : Integer.compare(a.part, b.part);
        return c != 0 ? c : Integer.compare(a.seq, b.seq);
    };

    private StoreChoiceBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        String mode = args[0];
        long n = Long.parseLong(args[1]);
        Path dir = Path.of(args[2]).resolve(mode + "-" + n + "-" + System.nanoTime());
        Files.createDirectories(dir);
        resetPeaks();
        DiskWatch disk = new DiskWatch(dir);
        disk.start();
        Result r = switch (mode) {
            case "duckdb" -> duckdb(n, dir, disk);
            case "sort" -> externalSort(n, dir);
            default -> generateOnly(n);
        };
        disk.interrupt();
        System.out.printf("%n%-8s N=%d%n", mode, n);
        System.out.printf("  %-28s %10.1f s%n", "load / sort+write runs", r.writeSeconds);
        System.out.printf("  %-28s %10.1f s  (%d rows, %d MB payload)%n", "ordered read-back", r.readSeconds, r.rows,
                r.payloadBytes >> 20);
        System.out.printf("  %-28s %10d MB%n", "on disk after write", r.diskBytes >> 20);
        System.out.printf("  %-28s %10d MB%n", "peak of DIR while running", disk.peak >> 20);
        System.out.printf("  %-28s %10d MB%n", "peak heap (pool peaks)", peakHeapMb());
        System.out.printf("  %-28s %10d MB%n", "peak RSS (VmHWM)", peakRssMb());
        System.out.printf("  %-28s %016x%n", "order checksum", r.checksum);
        delete(dir);
    }

    record Result(double writeSeconds, double readSeconds, long diskBytes, long rows, long payloadBytes, long checksum) {
    }

    // ---------------------------------------------------------------- candidate A: DuckDB

    private static Result duckdb(long n, Path dir, DiskWatch disk) throws Exception {
        Path file = dir.resolve("malam.duckdb");
        Path temp = dir.resolve("tmp");
        Files.createDirectories(temp);
        java.util.Properties props = new java.util.Properties();
        props.setProperty(DuckDBDriver.JDBC_STREAM_RESULTS, "true");
        props.setProperty("memory_limit", "1GB");
        props.setProperty("threads", "2");
        props.setProperty("temp_directory", temp.toAbsolutePath().toString());
        props.setProperty("preserve_insertion_order", "false");
        try (DuckDBConnection c = (DuckDBConnection) DriverManager.getConnection("jdbc:duckdb:" + file.toAbsolutePath(), props)) {
            try (Statement st = c.createStatement()) {
                // the DDL of RecordStore.SCHEMA
                st.execute("CREATE TABLE record (part INTEGER NOT NULL, seq INTEGER NOT NULL, kind TINYINT NOT NULL,"
                        + " nik BIGINT, person BLOB NOT NULL, family BLOB, puskesmas BLOB, birth DATE, payload BLOB NOT NULL)");
            }
            long t0 = System.nanoTime();
            // As the read step: one connection and appender per thread, flushed at the end of each file.
            // The appender also flushes by itself every 2048 rows, and each flush outside a transaction
            // is a commit of its own; -Dbench.txPerPart=true wraps each file in one transaction instead.
            boolean txPerPart = Boolean.getBoolean("bench.txPerPart");
            parallel(t -> {
                try (DuckDBConnection own = (DuckDBConnection) c.duplicate();
                        Statement tx = own.createStatement();
                        DuckDBAppender app = own.createAppender("main", "record")) {
                    for (int part = t; part < PARTS; part += THREADS) {
                        if (txPerPart) {
                            tx.execute("BEGIN TRANSACTION");
                        }
                        Generator g = new Generator(n, part);
                        for (Rec r = g.next(); r != null; r = g.next()) {
                            app.beginRow().append(r.part).append(r.seq).append(r.kind);
                            if (r.hasNik) {
                                app.append(r.nik);
                            } else {
                                app.appendNull();
                            }
                            app.append(r.person);
                            if (r.family == null) {
                                app.appendNull();
                            } else {
                                app.append(r.family);
                            }
                            app.append(r.puskesmas).appendEpochDays(r.birth).append(r.payload).endRow();
                        }
                        app.flush();
                        if (txPerPart) {
                            tx.execute("COMMIT");
                        }
                    }
                }
                return null;
            });
            double load = (System.nanoTime() - t0) / 1e9;
            long onDisk = size(file) + size(file.resolveSibling(file.getFileName() + ".wal"));
            disk.temp = temp;
            long t1 = System.nanoTime();
            Reader reader = new Reader();
            String select = "SELECT kind, nik, person, family, part, seq, payload FROM record WHERE ";
            for (String q : List.of("nik IS NOT NULL ORDER BY nik, kind, person, birth, part, seq",
                    "nik IS NULL ORDER BY person, kind, birth, part, seq")) {
                try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery(select + q)) {
                    while (rs.next()) {
                        long nik = rs.getLong(2);
                        boolean hasNik = !rs.wasNull();
                        byte[] family = rs.getBytes(4);
                        reader.touch(hasNik, nik, rs.getBytes(3), rs.getInt(5), rs.getInt(6), rs.getBytes(7),
                                family == null ? 0 : family.length);
                    }
                }
            }
            double read = (System.nanoTime() - t1) / 1e9;
            System.out.printf("  duckdb peak temp dir %d MB%n", disk.tempPeak >> 20);
            return new Result(load, read, onDisk, reader.rows, reader.payloadBytes, reader.checksum);
        }
    }

    // ---------------------------------------------------------------- candidate B: external merge sort

    private static Result externalSort(long n, Path dir) throws Exception {
        long t0 = System.nanoTime();
        // Each thread sorts chunks of its own parts in memory and writes each chunk as a sorted run.
        List<List<Path>> perThread = parallel(t -> {
            List<Path> runs = new ArrayList<>();
            List<Rec> chunk = new ArrayList<>(RUN_RECORDS);
            long bytes = 0;
            for (int part = t; part < PARTS; part += THREADS) {
                Generator g = new Generator(n, part);
                for (Rec r = g.next(); r != null; r = g.next()) {
                    chunk.add(r);
                    bytes += r.size();
                    if (chunk.size() >= RUN_RECORDS || bytes >= RUN_BYTES) {
                        runs.add(writeRun(chunk, dir.resolve("run-" + t + "-" + runs.size())));
                        bytes = 0;
                    }
                }
            }
            if (!chunk.isEmpty()) {
                runs.add(writeRun(chunk, dir.resolve("run-" + t + "-" + runs.size())));
            }
            return runs;
        });
        double write = (System.nanoTime() - t0) / 1e9;
        long onDisk = 0;
        List<RunReader> readers = new ArrayList<>();
        for (List<Path> runs : perThread) {
            for (Path p : runs) {
                onDisk += Files.size(p);
                readers.add(new RunReader(p));
            }
        }
        long t1 = System.nanoTime();
        // k-way merge: the smallest head of all runs is the next record.
        PriorityQueue<RunReader> queue = new PriorityQueue<>(Comparator.comparing((RunReader rr) -> rr.head, ORDER));
        for (RunReader rr : readers) {
            if (rr.advance()) {
                queue.add(rr);
            }
        }
        Reader reader = new Reader();
        while (!queue.isEmpty()) {
            RunReader rr = queue.poll();
            Rec r = rr.head;
            reader.touch(r.hasNik, r.nik, r.person, r.part, r.seq, r.payload, r.family == null ? 0 : r.family.length);
            if (rr.advance()) {
                queue.add(rr);
            } else {
                rr.in.close();
            }
        }
        double read = (System.nanoTime() - t1) / 1e9;
        System.out.printf("  sort: %d runs%n", readers.size());
        return new Result(write, read, onDisk, reader.rows, reader.payloadBytes, reader.checksum);
    }

    private static Path writeRun(List<Rec> chunk, Path file) throws IOException {
        chunk.sort(ORDER);
        try (DataOutputStream out = new DataOutputStream(new BufferedOutputStream(Files.newOutputStream(file), 1 << 16))) {
            for (Rec r : chunk) {
                out.writeByte(r.kind);
                out.writeLong(r.hasNik ? r.nik : -1L);
                blob(out, r.person);
                blob(out, r.family);
                blob(out, r.puskesmas);
                out.writeInt(r.birth);
                out.writeInt(r.part);
                out.writeInt(r.seq);
                blob(out, r.payload);
            }
        }
        chunk.clear();
        return file;
    }

    private static void blob(DataOutputStream out, byte[] b) throws IOException {
        out.writeShort(b == null ? -1 : b.length);   // every blob is shorter than 32 KB
        if (b != null) {
            out.write(b);
        }
    }

    /** Reads one sorted run back, one record ahead. */
    private static final class RunReader {
        final DataInputStream in;
        Rec head;

        RunReader(Path file) throws IOException {
            in = new DataInputStream(new BufferedInputStream(Files.newInputStream(file), 1 << 16));
        }

        boolean advance() throws IOException {
            byte kind;
            try {
                kind = in.readByte();
            } catch (EOFException end) {
                return false;
            }
            long nik = in.readLong();
            head = new Rec(kind, nik >= 0, nik, blob(), blob(), blob(), in.readInt(), in.readInt(), in.readInt(), blob());
            return true;
        }

        private byte[] blob() throws IOException {
            int len = in.readShort();
            if (len < 0) {
                return null;
            }
            byte[] b = new byte[len];
            in.readFully(b);
            return b;
        }
    }

    private static Result generateOnly(long n) throws Exception {
        long t0 = System.nanoTime();
        long[] payload = new long[THREADS];
        parallel(t -> {
            for (int part = t; part < PARTS; part += THREADS) {
                Generator g = new Generator(n, part);
                for (Rec r = g.next(); r != null; r = g.next()) {
                    payload[t] += r.payload.length;
                }
            }
            return null;
        });
        return new Result((System.nanoTime() - t0) / 1e9, 0, 0, n, payload[0] + payload[1], 0);
    }

    // ---------------------------------------------------------------- data and measurement helpers

    /**
     * The records of one part (input file), from a seed of their own so that any thread makes the same.
     * NIKs come from a pool of 0.9 N / 2.5 numbers, so a NIK appears about 2.5 times (mostly 1 to 4) across
     * kinds and files; its person key, birth date and family follow from the NIK, as in the real data.
     */
    static final class Generator {
        private static final byte[] TEXT = new byte[1 << 16];
        private static final byte[] ALPHABET = "ABCDEFGHIJKLMNOPRSTUWY0123456789 ".getBytes();

        static {
            // Text like CBOR of names and codes: short field names, upper-case words and digits.
            Random r = new Random(SEED);
            for (int i = 0; i < TEXT.length; i++) {
                TEXT[i] = i % 24 < 4 ? (byte) ("nikNAMAalmtKODEtglLHRjkel".charAt(r.nextInt(24)))
                        : ALPHABET[r.nextInt(r.nextInt(4) == 0 ? ALPHABET.length : 12)];
            }
        }

        private final Random random;
        private final int part;
        private final long pool;
        private final int count;
        private int seq;

        Generator(long n, int part) {
            this.random = new Random(SEED * 1_000_003L + part);
            this.part = part;
            this.pool = Math.max(1, (long) (n * 0.9 / 2.5));
            this.count = (int) (n / PARTS + (part < n % PARTS ? 1 : 0));
        }

        Rec next() {
            if (seq == count) {
                return null;
            }
            byte kind = (byte) random.nextInt(6);
            String puskesmas = "P53" + (1000_0000 + random.nextInt(300) * 7);
            byte[] person;
            byte[] family;
            long nik = -1;
            int birth;
            if (random.nextInt(10) != 0) {
                long id = (long) (random.nextDouble() * pool);
                nik = NIK_BASE + Math.floorMod(id * 2_654_435_761L + 12_345, NIK_SPAN); // a bijection mod 10^14
                Random p = new Random(nik);
                birth = -7_000 + p.nextInt(25_000);
                person = ("N" + nik + "|" + name(p, 22)).getBytes();
                family = ("53" + (1000_0000_0000_0000L + p.nextInt(1 << 30))).getBytes();
            } else {
                birth = -7_000 + random.nextInt(25_000);
                person = ("X" + puskesmas + "|" + name(random, 20) + "|" + birth).getBytes();
                family = random.nextInt(3) == 0 ? null : ("53" + (1000_0000_0000_0000L + random.nextInt(1 << 30))).getBytes();
            }
            double u = random.nextDouble();
            byte[] payload = new byte[150 + (int) (300 * u * u)];   // 150..450 bytes, 250 on average
            System.arraycopy(TEXT, random.nextInt(TEXT.length - payload.length), payload, 0, payload.length);
            for (int i = random.nextInt(8); i < payload.length; i += 8) {
                payload[i] = ALPHABET[random.nextInt(ALPHABET.length)];  // no two payloads alike
            }
            return new Rec(kind, nik >= 0, nik, person, family, puskesmas.getBytes(), birth, part, seq++, payload);
        }

        private static String name(Random r, int len) {
            char[] c = new char[len];
            for (int i = 0; i < len; i++) {
                c[i] = (char) ALPHABET[r.nextInt(22)];
            }
            return new String(c);
        }
    }

    /** Touches what a rules pass would read and folds (nik, person, part, seq) into an order checksum. */
    private static final class Reader {
        long rows;
        long payloadBytes;
        long checksum = 17;

        void touch(boolean hasNik, long nik, byte[] person, int part, int seq, byte[] payload, int familyLength) {
            rows++;
            payloadBytes += payload.length + familyLength;
            checksum = checksum * 1_000_003 + (hasNik ? nik : -1);
            checksum = checksum * 1_000_003 + Arrays.hashCode(person);
            checksum = checksum * 1_000_003 + ((long) part << 32 | seq);
        }
    }

    private static <T> List<T> parallel(IntConsumerTask<T> task) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(THREADS);
        try {
            List<Future<T>> futures = new ArrayList<>();
            for (int t = 0; t < THREADS; t++) {
                int thread = t;
                futures.add(pool.submit((Callable<T>) () -> task.run(thread)));
            }
            List<T> results = new ArrayList<>();
            for (Future<T> f : futures) {
                results.add(f.get());
            }
            return results;
        } finally {
            pool.shutdown();
        }
    }

    interface IntConsumerTask<T> {
        T run(int thread) throws Exception;
    }

    /** Samples the size of the benchmark folder (and, once set, DuckDB's spill folder) and keeps the largest. */
    private static final class DiskWatch extends Thread {
        private final Path dir;
        volatile Path temp;
        volatile long peak;
        volatile long tempPeak;

        DiskWatch(Path dir) {
            this.dir = dir;
            setDaemon(true);
        }

        @Override
        public void run() {
            for (; !isInterrupted(); LockSupport.parkNanos(200_000_000L)) {
                peak = Math.max(peak, size(dir));
                tempPeak = temp == null ? 0 : Math.max(tempPeak, size(temp));
            }
        }
    }

    private static long size(Path p) {
        try (var files = Files.walk(p)) {
            return files.filter(Files::isRegularFile).mapToLong(f -> f.toFile().length()).sum();
        } catch (IOException | java.io.UncheckedIOException e) {
            return 0;   // a file went away while walking
        }
    }

    private static void delete(Path dir) throws IOException {
        try (var files = Files.walk(dir)) {
            for (Path f : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(f);
            }
        }
    }

    private static void resetPeaks() {
        ManagementFactory.getMemoryPoolMXBeans().forEach(MemoryPoolMXBean::resetPeakUsage);
    }

    private static long peakHeapMb() {
        return ManagementFactory.getMemoryPoolMXBeans().stream().filter(p -> p.getType() == MemoryType.HEAP)
                .mapToLong(p -> p.getPeakUsage().getUsed()).sum() >> 20;
    }

    private static long peakRssMb() {
        try {
            for (String line : Files.readAllLines(Path.of("/proc/self/status"))) {
                if (line.startsWith("VmHWM:")) {
                    return Long.parseLong(line.replaceAll("[^0-9]", "")) >> 10;
                }
            }
        } catch (IOException e) {
            // not Linux
        }
        return -1;
    }
}
