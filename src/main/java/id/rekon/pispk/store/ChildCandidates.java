package id.rekon.pispk.store;

import id.rekon.pispk.match.AnggotaDiKeluarga;
import id.rekon.pispk.model.Anggota;
import id.rekon.pispk.model.Keluarga;
import id.rekon.pispk.model.Pengukuran;
import org.springframework.jdbc.core.JdbcTemplate;

import javax.sql.DataSource;
import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.BiConsumer;
import java.util.function.Consumer;

/**
 * Reads the children the probable matcher compares, one puskesmas at a time so memory holds one
 * puskesmas's children, never the province's: PIS-PK members born after {@code bornAfter} whose
 * NIK found no e-PPGBM record, and e-PPGBM children born after it whose NIK found no PIS-PK member.
 *
 * <p>Finding them takes three passes, none of them a lookup per row (a per-row "is there a record
 * with this NIK on the other side" probe took more than 12 minutes on 1.8 million e-PPGBM rows,
 * because every probe is a random read in a table larger than the cache):
 * <ol>
 *   <li>both sides' NIKs are read in NIK order straight off the {@code by_nik_birth} index, which also
 *       holds the birth date, and merged: a NIK seen on one side only marks that side's children
 *       unmatched. Only row ids are kept, eight bytes per unmatched child;</li>
 *   <li>the unmatched rows are read by id, in id order, for their puskesmas only;</li>
 *   <li>each puskesmas's rows are read once more, by id, with their payloads, and handed over.</li>
 * </ol>
 */
public final class ChildCandidates {

    /** Ids per {@code IN (...)} list: small enough for every driver, large enough to be few statements. */
    private static final int BATCH = 500;

    private final DataSource dataSource;
    private final JdbcTemplate jdbc;
    private final PayloadCodec codec;

    public ChildCandidates(DataSource dataSource, PayloadCodec codec) {
        this.dataSource = dataSource;
        this.jdbc = new JdbcTemplate(dataSource);
        this.codec = codec;
    }

    /** One puskesmas's unmatched children of both sides. */
    public record Block(String kodePuskesmas, List<PispkChild> pispk, Map<String, List<Pengukuran>> eppgbm) {
    }

    /** A PIS-PK child with its subject key and the other members of its family (for parent names). */
    public record PispkChild(String personKey, AnggotaDiKeluarga anggota, List<Anggota> keluarga) {
    }

    /**
     * Calls {@code action} once per puskesmas that has unmatched children on either side, in
     * puskesmas order; PIS-PK children are in subject-key order, e-PPGBM measurements grouped per
     * child (subject key, in key order), each child's rows in row order.
     */
    public void forEachBlock(RunKey run, LocalDate bornAfter, BiConsumer<String, Block> action) {
        Unmatched unmatched = unmatched(run, bornAfter);
        Map<String, Ids> pispkByPuskesmas = puskesmasOf(unmatched.pispk,
                "SELECT a.id, k.puskesmas FROM rekon_record a JOIN rekon_record k ON k.job_name = a.job_name"
                        + " AND k.run_date = a.run_date AND k.kind = 'KELUARGA' AND k.family_key = a.family_key"
                        + " WHERE k.puskesmas IS NOT NULL AND a.id IN ");
        Map<String, Ids> eppgbmByPuskesmas = puskesmasOf(unmatched.eppgbm,
                "SELECT e.id, e.puskesmas FROM rekon_record e WHERE e.puskesmas IS NOT NULL AND e.id IN ");
        TreeMap<String, Boolean> blocks = new TreeMap<>();
        pispkByPuskesmas.keySet().forEach(p -> blocks.put(p, true));
        eppgbmByPuskesmas.keySet().forEach(p -> blocks.put(p, true));
        for (String puskesmas : blocks.keySet()) {
            List<PispkChild> children = pispkChildren(run, pispkByPuskesmas.getOrDefault(puskesmas, new Ids()));
            Map<String, List<Pengukuran>> measured = eppgbmChildren(eppgbmByPuskesmas.getOrDefault(puskesmas, new Ids()));
            action.accept(puskesmas, new Block(puskesmas, children, measured));
        }
    }

