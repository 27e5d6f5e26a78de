package id.rekon.pispk.store;

import id.rekon.pispk.model.AnggotaDiKeluarga;
import id.rekon.pispk.model.PasanganKua;
import id.rekon.pispk.model.PersonCase;
import id.rekon.pispk.model.Anggota;
import id.rekon.pispk.model.Keluarga;
import id.rekon.pispk.model.Pengukuran;
import id.rekon.pispk.model.PernikahanKua;
import id.rekon.pispk.model.PesertaPcare;
import id.rekon.pispk.model.Sumber;

import java.nio.charset.StandardCharsets;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Streams {@link PersonCase}s out of tonight's store: first every NIK group (all sources' records
 * sharing one usable NIK), then every person without a usable NIK (grouped by subject key).
 *
 * <p>One sorted scan per phase: the engine sorts (spilling to disk beyond its memory limit) and
 * joins each member to its family; memory here holds one group at a time. Within a group, each
 * source's records come in subject key, birth date, then file and row order, so the same inputs
 * always give the same lists. With the store encrypted ({@link StoreCipher}) the groups come in the
 * order of the encrypted NIKs and subject keys, and each group is sorted again by its decrypted
 * subject keys, so every group holds the same lists as without a key.
 */
public final class PersonCaseCursor implements AutoCloseable {

    private static final String KINDS = RecordKind.ANGGOTA.ordinal() + ", " + RecordKind.EPPGBM.ordinal() + ", "
            + RecordKind.PCARE.ordinal() + ", " + RecordKind.KUA_PASANGAN.ordinal();
    private static final String SELECT = "SELECT r.kind, r.nik, r.person, r.family, r.payload, k.payload"
            + " FROM record r LEFT JOIN keluarga k ON r.kind = " + RecordKind.ANGGOTA.ordinal()
            + " AND k.family = r.family WHERE r.kind IN (" + KINDS + ")";
    private static final RecordKind[] BY_ORDINAL = RecordKind.values();

    private final RecordStore store;
    private final PayloadCodec codec;
    private final Map<String, Set<Sumber>> probablePartners;

    private DuckCursor cursor;
    private boolean byNik = true;
    private Row head;

    /**
     * @param probablePartners for each subject key of a record in a proposed MATCH-01 pair, the
     *                         sources of the records it was paired with
     */
    public PersonCaseCursor(RecordStore store, PayloadCodec codec, Map<String, Set<Sumber>> probablePartners) {
        this.store = store;
        this.codec = codec;
        this.probablePartners = probablePartners;
        open();
    }

    private void open() {
        cursor = new DuckCursor(store, SELECT + (byNik
                ? " AND r.nik IS NOT NULL ORDER BY r.nik, r.kind, r.person, r.birth, r.part, r.seq"
                : " AND r.nik IS NULL ORDER BY r.person, r.kind, r.birth, r.part, r.seq"));
        advance();
    }

    /** The next person, or {@code null} when all have been read. */
    public PersonCase next() {
        Unread unread = nextUnread();
        return unread == null ? null : unread.read();
    }

    /**
     * The next person's rows as the sorted scan gives them, their payloads not read yet, or
     * {@code null} when all have been read. {@link Unread#read} may run on another thread (while this
     * cursor goes on), as long as the store stays open.
     *
     * <p>Why: reading the payloads is one positional read per record, and on one thread those reads
     * bound the whole rules step (JFR, 300,000 families: most of the scanning thread's time in
     * {@code pread}); the rules step reads them on its evaluating threads instead.
     */
    public Unread nextUnread() {
        while (head == null) {
            if (!byNik || cursor == null) {
                close();
                return null;
            }
            cursor.close();
            byNik = false;
            open();
        }
        String key = key(head);
        List<Row> rows = new ArrayList<>();
        while (head != null && key.equals(key(head))) {
            rows.add(head);
            advance();
        }
        if (byNik && store.cipher().sortsAgain()) {
            // The engine ordered the encrypted subject keys; the rules see each source's records in the
            // text's order, as without a key (a stable sort keeps birth, file and row order per key).
            rows.sort(Comparator.comparingInt((Row r) -> r.kind.ordinal())
                    .thenComparing((Row r) -> r.personKey.getBytes(StandardCharsets.UTF_8), Arrays::compareUnsigned));
        }
        return new Unread(rows, byNik ? key : null, key);
    }

    private String key(Row row) {
        return byNik ? row.nikKey : row.personKey;
    }

    private void advance() {
        if (!cursor.next()) {
            head = null;
            return;
        }
        try {
            head = new Row(BY_ORDINAL[cursor.rows().getByte(1)], cursor.nik(2), cursor.key(3), cursor.key(4),
                    cursor.ref(5), cursor.ref(6));
        } catch (SQLException e) {
            throw new StoreException("Tidak dapat membaca data malam ini: " + e.getMessage(), e);
        }
    }

    @Override
    public void close() {
        if (cursor != null) {
            cursor.close();
            cursor = null;
        }
        head = null;
    }

    private record Row(RecordKind kind, String nikKey, String personKey, String familyKey, long payload,
            long familyPayload) {
    }

    /** One person's rows, payloads still in the store: {@link #read} gives the case. */
    public final class Unread {
        private final List<Row> rows;
        private final String nikKey;
        private final String groupKey;

        private Unread(List<Row> rows, String nikKey, String groupKey) {
            this.rows = rows;
            this.nikKey = nikKey;
            this.groupKey = groupKey;
        }

        /** Reads and decodes the payloads: the case. Thread-safe; the store must still be open. */
        public PersonCase read() {
            Group group = new Group();
            rows.forEach(group::add);
            return group.toCase(nikKey, groupKey);
        }
    }

    private byte[] payload(long ref) {
        return ref == DuckCursor.NO_REF ? null : store.cipher().payloadBack(store.payloads().read(ref));
    }

    private final class Group {
        final List<AnggotaDiKeluarga> pispk = new ArrayList<>();
        final List<Pengukuran> eppgbm = new ArrayList<>();
        final List<PesertaPcare> pcare = new ArrayList<>();
        final List<PasanganKua> kua = new ArrayList<>();
        final Set<Sumber> probable = EnumSet.noneOf(Sumber.class);

        void add(Row row) {
            probable.addAll(probablePartners.getOrDefault(row.personKey, Set.of()));
            switch (row.kind) {
                case ANGGOTA -> pispk.add(new AnggotaDiKeluarga(codec.read(payload(row.payload), Anggota.class),
                        row.familyPayload == DuckCursor.NO_REF ? null
                                : codec.read(payload(row.familyPayload), Keluarga.class)));
                case EPPGBM -> eppgbm.add(codec.read(payload(row.payload), Pengukuran.class));
                case PCARE -> pcare.add(codec.read(payload(row.payload), PesertaPcare.class));
                case KUA_PASANGAN -> kua.add(new PasanganKua(codec.read(payload(row.payload), PernikahanKua.class),
                        "SUAMI".equals(row.familyKey)));
                default -> throw new IllegalStateException("unexpected kind " + row.kind);
            }
        }

        PersonCase toCase(String nikKey, String groupKey) {
            return new PersonCase(nikKey, groupKey, pispk, eppgbm, pcare, kua, probable);
        }
    }
}
