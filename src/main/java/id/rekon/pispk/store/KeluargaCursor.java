package id.rekon.pispk.store;

import id.rekon.pispk.model.Keluarga;

import java.sql.SQLException;

/**
 * Streams the run's PIS-PK families, each once (the first read of a family repeated across files), in
 * family-code order, or in the order of the encrypted codes when the store is encrypted: each family's
 * findings stand alone and the outputs are ordered by finding id.
 */
public final class KeluargaCursor implements AutoCloseable {

    private final DuckCursor cursor;
    private final PayloadCodec codec;

    public KeluargaCursor(RecordStore store, PayloadCodec codec) {
        this.codec = codec;
        this.cursor = new DuckCursor(store, "SELECT payload FROM keluarga ORDER BY family");
    }

    /** The next family, or {@code null} at the end. */
    public Keluarga next() {
        if (!cursor.next()) {
            return null;
        }
        try {
            return codec.read(cursor.payload(1), Keluarga.class);
        } catch (SQLException e) {
            throw new StoreException("Tidak dapat membaca data malam ini: " + e.getMessage(), e);
        }
    }

    @Override
    public void close() {
        cursor.close();
    }
}
