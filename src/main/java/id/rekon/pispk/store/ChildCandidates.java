package id.rekon.pispk.store;

import id.rekon.pispk.model.AnggotaDiKeluarga;
import id.rekon.pispk.model.Anggota;
import id.rekon.pispk.model.Keluarga;
import id.rekon.pispk.model.Pengukuran;

import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.BiConsumer;

/**
 * Reads the children the probable matcher compares, one puskesmas at a time so memory holds one
 * puskesmas's children, never the province's: PIS-PK members born after {@code bornAfter} whose
 * NIK found no e-PPGBM record (or who have no usable NIK), and e-PPGBM children born after it whose
 * NIK found no PIS-PK member.
 *
 * <p>The engine finds them with two anti-joins on the NIK and keeps them (with the members of the
 * children's families, for the parents' names) in small tables of their own; each puskesmas is then
 * a lookup in those. A NIK group present on both sides leaves none of its children unmatched.
 */
public final class ChildCandidates {

    private static final int ANGGOTA = RecordKind.ANGGOTA.ordinal();
    private static final int EPPGBM = RecordKind.EPPGBM.ordinal();

    private final PayloadCodec codec;

    public ChildCandidates(PayloadCodec codec) {
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
     * child (subject key, in key order), each child's rows in file and row order. Every e-PPGBM
     * record of any age is a candidate (spec rule 2: a child measured years ago is still paired);
     * PIS-PK members born after {@code bornAfter} or within a year before the oldest e-PPGBM child,
     * whichever is earlier (a member older than that cannot be one of them).
     */
    public void forEachBlock(RecordStore store, LocalDate bornAfter, BiConsumer<String, Block> action) {
        String born = "DATE '" + bornAfter + "'";
        store.execute(
                "CREATE OR REPLACE TABLE cocok_pispk AS SELECT k.puskesmas, a.person, a.family, a.part, a.seq,"
                        + " a.payload, k.payload AS keluarga FROM record a JOIN keluarga k ON k.family = a.family"
                        + " WHERE a.kind = " + ANGGOTA + " AND a.birth > COALESCE(LEAST(" + born + ", (SELECT min(birth)"
                        + " FROM record WHERE kind = " + EPPGBM + ") - 366), " + born + ") AND k.puskesmas IS NOT NULL"
                        + " AND NOT EXISTS (SELECT 1 FROM record e WHERE e.kind = " + EPPGBM + " AND e.nik = a.nik)",
                "CREATE OR REPLACE TABLE cocok_eppgbm AS SELECT e.puskesmas, e.person, e.part, e.seq, e.payload"
                        + " FROM record e WHERE e.kind = " + EPPGBM + " AND e.birth IS NOT NULL"
                        + " AND e.puskesmas IS NOT NULL"
                        + " AND NOT EXISTS (SELECT 1 FROM record a WHERE a.kind = " + ANGGOTA + " AND a.nik = e.nik)",
                "CREATE OR REPLACE TABLE cocok_anggota AS SELECT a.family, a.part, a.seq, a.payload FROM record a"
                        + " WHERE a.kind = " + ANGGOTA + " AND a.family IN (SELECT family FROM cocok_pispk)");
        List<byte[]> puskesmas = new ArrayList<>();
        try (DuckCursor c = new DuckCursor(store, "SELECT puskesmas FROM cocok_pispk UNION SELECT puskesmas FROM cocok_eppgbm"
                + " ORDER BY puskesmas")) {
            while (c.next()) {
                puskesmas.add(c.rows().getBytes(1));
            }
        } catch (SQLException e) {
            throw new StoreException("Tidak dapat membaca kandidat pencocokan: " + e.getMessage(), e);
        }
        for (byte[] p : puskesmas) {
            String kode = RecordWriter.text(p);
            action.accept(kode, new Block(kode, pispkChildren(store, p), eppgbmChildren(store, p)));
        }
    }

    /** The PIS-PK side of one puskesmas: each child with its family's members, in subject-key then row order. */
    private List<PispkChild> pispkChildren(RecordStore store, byte[] puskesmas) {
        Map<String, List<Anggota>> families = new HashMap<>();
        List<PispkChild> children = new ArrayList<>();
        try (DuckCursor m = new DuckCursor(store, "SELECT a.family, a.payload FROM cocok_anggota a"
                + " WHERE a.family IN (SELECT family FROM cocok_pispk WHERE puskesmas = ?) ORDER BY a.family, a.part, a.seq",
                (Object) puskesmas)) {
            while (m.next()) {
                families.computeIfAbsent(m.key(1), f -> new ArrayList<>()).add(codec.read(m.payload(2), Anggota.class));
            }
        } catch (SQLException e) {
            throw new StoreException("Tidak dapat membaca kandidat pencocokan: " + e.getMessage(), e);
        }
        try (DuckCursor c = new DuckCursor(store, "SELECT person, family, payload, keluarga FROM cocok_pispk"
                + " WHERE puskesmas = ? ORDER BY person, part, seq", (Object) puskesmas)) {
            while (c.next()) {
                Anggota a = codec.read(c.payload(3), Anggota.class);
                children.add(new PispkChild(c.key(1), new AnggotaDiKeluarga(a, codec.read(c.payload(4), Keluarga.class)),
                        families.getOrDefault(c.key(2), List.of())));
            }
        } catch (SQLException e) {
            throw new StoreException("Tidak dapat membaca kandidat pencocokan: " + e.getMessage(), e);
        }
        if (store.cipher().sortsAgain()) {
            // Subject-key order of the text, as without a key (stable: file and row order per key stay).
            children.sort(Comparator.comparing(PispkChild::personKey, KeyOrder.TEXT));
        }
        return children;
    }

    /** The e-PPGBM side of one puskesmas: measurements grouped per child (subject key order), each child's in row order. */
    private Map<String, List<Pengukuran>> eppgbmChildren(RecordStore store, byte[] puskesmas) {
        Map<String, List<Pengukuran>> measured = new LinkedHashMap<>();
        try (DuckCursor c = new DuckCursor(store, "SELECT person, payload FROM cocok_eppgbm WHERE puskesmas = ?"
                + " ORDER BY person, part, seq", (Object) puskesmas)) {
            while (c.next()) {
                measured.computeIfAbsent(c.key(1), x -> new ArrayList<>()).add(codec.read(c.payload(2), Pengukuran.class));
            }
        } catch (SQLException e) {
            throw new StoreException("Tidak dapat membaca kandidat pencocokan: " + e.getMessage(), e);
        }
        if (store.cipher().sortsAgain()) {
            // Children in the subject-key order of the text, as without a key.
            Map<String, List<Pengukuran>> sorted = new TreeMap<>(KeyOrder.TEXT);
            sorted.putAll(measured);
            return new LinkedHashMap<>(sorted);
        }
        return measured;
    }
}
