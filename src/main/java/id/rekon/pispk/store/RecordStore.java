package id.rekon.pispk.store;

import id.rekon.pispk.model.Cakupan;
import id.rekon.pispk.model.Sumber;
import org.duckdb.DuckDBConnection;
import org.duckdb.DuckDBDriver;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;

/**
 * Tonight's records of one job, in an embedded DuckDB file: the bulk of a night (millions of rows,
 * written once, read through once in NIK order, then thrown away) kept apart from the small,
 * transactional state (job repository, history, feedback) that stays in H2 or PostgreSQL.
 *
 * <p>Why DuckDB: a columnar, compressed file sorts larger than memory by spilling to disk and
 * answers the joins the rules need (a member with its family, a spouse with the members of the same
 * NIK, the children without a partner) in SQL; see docs/performance.md for the measurement against a
 * row store and against an external merge sort of our own.
 *
 * <p>Keys are numbers or bytes, never strings: the JDBC appender takes a 16-digit NIK as a
 * {@code BIGINT} and a text key as a {@code BLOB} several times faster than as {@code VARCHAR}.
 * Each input file is a <em>part</em>: its rows are written by one reader and removed together when
 * the file has to be read again after a failure.
 *
 * <p>With a key configured, the identifying columns are encrypted ({@link StoreCipher}): the writer
 * encrypts, the cursors decrypt, and the SQL only ever compares them for equality. The {@code sandi}
 * table records which key wrote the rows, so a failed run's store is never read with another key.
 *
 * <p>Thread-safe: every user takes its own connection ({@link #connection()}).
 */
public final class RecordStore implements AutoCloseable {

    /** Memory limit, threads and spill folder of the engine. */
    public record Settings(String memoryLimit, int threads, Path tempDir, String checkpointThreshold) {

        public Settings(String memoryLimit, int threads, Path tempDir) {
            this(memoryLimit, threads, tempDir, "256MB");
        }
    }

    static final String SCHEMA = """
            CREATE TABLE IF NOT EXISTS record (
                part      INTEGER NOT NULL,  -- the input file (its index in the run's file list)
                seq       INTEGER NOT NULL,  -- order within the file
                kind      TINYINT NOT NULL,  -- RecordKind.ordinal()
                nik       BIGINT,            -- usable NIK, else NULL
                person    BLOB    NOT NULL,  -- subject key (SubjectKeys), UTF-8
                family    BLOB,              -- family code; SUAMI/ISTRI for a spouse
                puskesmas BLOB,              -- owner or routed puskesmas code
                birth     DATE,
                payload   BIGINT  NOT NULL   -- where the domain record (PayloadCodec) is: PayloadFiles.ref
            );
            CREATE TABLE IF NOT EXISTS berkas (part INTEGER NOT NULL, name VARCHAR NOT NULL);
            CREATE TABLE IF NOT EXISTS sandi (cek BLOB);     -- StoreCipher.check(), NULL when in clear
            """;

    private final Path file;
    private final DuckDBConnection connection;
    private final StoreCipher cipher;
    private final PayloadFiles payloads;
    /** False while the rows were written with another key: only {@link #clear} may use the store then. */
    private volatile boolean sameKey;
    /** False while the rows were written by an earlier version that kept the payloads in the database. */
    private volatile boolean currentForm;

    private RecordStore(Path file, DuckDBConnection connection, StoreCipher cipher, boolean currentForm,
            boolean sameKey) {
        this.file = file;
        this.connection = connection;
        this.cipher = cipher;
        this.sameKey = sameKey;
        this.currentForm = currentForm;
        this.payloads = new PayloadFiles(PayloadFiles.dirOf(file));
    }

