package id.rekon.pispk.store;

import id.rekon.pispk.model.Keluarga;

import javax.sql.DataSource;
import java.sql.Date;
import java.sql.SQLException;

/** Streams the run's PIS-PK families, each once. */
public final class KeluargaCursor implements AutoCloseable {

    private final RowCursor cursor;
    private final PayloadCodec codec;

    public KeluargaCursor(DataSource dataSource, PayloadCodec codec, RunKey run) {
        this.codec = codec;
        this.cursor = new RowCursor(dataSource, "SELECT payload FROM rekon_record WHERE job_name = ? AND run_date = ?"
                + " AND kind = 'KELUARGA' ORDER BY job_name, run_date, kind, family_key", run.jobName(), Date.valueOf(run.runDate()));
    }

    /** The next family, or {@code null} at the end. */
    public Keluarga next() {
        if (!cursor.next()) {
            return null;
        }
        try {
            return codec.read(cursor.rows().getBytes(1), Keluarga.class);
        } catch (SQLException e) {
            throw new StoreException("Tidak dapat membaca data dari basis data", e);
        }
    }

    @Override
    public void close() {
        cursor.close();
    }
}
