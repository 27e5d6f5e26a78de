package id.rekon.pispk.store;

import id.rekon.pispk.match.AnggotaDiKeluarga;
import id.rekon.pispk.match.CoupleCase;
import id.rekon.pispk.match.SubjectKeys;
import id.rekon.pispk.model.Anggota;
import id.rekon.pispk.model.Keluarga;
import id.rekon.pispk.model.PernikahanKua;
import org.springframework.jdbc.core.JdbcTemplate;

import javax.sql.DataSource;
import java.sql.Date;
import java.sql.SQLException;
import java.util.List;
import java.util.Set;

/**
 * Streams KUA couples with the PIS-PK members matched by NIK to each spouse (an indexed lookup
 * per spouse: couples are few next to members).
 */
public final class CoupleCaseCursor implements AutoCloseable {

    private final RowCursor cursor;
    private final PayloadCodec codec;
    private final JdbcTemplate jdbc;
    private final RunKey run;
    private final Set<String> probableKeys;

    public CoupleCaseCursor(DataSource dataSource, PayloadCodec codec, RunKey run, Set<String> probableKeys) {
        this.codec = codec;
        this.run = run;
        this.probableKeys = probableKeys;
        this.jdbc = new JdbcTemplate(dataSource);
        this.cursor = new RowCursor(dataSource, "SELECT payload FROM rekon_record WHERE job_name = ? AND run_date = ?"
                + " AND kind = 'KUA' AND nik_key IS NULL ORDER BY job_name, run_date, kind, nik_key, person_key", run.jobName(), Date.valueOf(run.runDate()));
    }

    /** The next couple, or {@code null} at the end. */
    public CoupleCase next() {
        if (!cursor.next()) {
            return null;
        }
        PernikahanKua k;
        try {
            k = codec.read(cursor.rows().getBytes(1), PernikahanKua.class);
        } catch (SQLException e) {
            throw new StoreException("Tidak dapat membaca data dari basis data", e);
        }
        boolean probable = probableKeys.contains(SubjectKeys.pasangan(k, true))
                || probableKeys.contains(SubjectKeys.pasangan(k, false));
        return new CoupleCase(k, members(k.suami() == null ? null : k.suami().nik().key()),
                members(k.istri() == null ? null : k.istri().nik().key()), probable);
    }

    private List<AnggotaDiKeluarga> members(String nikKey) {
        if (nikKey == null) {
            return List.of();
        }
        return jdbc.query("SELECT a.payload, k.payload FROM rekon_record a LEFT JOIN rekon_record k"
                + " ON k.job_name = a.job_name AND k.run_date = a.run_date AND k.kind = 'KELUARGA'"
                + " AND k.family_key = a.family_key WHERE a.job_name = ? AND a.run_date = ? AND a.kind = 'ANGGOTA'"
                + " AND a.nik_key = ? ORDER BY a.id", (rs, i) -> new AnggotaDiKeluarga(
                        codec.read(rs.getBytes(1), Anggota.class),
                        rs.getBytes(2) == null ? null : codec.read(rs.getBytes(2), Keluarga.class)),
                run.jobName(), Date.valueOf(run.runDate()), nikKey);
    }

    @Override
    public void close() {
        cursor.close();
    }
}