    static RecordStore open(Path file, Settings settings, StoreCipher cipher) {
        try {
            Files.createDirectories(file.getParent());
            Files.createDirectories(settings.tempDir());
            Properties props = new Properties();
            // Results stream to Java chunk by chunk instead of being materialised first: a rules pass
            // over a province is larger than the memory limit.
            props.setProperty(DuckDBDriver.JDBC_STREAM_RESULTS, "true");
            props.setProperty("memory_limit", settings.memoryLimit());
            props.setProperty("threads", Integer.toString(settings.threads()));
            props.setProperty("temp_directory", settings.tempDir().toAbsolutePath().toString());
            // The read step appends from several threads; a checkpoint (compressing what the log holds
            // into the file) taken every 16 MB, as by default, stopped the appenders each time and cost
            // about a fifth of the read step at 50,000 families. Never checkpointing until after reading
            // let the log hold the whole night uncompressed (3.6 x the input on disk at 300,000
            // families); every 256 MB keeps the peak under 2 x for a few seconds (docs/performance.md).
            props.setProperty("checkpoint_threshold", settings.checkpointThreshold());
            // Not "preserve_insertion_order=false": with it, duckdb_jdbc 2.0.0.1 returned an ORDER BY
            // result as several sorted runs one after the other (RecordStoreTest keeps this so).
            DuckDBConnection c = (DuckDBConnection) DriverManager.getConnection("jdbc:duckdb:" + file.toAbsolutePath(), props);
            try (Statement st = c.createStatement()) {
                st.execute(SCHEMA);
            }
            // A store left by a failed run of an earlier version kept the payloads in the database: only a
            // rerun of the night with --force (which clears it) may use it.
            return new RecordStore(file, c, cipher, payloadsApart(c), sameKey(c, cipher));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (SQLException e) {
            throw new StoreException("Penyimpanan data malam ini (" + file + ") tidak dapat dibuka: " + e.getMessage(), e);
        }
    }

    /**
     * Whether the store was written with the current key (or in clear when no key is set now): a
     * failed run's store survives to the next start, and the operator may have changed the key since.
     */
    private static boolean sameKey(DuckDBConnection c, StoreCipher cipher) throws SQLException {
        byte[] check = cipher.check();
        try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery("SELECT cek FROM sandi")) {
            if (rs.next()) {
                byte[] stored = rs.getBytes(1);
                return stored == null ? check == null : check != null && StoreCipher.sameCheck(stored, check);
            }
        }
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO sandi VALUES (?)")) {
            ps.setBytes(1, check);
            ps.executeUpdate();
        }
        return true;
    }

    /** Whether the payloads live in {@link PayloadFiles} (the record table holds their references). */
    private static boolean payloadsApart(DuckDBConnection c) throws SQLException {
        try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery("SELECT data_type FROM"
                + " information_schema.columns WHERE table_name = 'record' AND column_name = 'payload'")) {
            return rs.next() && "BIGINT".equals(rs.getString(1));
        }
    }

    /** Deletes a store's files (the database, its write-ahead log and its payload files). */
    static void delete(Path file) {
        try {
            Files.deleteIfExists(file);
            Files.deleteIfExists(file.resolveSibling(file.getFileName() + ".wal"));
            PayloadFiles.delete(PayloadFiles.dirOf(file));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Empties the store for a new run (which may use another key than the run that wrote it). */
    public void clear() {
        try (Connection c = connection.duplicate(); Statement st = c.createStatement();
                PreparedStatement check = c.prepareStatement("INSERT INTO sandi VALUES (?)")) {
            // The derived tables (keluarga, cocok_*) are replaced whole by the steps that build them. The
            // record table is made again: an earlier version's held the payloads themselves.
            st.execute("DROP TABLE IF EXISTS record");
            st.execute(SCHEMA);
            for (String table : new String[] {"berkas", "sandi"}) {
                st.execute("DELETE FROM " + table);
            }
            payloads.deleteAll();
            check.setBytes(1, cipher.check());
            check.executeUpdate();
        } catch (SQLException e) {
            throw new StoreException("Penyimpanan data malam ini gagal: " + e.getMessage(), e);
        }
        sameKey = true;
        currentForm = true;
    }

    /** A connection of its own (close it after use). */
    public Connection connection() {
        if (!currentForm) {
            throw new StoreException("Data malam ini (" + file.getFileName() + ") ditulis oleh versi aplikasi yang"
                    + " lebih lama. Jalankan ulang malam ini dengan --force agar data dibaca ulang.", null);
        }
        if (!sameKey) {
            throw new StoreException("Data malam ini (" + file.getFileName() + ") ditulis dengan kunci enkripsi lain"
                    + " atau tanpa kunci (REKON_H2_KUNCI berubah sejak malam yang gagal). Jalankan ulang malam ini"
                    + " dengan --force agar data dibaca ulang.", null);
        }
        try {
            return connection.duplicate();
        } catch (SQLException e) {
            throw new StoreException("Penyimpanan data malam ini tidak dapat dibuka: " + e.getMessage(), e);
        }
    }

    /**
     * A writer for one input file's records. Whatever an earlier attempt wrote for the file is removed
     * first, so a file read again after a failure is never stored twice.
     */
    public RecordWriter writer(int part, String fileName) {
        try (Connection c = connection(); PreparedStatement del = c.prepareStatement("DELETE FROM record WHERE part = ?");
                PreparedStatement delName = c.prepareStatement("DELETE FROM berkas WHERE part = ?");
                PreparedStatement name = c.prepareStatement("INSERT INTO berkas VALUES (?, ?)")) {
            delName.setInt(1, part);
            // A file's name is stored before any of its records, so a part without a name has no
            // records either: the first attempt skips a DELETE that scans the night's table (a
            // thirtieth of the read step at 50,000 families, once per file).
            if (delName.executeUpdate() > 0) {
                del.setInt(1, part);
                del.executeUpdate();
            }
            name.setInt(1, part);
            name.setString(2, fileName);
            name.executeUpdate();
        } catch (SQLException e) {
            throw new StoreException("Penyimpanan data malam ini gagal: " + e.getMessage(), e);
        }
        return new RecordWriter(connection(), part, cipher, payloads.writer(part));
    }

    /**
     * Derives what the later steps read once every file is in (after compacting what the read step
     * appended into the database file): each family once (the first read, in
     * file then row order, of a family repeated across files or on every member row of the raw survey).
     */
    public void buildFamilies() {
        execute("CHECKPOINT");
        execute("CREATE OR REPLACE TABLE keluarga AS SELECT family, puskesmas, payload, part FROM (SELECT family,"
                + " puskesmas, payload, part, row_number() OVER (PARTITION BY family ORDER BY part, seq) AS n"
                + " FROM record WHERE kind = " + RecordKind.KELUARGA.ordinal() + ") WHERE n = 1");
    }

    /** Families kept per file name (after {@link #buildFamilies}). */
    public Map<String, Long> familiesPerFile() {
        Map<String, Long> result = new TreeMap<>();
        try (DuckCursor c = new DuckCursor(this, "SELECT b.name, COUNT(*) FROM keluarga k JOIN berkas b ON b.part = k.part"
                + " GROUP BY b.name")) {
            while (c.next()) {
                result.put(c.rows().getString(1), c.rows().getLong(2));
            }
        } catch (SQLException e) {
            throw new StoreException("Tidak dapat membaca data malam ini: " + e.getMessage(), e);
        }
        return result;
    }

    /**
     * Tonight's rows per source and puskesmas ({@code null}: not routed to one), as {@link Cakupan}
     * needs them; a family counts once per row that carried it.
     */
    public Map<Sumber, Map<String, Long>> rowsPerSourceAndPuskesmas() {
        Map<Sumber, Map<String, Long>> rows = new EnumMap<>(Sumber.class);
        try (DuckCursor c = new DuckCursor(this, "SELECT kind, puskesmas, COUNT(*) FROM record WHERE kind IN ("
                + RecordKind.KELUARGA.ordinal() + ", " + RecordKind.EPPGBM.ordinal() + ", " + RecordKind.PCARE.ordinal()
                + ", " + RecordKind.KUA.ordinal() + ") GROUP BY kind, puskesmas")) {
            while (c.next()) {
                ResultSet rs = c.rows();
                Sumber sumber = RecordKind.values()[rs.getByte(1)].sumber(); // one row kind per source is counted
                rows.computeIfAbsent(sumber, x -> new HashMap<>()).put(RecordWriter.text(rs.getBytes(2)), rs.getLong(3));
            }
        } catch (SQLException e) {
            throw new StoreException("Tidak dapat membaca data malam ini: " + e.getMessage(), e);
        }
        return rows;
    }

    /** Runs statements of the store's own (schema, derived tables). */
    public void execute(String... sql) {
        try (Connection c = connection(); Statement st = c.createStatement()) {
            for (String s : sql) {
                st.execute(s);
            }
        } catch (SQLException e) {
            throw new StoreException("Penyimpanan data malam ini gagal: " + e.getMessage(), e);
        }
    }

    /** Where the records' payloads are: readers follow the references through it. */
    PayloadFiles payloads() {
        return payloads;
    }

    /** How the identifying columns are stored: readers decrypt through it. */
    StoreCipher cipher() {
        return cipher;
    }

    public Path file() {
        return file;
    }

    @Override
    public void close() {
        payloads.close();
        try {
            connection.close();
        } catch (SQLException ignored) {
            // closing: the file stays consistent through DuckDB's write-ahead log
        }
    }
}
