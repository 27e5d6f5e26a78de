package id.rekon.pispk.store;

import id.rekon.pispk.match.AnggotaDiKeluarga;
import id.rekon.pispk.match.PasanganKua;
import id.rekon.pispk.match.PersonCase;
import id.rekon.pispk.model.Anggota;
import id.rekon.pispk.model.Keluarga;
import id.rekon.pispk.model.Pengukuran;
import id.rekon.pispk.model.PernikahanKua;
import id.rekon.pispk.model.PesertaPcare;

import javax.sql.DataSource;
import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Streams {@link PersonCase}s out of the store: first every NIK group (all sources' records
 * sharing one usable NIK, read in NIK order so a group is consecutive rows), then every person
 * without a usable NIK (grouped by subject key). Memory holds one group at a time.
 */
public final class PersonCaseCursor implements AutoCloseable {

    private static final String SELECT = "SELECT r.kind, r.nik_key, r.person_key, r.family_key, r.payload, k.payload"
            + " FROM rekon_record r LEFT JOIN rekon_record k ON r.kind = 'ANGGOTA' AND k.job_name = r.job_name"
            + " AND k.run_date = r.run_date AND k.kind = 'KELUARGA' AND k.family_key = r.family_key"
            + " WHERE r.job_name = ? AND r.run_date = ? AND r.kind IN ('ANGGOTA', 'EPPGBM', 'PCARE', 'KUA_PASANGAN')";

    private final DataSource dataSource;
    private final PayloadCodec codec;
    private final RunKey run;
    private final Set<String> probableKeys;

    private RowCursor cursor;
    private boolean byNik = true;
    private Row pending;
    private boolean finished;

    /**
     * @param probableKeys subject keys of records that are part of a proposed MATCH-01 pair
     */
    public PersonCaseCursor(DataSource dataSource, PayloadCodec codec, RunKey run, Set<String> probableKeys) {
        this.dataSource = dataSource;
        this.codec = codec;
        this.run = run;
        this.probableKeys = probableKeys;
        open();
    }

    private void open() {
        String where = byNik ? " AND r.nik_key IS NOT NULL ORDER BY r.nik_key, r.id"
                : " AND r.nik_key IS NULL ORDER BY r.person_key, r.id";
        cursor = new RowCursor(dataSource, SELECT + where, run.jobName(), Date.valueOf(run.runDate()));
        pending = fetch();
    }

    /** The next person, or {@code null} when all have been read. */
    public PersonCase next() {
        while (!finished) {
            if (pending == null) {
                cursor.close();
                if (byNik) {
                    byNik = false;
                    open();
                    continue;
                }
                finished = true;
                return null;
            }
            String groupKey = byNik ? pending.nikKey : pending.personKey;
            Group group = new Group();
            while (pending != null && groupKey.equals(byNik ? pending.nikKey : pending.personKey)) {
                group.add(pending);
                pending = fetch();
            }
            return group.toCase(byNik ? groupKey : null, groupKey);
        }
        return null;
    }

    private Row fetch() {
        if (!cursor.next()) {
            return null;
        }
        try {
            ResultSet rs = cursor.rows();
            return new Row(RecordKind.valueOf(rs.getString(1)), rs.getString(2), rs.getString(3), rs.getString(4),
                    rs.getBytes(5), rs.getBytes(6));
        } catch (SQLException e) {
            throw new StoreException("Tidak dapat membaca data dari basis data", e);
        }
    }

    @Override
    public void close() {
        if (cursor != null) {
            cursor.close();
        }
    }

    private record Row(RecordKind kind, String nikKey, String personKey, String familyKey, byte[] payload,
            byte[] familyPayload) {
    }

    private final class Group {
        final List<AnggotaDiKeluarga> pispk = new ArrayList<>();
        final List<Pengukuran> eppgbm = new ArrayList<>();
        final List<PesertaPcare> pcare = new ArrayList<>();
        final List<PasanganKua> kua = new ArrayList<>();
        boolean probable;

        void add(Row row) {
            probable |= probableKeys.contains(row.personKey);
            switch (row.kind) {
                case ANGGOTA -> pispk.add(new AnggotaDiKeluarga(codec.read(row.payload, Anggota.class),
                        row.familyPayload == null ? null : codec.read(row.familyPayload, Keluarga.class)));
                case EPPGBM -> eppgbm.add(codec.read(row.payload, Pengukuran.class));
                case PCARE -> pcare.add(codec.read(row.payload, PesertaPcare.class));
                case KUA_PASANGAN -> kua.add(new PasanganKua(codec.read(row.payload, PernikahanKua.class),
                        "SUAMI".equals(row.familyKey)));
                default -> throw new IllegalStateException("unexpected kind " + row.kind);
            }
        }

        PersonCase toCase(String nikKey, String groupKey) {
            return new PersonCase(nikKey, groupKey, pispk, eppgbm, pcare, kua, probable);
        }
    }
}
