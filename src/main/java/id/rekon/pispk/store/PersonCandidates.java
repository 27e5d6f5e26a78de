package id.rekon.pispk.store;

import id.rekon.pispk.model.AnggotaDiKeluarga;
import id.rekon.pispk.model.PasanganKua;
import id.rekon.pispk.model.Anggota;
import id.rekon.pispk.model.Keluarga;
import id.rekon.pispk.model.PernikahanKua;
import id.rekon.pispk.model.PesertaPcare;

import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.BiConsumer;

/**
 * Reads the people the probable matcher compares between PIS-PK and one adult program (PCare or
 * the KUA spouses), any age, one puskesmas at a time so memory holds one puskesmas's candidates,
 * never the province's: PIS-PK members whose NIK found no record of the program (or who have no
 * usable NIK), and the program's records whose NIK found no PIS-PK member (or that have none).
 *
 * <p>The engine finds them with two anti-joins on the NIK into small tables of their own; each
 * puskesmas is then a lookup in those. Only puskesmas with a record without a usable NIK on either
 * side are read at all (two usable NIKs are never a pair), and records without a date of birth are
 * left out (the matcher needs it). A record key that repeats (the same PCare card in two files) is
 * read once: the first in subject-key, file and row order.
 */
public final class PersonCandidates {

    private static final int ANGGOTA = RecordKind.ANGGOTA.ordinal();

    private final PayloadCodec codec;

    public PersonCandidates(PayloadCodec codec) {
        this.codec = codec;
    }

    /** The program a pairing compares with PIS-PK. */
    public enum Program {
        PCARE(RecordKind.PCARE),
        KUA(RecordKind.KUA_PASANGAN);

        final RecordKind kind;

        Program(RecordKind kind) {
            this.kind = kind;
        }
    }

    /**
     * One puskesmas's unmatched records of both sides: PIS-PK members with their subject keys,
     * and the program's records ({@link PesertaPcare} or {@link PasanganKua}) with theirs.
     */
    public record Block(String kodePuskesmas, List<Keyed<AnggotaDiKeluarga>> pispk, List<Keyed<Object>> program) {
    }

    /** A record with its subject key. */
    public record Keyed<T>(String key, T record) {
    }

    /** Calls {@code action} once per puskesmas that has candidates on both sides, in puskesmas order. */
    public void forEachBlock(RecordStore store, Program program, BiConsumer<String, Block> action) {
        int kind = program.kind.ordinal();
        // The birth dates a record without a usable NIK can be paired on, per puskesmas: its own, one
        // day either side, day and month swapped (the matcher's blocks). A record WITH a usable NIK is
        // a candidate only on one of those dates of the other side: the others could never be
        // proposed, and copying every PIS-PK member's payload for the KUA pairing took about 450 MB
        // of the store's disk at 300,000 families.
        store.execute(
                "CREATE OR REPLACE TABLE cocok_tanggal_pispk AS " + tanggal("SELECT k.puskesmas, a.birth FROM record a"
                        + " JOIN keluarga k ON k.family = a.family WHERE a.kind = " + ANGGOTA + " AND a.nik IS NULL"
                        + " AND a.birth IS NOT NULL AND k.puskesmas IS NOT NULL"),
                "CREATE OR REPLACE TABLE cocok_tanggal_program AS " + tanggal("SELECT p.puskesmas, p.birth FROM record p"
                        + " WHERE p.kind = " + kind + " AND p.nik IS NULL AND p.birth IS NOT NULL AND p.puskesmas IS NOT NULL"),
                "CREATE OR REPLACE TABLE cocok_dewasa_pispk AS SELECT k.puskesmas, a.person, a.nik, a.part, a.seq,"
                        + " a.payload, k.payload AS keluarga FROM record a JOIN keluarga k ON k.family = a.family"
                        + " WHERE a.kind = " + ANGGOTA + " AND a.birth IS NOT NULL AND k.puskesmas IS NOT NULL"
                        + " AND NOT EXISTS (SELECT 1 FROM record p WHERE p.kind = " + kind + " AND p.nik = a.nik)"
                        + " AND (a.nik IS NULL OR EXISTS (SELECT 1 FROM cocok_tanggal_program t"
                        + " WHERE t.puskesmas = k.puskesmas AND t.hari = a.birth))",
                "CREATE OR REPLACE TABLE cocok_program AS SELECT p.puskesmas, p.person, p.nik, p.family, p.part,"
                        + " p.seq, p.payload FROM record p WHERE p.kind = " + kind
                        + " AND p.birth IS NOT NULL AND p.puskesmas IS NOT NULL"
                        + " AND NOT EXISTS (SELECT 1 FROM record a WHERE a.kind = " + ANGGOTA + " AND a.nik = p.nik)"
                        + " AND (p.nik IS NULL OR EXISTS (SELECT 1 FROM cocok_tanggal_pispk t"
                        + " WHERE t.puskesmas = p.puskesmas AND t.hari = p.birth))");
        List<byte[]> puskesmas = new ArrayList<>();
        try (DuckCursor c = new DuckCursor(store, "SELECT puskesmas FROM cocok_dewasa_pispk"
                + " INTERSECT SELECT puskesmas FROM cocok_program"
                + " INTERSECT (SELECT puskesmas FROM cocok_dewasa_pispk WHERE nik IS NULL"
                + " UNION SELECT puskesmas FROM cocok_program WHERE nik IS NULL) ORDER BY puskesmas")) {
            while (c.next()) {
                puskesmas.add(c.rows().getBytes(1));
            }
        } catch (SQLException e) {
            throw gagal(e);
        }
        for (byte[] p : puskesmas) {
            String kode = RecordWriter.text(p);
            action.accept(kode, new Block(kode, pispk(store, p), program(store, p)));
        }
        store.execute("DROP TABLE IF EXISTS cocok_dewasa_pispk", "DROP TABLE IF EXISTS cocok_program",
                "DROP TABLE IF EXISTS cocok_tanggal_pispk", "DROP TABLE IF EXISTS cocok_tanggal_program");
    }

