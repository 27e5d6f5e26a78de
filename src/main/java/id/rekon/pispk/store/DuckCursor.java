package id.rekon.pispk.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;

/** A forward-only scan of tonight's store on a connection of its own, streamed chunk by chunk. */
final class DuckCursor implements AutoCloseable {

    private final Connection connection;
    private final StoreCipher cipher;
    private final PayloadFiles payloads;
    private final PreparedStatement statement;
    private final ResultSet rows;

    DuckCursor(RecordStore store, String sql, Object... args) {
        cipher = store.cipher();
        payloads = store.payloads();
        connection = store.connection();
        try {
            statement = connection.prepareStatement(sql);
            for (int i = 0; i < args.length; i++) {
                statement.setObject(i + 1, args[i]);
            }
            rows = statement.executeQuery();
        } catch (SQLException e) {
            close();
            throw new StoreException("Tidak dapat membaca data malam ini: " + e.getMessage(), e);
        }
    }

    ResultSet rows() {
        return rows;
    }

    boolean next() {
        try {
            return rows.next();
        } catch (SQLException e) {
            throw new StoreException("Tidak dapat membaca data malam ini: " + e.getMessage(), e);
        }
    }

    /** The {@code nik} column of the current row as the rest of the product spells it (decrypted when stored so). */
    String nik(int column) throws SQLException {
        return nik(rows, column, cipher);
    }

    /** A {@code person} or {@code family} column of the current row as text (decrypted when stored so). */
    String key(int column) throws SQLException {
        return cipher.keyBack(rows.getBytes(column));
    }

    /** What {@link #ref} gives for a SQL {@code NULL}: {@link PayloadFiles} references are never negative. */
    static final long NO_REF = -1;

    /** A {@code payload} column's reference ({@link PayloadFiles}), {@link #NO_REF} for a SQL {@code NULL}. */
    long ref(int column) throws SQLException {
        long ref = rows.getLong(column);
        return rows.wasNull() ? NO_REF : ref;
    }

    /**
     * The payload a {@code payload} column of the current row points to, as {@link PayloadCodec} reads
     * it; {@code null} for a SQL {@code NULL} (a member without a family).
     */
    byte[] payload(int column) throws SQLException {
        long ref = rows.getLong(column);
        return rows.wasNull() ? null : cipher.payloadBack(payloads.read(ref));
    }

    /** A NIK key as the rest of the product spells it: 16 digits. */
    private static String nik(ResultSet rs, int column, StoreCipher cipher) throws SQLException {
        long stored = rs.getLong(column);
        if (rs.wasNull()) {
            return null;
        }
        String s = Long.toString(cipher.nikBack(stored));
        return s.length() >= 16 ? s : "0".repeat(16 - s.length()) + s;
    }

    @Override
    public void close() {
        try {
            if (statement != null) {
                statement.close();
            }
        } catch (SQLException ignored) {
            // read-only
        }
        try {
            connection.close();
        } catch (SQLException ignored) {
            // a duplicate of the store's connection
        }
    }
}
