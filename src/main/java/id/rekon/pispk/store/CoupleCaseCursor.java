package id.rekon.pispk.store;

import id.rekon.pispk.model.AnggotaDiKeluarga;
import id.rekon.pispk.model.CoupleCase;
import id.rekon.pispk.match.SubjectKeys;
import id.rekon.pispk.model.Anggota;
import id.rekon.pispk.model.Keluarga;
import id.rekon.pispk.model.PernikahanKua;

import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Streams KUA couples with the PIS-PK members matched by NIK to each spouse. The members of every
 * spouse's NIK are read first in one join (couples are few next to members: at most two NIKs per
 * couple are held), then the couples in subject-key order (of the encrypted keys when the store is
 * encrypted: each couple's findings stand alone).
 */
public final class CoupleCaseCursor implements AutoCloseable {

    private final DuckCursor cursor;
    private final PayloadCodec codec;
    private final Set<String> probableKeys;
    private final Map<String, List<AnggotaDiKeluarga>> members = new HashMap<>();

    public CoupleCaseCursor(RecordStore store, PayloadCodec codec, Set<String> probableKeys) {
        this.codec = codec;
        this.probableKeys = probableKeys;
        try (DuckCursor m = new DuckCursor(store, "SELECT a.nik, a.payload, k.payload FROM record a"
                + " LEFT JOIN keluarga k ON k.family = a.family WHERE a.kind = " + RecordKind.ANGGOTA.ordinal()
                + " AND a.nik IN (SELECT nik FROM record WHERE kind = " + RecordKind.KUA_PASANGAN.ordinal()
                + " AND nik IS NOT NULL) ORDER BY a.nik, a.part, a.seq")) {
            while (m.next()) {
                byte[] family = m.payload(3);
                members.computeIfAbsent(m.nik(1), n -> new ArrayList<>()).add(new AnggotaDiKeluarga(
                        codec.read(m.payload(2), Anggota.class), family == null ? null : codec.read(family, Keluarga.class)));
            }
        } catch (SQLException e) {
            throw new StoreException("Tidak dapat membaca data malam ini: " + e.getMessage(), e);
        }
        this.cursor = new DuckCursor(store, "SELECT payload FROM record WHERE kind = " + RecordKind.KUA.ordinal()
                + " ORDER BY person, part, seq");
    }

    /** The next couple, or {@code null} at the end. */
    public CoupleCase next() {
        if (!cursor.next()) {
            return null;
        }
        PernikahanKua k;
        try {
            k = codec.read(cursor.payload(1), PernikahanKua.class);
        } catch (SQLException e) {
            throw new StoreException("Tidak dapat membaca data malam ini: " + e.getMessage(), e);
        }
        boolean probable = probableKeys.contains(SubjectKeys.pasangan(k, true))
                || probableKeys.contains(SubjectKeys.pasangan(k, false));
        return new CoupleCase(k, members(k.suami() == null ? null : k.suami().nik().key()),
                members(k.istri() == null ? null : k.istri().nik().key()), probable);
    }

    private List<AnggotaDiKeluarga> members(String nikKey) {
        return nikKey == null ? List.of() : members.getOrDefault(nikKey, List.of());
    }

    @Override
    public void close() {
        cursor.close();
    }
}
