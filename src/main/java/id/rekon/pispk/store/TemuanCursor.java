package id.rekon.pispk.store;

import id.rekon.pispk.model.Temuan;

import java.sql.Date;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.Iterator;
import java.util.NoSuchElementException;

/**
 * Streams findings ordered by id, each id once, with their history status and the team's feedback.
 * Columns of the query: payload, first seen of the episode (may be {@code null}: no history yet, the
 * finding counts as new), tindak lanjut, catatan. Close it when done (try-with-resources): it holds
 * a database cursor.
 */
public final class TemuanCursor implements Iterator<TemuanTercatat>, AutoCloseable {

    /** Status of a finding whose episode began tonight. */
    public static final String BARU = "Baru";
    /** Status of a finding whose episode began on an earlier run and that is seen again tonight. */
    public static final String MASIH_TERBUKA = "Masih terbuka";

    private final RowCursor cursor;
    private final PayloadCodec codec;
    private final LocalDate runDate;
    private TemuanTercatat next;
    private String lastId;

    TemuanCursor(RowCursor cursor, PayloadCodec codec, LocalDate runDate) {
        this.cursor = cursor;
        this.codec = codec;
        this.runDate = runDate;
        advance();
    }

    private void advance() {
        next = null;
        try {
            while (cursor.next()) {
                Temuan t = codec.read(cursor.rows().getBytes(1), Temuan.class);
                if (t.idTemuan().equals(lastId)) {
                    continue; // one finding per id, even if a rule met the same subject twice
                }
                lastId = t.idTemuan();
                Date first = cursor.rows().getDate(2);
                LocalDate firstSeen = first == null || first.toLocalDate().isAfter(runDate) ? runDate
                        : first.toLocalDate();
                next = new TemuanTercatat(t, firstSeen.isBefore(runDate) ? MASIH_TERBUKA : BARU, firstSeen,
                        cursor.rows().getString(3), cursor.rows().getString(4));
                return;
            }
        } catch (SQLException e) {
            throw new StoreException("Tidak dapat membaca temuan dari basis data", e);
        }
    }

    @Override
    public boolean hasNext() {
        return next != null;
    }

    @Override
    public TemuanTercatat next() {
        if (next == null) {
            throw new NoSuchElementException();
        }
        TemuanTercatat current = next;
        advance();
        return current;
    }

    @Override
    public void close() {
        cursor.close();
    }
}