    /** Pass 1: the row ids of both sides' children whose NIK is missing or unmatched on the other side. */
    private Unmatched unmatched(RunKey run, LocalDate bornAfter) {
        Unmatched result = new Unmatched();
        String sql = "SELECT nik_key, birth_date, id FROM rekon_record WHERE job_name = ? AND run_date = ? AND kind = ?"
                + " AND nik_key IS %s NULL ORDER BY job_name, run_date, kind, nik_key, person_key, birth_date";
        Date run0 = Date.valueOf(run.runDate());
        try (KeyStream a = new KeyStream(new RowCursor(dataSource, sql.formatted("NOT"), run.jobName(), run0, "ANGGOTA"), bornAfter);
                KeyStream e = new KeyStream(new RowCursor(dataSource, sql.formatted("NOT"), run.jobName(), run0, "EPPGBM"), bornAfter)) {
            while (a.key != null || e.key != null) {
                int order = a.key == null ? 1 : e.key == null ? -1 : a.key.compareTo(e.key);
                String key = order <= 0 ? a.key : e.key;
                if (order < 0) {
                    a.takeGroup(key, result.pispk);
                } else if (order > 0) {
                    e.takeGroup(key, result.eppgbm);
                } else {
                    a.takeGroup(key, null);
                    e.takeGroup(key, null);
                }
            }
        }
        // Without a usable NIK a child is unmatched by definition.
        try (KeyStream a = new KeyStream(new RowCursor(dataSource, sql.formatted(""), run.jobName(), run0, "ANGGOTA"), bornAfter);
                KeyStream e = new KeyStream(new RowCursor(dataSource, sql.formatted(""), run.jobName(), run0, "EPPGBM"), bornAfter)) {
            a.takeAll(result.pispk);
            e.takeAll(result.eppgbm);
        }
        return result;
    }

    /** Pass 2: the puskesmas of each id, as id lists per puskesmas (rows without one are left out). */
    private Map<String, Ids> puskesmasOf(Ids ids, String selectIn) {
        Map<String, Ids> result = new TreeMap<>();
        ids.forEachBatch(batch -> jdbc.query(selectIn + inList(batch.length), (ResultSet rs) -> {
            result.computeIfAbsent(rs.getString(2), p -> new Ids()).add(rs.getLong(1));
        }, boxed(batch)));
        return result;
    }

    /** Pass 3, PIS-PK side: the children with their family's members, in subject-key then row order. */
    private List<PispkChild> pispkChildren(RunKey run, Ids ids) {
        record Row(long id, String personKey, Anggota anggota, Keluarga keluarga) {
        }
        List<Row> rows = new ArrayList<>();
        ids.forEachBatch(batch -> jdbc.query("SELECT a.id, a.person_key, a.payload, k.payload FROM rekon_record a"
                + " JOIN rekon_record k ON k.job_name = a.job_name AND k.run_date = a.run_date AND k.kind = 'KELUARGA'"
                + " AND k.family_key = a.family_key WHERE a.id IN " + inList(batch.length), (ResultSet rs) -> {
                    rows.add(new Row(rs.getLong(1), rs.getString(2), codec.read(rs.getBytes(3), Anggota.class),
                            codec.read(rs.getBytes(4), Keluarga.class)));
                }, boxed(batch)));
        rows.sort(Comparator.comparing(Row::personKey).thenComparingLong(Row::id));
        Map<String, List<Anggota>> families = new LinkedHashMap<>();
        List<PispkChild> children = new ArrayList<>(rows.size());
        for (Row r : rows) {
            List<Anggota> members = families.computeIfAbsent(r.anggota().kodeKeluarga(), f -> members(run, f));
            children.add(new PispkChild(r.personKey(), new AnggotaDiKeluarga(r.anggota(), r.keluarga()), members));
        }
        return children;
    }

