package id.rekon.pispk.store;

import org.duckdb.DuckDBAppender;
import org.duckdb.DuckDBConnection;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;

/**
 * Appends one input file's records to tonight's store, in one transaction committed by {@link #commit}
 * once the whole file is written; the payloads go to the part's file of {@link PayloadFiles}, the rows
 * keep their references. The NIK, subject key, family code and payload go through the
 * store's {@link StoreCipher} (unchanged when no key is set). Not thread-safe: one per reading thread.
 */
public final class RecordWriter implements AutoCloseable {

    private final Connection connection;
    private final DuckDBAppender appender;
    private final StoreCipher cipher;
    private final PayloadFiles.Writer payloads;
    private final int part;
    private int seq;

    RecordWriter(Connection connection, int part, StoreCipher cipher, PayloadFiles.Writer payloads) {
        this.connection = connection;
        this.part = part;
        this.cipher = cipher;
        this.payloads = payloads;
        try {
            // One transaction per file: in auto-commit the appender commits every 2,048 rows it
            // flushes by itself, and those commits (write-ahead log, checkpoints) took about half
            // of the load time (StoreChoiceBenchmark). A file whose transaction did not commit is
            // read again from its first row anyway (StagingItemWriter).
            connection.setAutoCommit(false);
            this.appender = ((DuckDBConnection) connection).createAppender("main", "record");
        } catch (SQLException e) {
            throw new StoreException("Penyimpanan data malam ini gagal: " + e.getMessage(), e);
        }
    }

    public void write(List<StagedRecord> records) {
        try {
            for (StagedRecord r : records) {
                appender.beginRow().append(part).append(seq++).append((byte) r.kind().ordinal());
                if (r.nikKey() == null) {
                    appender.appendNull();
                } else {
                    appender.append(cipher.nik(Long.parseLong(r.nikKey())));
                }
                appender.append(cipher.key(r.personKey()));
                keyOrNull(r.familyKey());
                bytesOrNull(r.puskesmas());
                if (r.birthDate() == null) {
                    appender.appendNull();
                } else {
                    appender.appendEpochDays((int) r.birthDate().toEpochDay());
                }
                appender.append(payloads.append(cipher.payload(r.payload())));
                appender.endRow();
            }
        } catch (SQLException e) {
            throw new StoreException("Penyimpanan data malam ini gagal: " + e.getMessage(), e);
        }
    }

    /** A family code: encrypted with the NIK and the names when a key is set (StoreCipher). */
    private void keyOrNull(String s) throws SQLException {
        if (s == null) {
            appender.appendNull();
        } else {
            appender.append(cipher.key(s));
        }
    }

    private void bytesOrNull(String s) throws SQLException {
        if (s == null) {
            appender.appendNull();
        } else {
            appender.append(bytes(s));
        }
    }

    static byte[] bytes(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    static String text(byte[] b) {
        return b == null ? null : new String(b, StandardCharsets.UTF_8);
    }

    /** Makes the file's records part of the store: the read step calls this once the whole file is written. */
    public void commit() {
        try {
            appender.flush();
            // The payloads are on disk before the rows that point to them are committed.
            payloads.commit();
            connection.commit();
        } catch (SQLException e) {
            throw new StoreException("Penyimpanan data malam ini gagal: " + e.getMessage(), e);
        }
    }

    /** Closes the writer; records not committed are discarded (the file is read again on restart). */
    @Override
    public void close() {
        payloads.close();
        try {
            appender.close();
        } catch (SQLException ignored) {
            // discarded below
        }
        try {
            connection.rollback();
        } catch (SQLException ignored) {
            // nothing to roll back after commit
        }
        try {
            connection.close();
        } catch (SQLException ignored) {
            // a duplicate of the store's connection
        }
    }
}