    /**
     * {@code (puskesmas, hari)}: every date a record of {@code rows} (puskesmas, birth) can be paired
     * on. The relation is symmetric (one day either way; swapping twice is the date again), so it
     * serves either side.
     */
    private static String tanggal(String rows) {
        return "WITH r(puskesmas, birth) AS (" + rows + ") SELECT DISTINCT puskesmas, hari FROM ("
                + "SELECT puskesmas, birth AS hari FROM r UNION ALL SELECT puskesmas, birth - 1 FROM r"
                + " UNION ALL SELECT puskesmas, birth + 1 FROM r"
                + " UNION ALL SELECT puskesmas, make_date(year(birth), day(birth), month(birth)) FROM r WHERE day(birth) <= 12)";
    }

    private List<Keyed<AnggotaDiKeluarga>> pispk(RecordStore store, byte[] puskesmas) {
        List<Keyed<AnggotaDiKeluarga>> out = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        try (DuckCursor c = new DuckCursor(store, "SELECT person, payload, keluarga FROM cocok_dewasa_pispk"
                + " WHERE puskesmas = ? ORDER BY person, part, seq", (Object) puskesmas)) {
            while (c.next()) {
                String key = c.key(1);
                if (seen.add(key)) {
                    out.add(new Keyed<>(key, new AnggotaDiKeluarga(codec.read(c.payload(2), Anggota.class),
                            codec.read(c.payload(3), Keluarga.class))));
                }
            }
        } catch (SQLException e) {
            throw gagal(e);
        }
        return inKeyOrder(store, out);
    }

    private List<Keyed<Object>> program(RecordStore store, byte[] puskesmas) {
        List<Keyed<Object>> out = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        try (DuckCursor c = new DuckCursor(store, "SELECT person, family, payload FROM cocok_program"
                + " WHERE puskesmas = ? ORDER BY person, part, seq", (Object) puskesmas)) {
            while (c.next()) {
                String key = c.key(1);
                if (!seen.add(key)) {
                    continue;
                }
                Object record;
                if (key.startsWith("PCARE|")) {
                    record = codec.read(c.payload(3), PesertaPcare.class);
                } else {
                    // KUA_PASANGAN rows keep which spouse they are in the family column
                    record = new PasanganKua(codec.read(c.payload(3), PernikahanKua.class), "SUAMI".equals(c.key(2)));
                }
                out.add(new Keyed<>(key, record));
            }
        } catch (SQLException e) {
            throw gagal(e);
        }
        return inKeyOrder(store, out);
    }

    /**
     * With the store encrypted the engine orders by the encrypted keys: sorted again by the keys' text
     * (UTF-8 bytes, the engine's order in clear), so the matcher sees the same lists either way. The
     * sort is stable: what was first of a key stays first.
     */
    private static <T> List<Keyed<T>> inKeyOrder(RecordStore store, List<Keyed<T>> list) {
        if (store.cipher().sortsAgain()) {
            list.sort(Comparator.comparing(Keyed::key, KeyOrder.TEXT));
        }
        return list;
    }

    private static StoreException gagal(SQLException e) {
        return new StoreException("Tidak dapat membaca kandidat pencocokan: " + e.getMessage(), e);
    }
}