    /** Pass 3, e-PPGBM side: measurements grouped per child (subject key order), each child's in row order. */
    private Map<String, List<Pengukuran>> eppgbmChildren(Ids ids) {
        record Row(long id, String personKey, Pengukuran pengukuran) {
        }
        List<Row> rows = new ArrayList<>();
        ids.forEachBatch(batch -> jdbc.query("SELECT id, person_key, payload FROM rekon_record WHERE id IN "
                + inList(batch.length), (ResultSet rs) -> {
                    rows.add(new Row(rs.getLong(1), rs.getString(2), codec.read(rs.getBytes(3), Pengukuran.class)));
                }, boxed(batch)));
        rows.sort(Comparator.comparing(Row::personKey).thenComparingLong(Row::id));
        Map<String, List<Pengukuran>> measured = new LinkedHashMap<>();
        for (Row r : rows) {
            measured.computeIfAbsent(r.personKey(), x -> new ArrayList<>()).add(r.pengukuran());
        }
        return measured;
    }

    private List<Anggota> members(RunKey run, String kodeKeluarga) {
        return jdbc.query("SELECT payload FROM rekon_record WHERE job_name = ? AND run_date = ? AND kind = 'ANGGOTA'"
                + " AND family_key = ? ORDER BY id", (rs, i) -> codec.read(rs.getBytes(1), Anggota.class),
                run.jobName(), Date.valueOf(run.runDate()), kodeKeluarga);
    }

    private static String inList(int n) {
        return "(" + String.join(", ", Collections.nCopies(n, "?")) + ")";
    }

    private static Object[] boxed(long[] batch) {
        Object[] args = new Object[batch.length];
        for (int i = 0; i < batch.length; i++) {
            args[i] = batch[i];
        }
        return args;
    }

    private static final class Unmatched {
        final Ids pispk = new Ids();
        final Ids eppgbm = new Ids();
    }

    /** A growable list of row ids, handed out sorted in batches (id order reads the table in the order it was written). */
    private static final class Ids {
        private long[] values = new long[16];
        private int size;

        void add(long id) {
            if (size == values.length) {
                values = Arrays.copyOf(values, size * 2);
            }
            values[size++] = id;
        }

        void forEachBatch(Consumer<long[]> action) {
            long[] sorted = Arrays.copyOf(values, size);
            Arrays.sort(sorted);
            for (int from = 0; from < sorted.length; from += BATCH) {
                action.accept(Arrays.copyOfRange(sorted, from, Math.min(sorted.length, from + BATCH)));
            }
        }
    }

    /** One side's (NIK, birth date, id) rows in NIK order; children are rows born after the limit. */
    private static final class KeyStream implements AutoCloseable {
        private final RowCursor cursor;
        private final LocalDate bornAfter;
        String key;
        private LocalDate born;
        private long id;
        private boolean exhausted;

        KeyStream(RowCursor cursor, LocalDate bornAfter) {
            this.cursor = cursor;
            this.bornAfter = bornAfter;
            advance();
        }

        /** Consumes every row with {@code nikKey}, adding the children's ids to {@code into} unless it is null. */
        void takeGroup(String nikKey, Ids into) {
            while (key != null && key.equals(nikKey)) {
                take(into);
            }
        }

        void takeAll(Ids into) {
            while (!exhausted) {
                take(into);
            }
        }

        private void take(Ids into) {
            if (into != null && born != null && born.isAfter(bornAfter)) {
                into.add(id);
            }
            advance();
        }

        private void advance() {
            try {
                if (!cursor.next()) {
                    key = null;
                    born = null;
                    exhausted = true;
                    return;
                }
                ResultSet rs = cursor.rows();
                key = rs.getString(1);
                Date d = rs.getDate(2);
                born = d == null ? null : d.toLocalDate();
                id = rs.getLong(3);
            } catch (SQLException e) {
                throw new StoreException("Tidak dapat membaca kandidat pencocokan", e);
            }
        }

        @Override
        public void close() {
            cursor.close();
        }
    }
}
