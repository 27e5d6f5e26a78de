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
 * sharing one usable NIK), then every person without a usable NIK (grouped by subject key).
 *
 * <p>One cursor per source, each read in key order straight off the {@code by_nik_birth} index, merged
 * here like the merge step of a merge sort: the database never sorts, and memory holds one group
 * at a time, whatever the size of the input.
 */
public final class PersonCaseCursor implements AutoCloseable {

    private static final List<RecordKind> KINDS =
            List.of(RecordKind.ANGGOTA, RecordKind.EPPGBM, RecordKind.PCARE, RecordKind.KUA_PASANGAN);

    private final DataSource dataSource;
    private final PayloadCodec codec;
    private final RunKey run;
    private final Set<String> probableKeys;

    private final List<Source> sources = new ArrayList<>();
    private boolean byNik = true;
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
        for (RecordKind kind : KINDS) {
            sources.add(new Source(kind));
        }
    }

    /** The next person, or {@code null} when all have been read. */
    public PersonCase next() {
        while (!finished) {
            String key = null;
            for (Source s : sources) {
                if (s.head != null && (key == null || s.key().compareTo(key) < 0)) {
                    key = s.key();
                }
            }
            if (key == null) {
                closeSources();
                if (byNik) {
                    byNik = false;
                    open();
                    continue;
                }
                finished = true;
                return null;
            }
            Group group = new Group();
            for (Source s : sources) {
                while (s.head != null && key.equals(s.key())) {
                    group.add(s.head);
                    s.advance();
                }
            }
            return group.toCase(byNik ? key : null, key);
        }
        return null;
    }

    @Override
    public void close() {
        closeSources();
    }

    private void closeSources() {
        sources.forEach(Source::close);
        sources.clear();
    }

    /** One source's rows in key order. */
    private final class Source {
        final RowCursor cursor;
        final RecordKind kind;
        Row head;

        Source(RecordKind kind) {
            this.kind = kind;
            String select = "SELECT r.nik_key, r.person_key, r.family_key, r.payload, "
                    + (kind == RecordKind.ANGGOTA ? "k.payload" : "NULL") + " FROM rekon_record r"
                    + (kind == RecordKind.ANGGOTA ? " LEFT JOIN rekon_record k ON k.job_name = r.job_name"
                            + " AND k.run_date = r.run_date AND k.kind = 'KELUARGA' AND k.family_key = r.family_key" : "")
                    + " WHERE r.job_name = ? AND r.run_date = ? AND r.kind = ?";
            // The leading equality columns are repeated in ORDER BY so H2 sees the index order and
            // streams (EXPLAIN shows "index sorted") instead of sorting the whole source first.
            String where = (byNik ? " AND r.nik_key IS NOT NULL" : " AND r.nik_key IS NULL")
                    + " ORDER BY r.job_name, r.run_date, r.kind, r.nik_key, r.person_key";
            cursor = new RowCursor(dataSource, select + where, run.jobName(), Date.valueOf(run.runDate()), kind.name());
            advance();
        }

        String key() {
            return byNik ? head.nikKey : head.personKey;
        }

        void advance() {
            if (!cursor.next()) {
                head = null;
                cursor.close();
                return;
            }
            try {
                ResultSet rs = cursor.rows();
                head = new Row(kind, rs.getString(1), rs.getString(2), rs.getString(3), rs.getBytes(4), rs.getBytes(5));
            } catch (SQLException e) {
                throw new StoreException("Tidak dapat membaca data dari basis data", e);
            }
        }

        void close() {
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
