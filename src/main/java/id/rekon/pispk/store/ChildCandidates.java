package id.rekon.pispk.store;

import id.rekon.pispk.match.AnggotaDiKeluarga;
import id.rekon.pispk.model.Anggota;
import id.rekon.pispk.model.Keluarga;
import id.rekon.pispk.model.Pengukuran;
import org.springframework.jdbc.core.JdbcTemplate;

import javax.sql.DataSource;
import java.sql.Date;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;

/**
 * Reads the children the probable matcher compares, one puskesmas at a time so memory holds one
 * puskesmas's children, never the province's: PIS-PK members born after {@code bornAfter} whose
 * NIK found no e-PPGBM record, and e-PPGBM children born after it whose NIK found no PIS-PK member.
 */
public final class ChildCandidates {

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
     * Calls {@code action} once per puskesmas that has unmatched children on either side; e-PPGBM
     * measurements are grouped per child (subject key), in row order.
     */
    public void forEachBlock(RunKey run, LocalDate bornAfter, BiConsumer<String, Block> action) {
        Date run0 = Date.valueOf(run.runDate());
        Date born = Date.valueOf(bornAfter);
        String pispkSql = "SELECT k.puskesmas, a.person_key, a.payload, k.payload FROM rekon_record a"
                + " JOIN rekon_record k ON k.job_name = a.job_name AND k.run_date = a.run_date AND k.kind = 'KELUARGA'"
                + " AND k.family_key = a.family_key"
                + " WHERE a.job_name = ? AND a.run_date = ? AND a.kind = 'ANGGOTA' AND a.birth_date > ?"
                + " AND k.puskesmas IS NOT NULL AND (a.nik_key IS NULL OR NOT EXISTS (SELECT 1 FROM rekon_record e"
                + " WHERE e.job_name = a.job_name AND e.run_date = a.run_date AND e.kind = 'EPPGBM'"
                + " AND e.nik_key = a.nik_key)) ORDER BY k.puskesmas, a.person_key, a.id";
        String eppgbmSql = "SELECT e.puskesmas, e.person_key, e.payload FROM rekon_record e"
                + " WHERE e.job_name = ? AND e.run_date = ? AND e.kind = 'EPPGBM' AND e.birth_date > ?"
                + " AND e.puskesmas IS NOT NULL AND (e.nik_key IS NULL OR NOT EXISTS (SELECT 1 FROM rekon_record a"
                + " WHERE a.job_name = e.job_name AND a.run_date = e.run_date AND a.kind = 'ANGGOTA'"
                + " AND a.nik_key = e.nik_key)) ORDER BY e.puskesmas, e.person_key, e.id";
        try (RowCursor p = new RowCursor(dataSource, pispkSql, run.jobName(), run0, born);
                RowCursor e = new RowCursor(dataSource, eppgbmSql, run.jobName(), run0, born)) {
            boolean hasP = p.next();
            boolean hasE = e.next();
            while (hasP || hasE) {
                String pk = hasP ? p.rows().getString(1) : null;
                String ek = hasE ? e.rows().getString(1) : null;
                String block = pk == null ? ek : ek == null ? pk : (pk.compareTo(ek) <= 0 ? pk : ek);
                List<PispkChild> children = new ArrayList<>();
                Map<String, List<Anggota>> families = new LinkedHashMap<>();
                while (hasP && block.equals(p.rows().getString(1))) {
                    Anggota a = codec.read(p.rows().getBytes(3), Anggota.class);
                    Keluarga k = codec.read(p.rows().getBytes(4), Keluarga.class);
                    List<Anggota> members = families.computeIfAbsent(a.kodeKeluarga(), f -> members(run, f));
                    children.add(new PispkChild(p.rows().getString(2), new AnggotaDiKeluarga(a, k), members));
                    hasP = p.next();
                }
                Map<String, List<Pengukuran>> measured = new LinkedHashMap<>();
                while (hasE && block.equals(e.rows().getString(1))) {
                    measured.computeIfAbsent(e.rows().getString(2), x -> new ArrayList<>())
                            .add(codec.read(e.rows().getBytes(3), Pengukuran.class));
                    hasE = e.next();
                }
                action.accept(block, new Block(block, children, measured));
            }
        } catch (SQLException ex) {
            throw new StoreException("Tidak dapat membaca kandidat pencocokan", ex);
        }
    }

    private List<Anggota> members(RunKey run, String kodeKeluarga) {
        return jdbc.query("SELECT payload FROM rekon_record WHERE job_name = ? AND run_date = ? AND kind = 'ANGGOTA'"
                + " AND family_key = ? ORDER BY id", (rs, i) -> codec.read(rs.getBytes(1), Anggota.class),
                run.jobName(), Date.valueOf(run.runDate()), kodeKeluarga);
    }
}
