package id.rekon.pispk.store;

import id.rekon.pispk.model.Temuan;
import org.springframework.jdbc.core.JdbcTemplate;

import javax.sql.DataSource;
import java.sql.Date;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * The teams' feedback ({@code rekon_umpan_balik}) and the look-ups that check a returned workbook
 * against the history. Feedback is appended per run date; the current feedback of an id is its
 * latest record (received date, then insertion order). A run first removes what it received itself
 * ({@link #deleteReceived}), so reading the same returned workbooks again (restart, forced rerun)
 * never duplicates anything. Portable SQL (H2, PostgreSQL). Call within the step's transaction.
 *
 * <p>The teams' decisions on MATCH-01 pairs ({@code rekon_keputusan_pasangan},
 * {@link KeputusanPasangan}) are kept here too, beside the feedback they came with: they are
 * received, removed and read again with it, and {@link #pasanganDitolak} tells the matcher which
 * pairs not to propose.
 */
public class UmpanBalikStore {

    /** The longest note kept: Excel's own limit for a cell. */
    public static final int MAX_CATATAN = 32767;

    private final JdbcTemplate jdbc;
    private final PayloadCodec codec;

    public UmpanBalikStore(DataSource dataSource, PayloadCodec codec) {
        this.jdbc = new JdbcTemplate(dataSource);
        this.codec = codec;
    }

    /** Removes the feedback received by this run (it is about to be read again). */
    public void deleteReceived(RunKey run) {
        jdbc.update("DELETE FROM rekon_umpan_balik WHERE job_name = ? AND received_on = ?", run.jobName(),
                Date.valueOf(run.runDate()));
        jdbc.update("DELETE FROM rekon_keputusan_pasangan WHERE job_name = ? AND received_on = ?", run.jobName(),
                Date.valueOf(run.runDate()));
    }

    /** Stores a MATCH-01 decision as received by {@code run}; it becomes the pair's current decision. */
    public void insert(RunKey run, KeputusanPasangan decision) {
        jdbc.update("INSERT INTO rekon_keputusan_pasangan (job_name, kunci_pasangan, id_temuan, kode_puskesmas,"
                + " keputusan, received_on, file_name, recorded_at) VALUES (?,?,?,?,?,?,?,CURRENT_TIMESTAMP)",
                run.jobName(), decision.kunciPasangan(), decision.idTemuan(), decision.kodePuskesmas(),
                decision.keputusan().name(), Date.valueOf(run.runDate()), decision.fileName());
    }

    /**
     * The pairs the teams said are two different people, as of the run date: every pair key whose
     * latest decision received on or before it is {@link KeputusanPasangan.Keputusan#BUKAN}. The
     * matcher never proposes these pairs ({@code ProbableMatcher.match}).
     */
    public Set<String> pasanganDitolak(RunKey run) {
        Set<String> ditolak = new TreeSet<>();
        keputusan(run).forEach((pair, k) -> {
            if (k == KeputusanPasangan.Keputusan.BUKAN) {
                ditolak.add(pair);
            }
        });
        return ditolak;
    }

    /** Each decided pair's latest decision received on or before the run date, by pair key. */
    public Map<String, KeputusanPasangan.Keputusan> keputusan(RunKey run) {
        Map<String, KeputusanPasangan.Keputusan> latest = new HashMap<>();
        // oldest first: a later decision on the same pair replaces an earlier one
        jdbc.query("SELECT kunci_pasangan, keputusan FROM rekon_keputusan_pasangan WHERE job_name = ?"
                + " AND received_on <= ? ORDER BY received_on, id", rs -> {
                    latest.put(rs.getString(1), KeputusanPasangan.Keputusan.valueOf(rs.getString(2)));
                }, run.jobName(), Date.valueOf(run.runDate()));
        return latest;
    }

    /** Every decision of the job, oldest first: id, puskesmas, decision, received on, file; for tests and diagnostics. */
    public List<Object[]> allKeputusan(String jobName) {
        return jdbc.query("SELECT id_temuan, kode_puskesmas, keputusan, received_on, file_name"
                + " FROM rekon_keputusan_pasangan WHERE job_name = ? ORDER BY received_on, id", (rs, i) -> new Object[] {
                        rs.getString(1), rs.getString(2), rs.getString(3), rs.getDate(4).toLocalDate(),
                        rs.getString(5)}, jobName);
    }

    /** Stores {@code feedback} as received by {@code run}; it becomes the id's current feedback. */
    public void insert(RunKey run, UmpanBalik feedback) {
        String catatan = feedback.catatan().length() > MAX_CATATAN
                ? feedback.catatan().substring(0, MAX_CATATAN) : feedback.catatan();
        jdbc.update("INSERT INTO rekon_umpan_balik (job_name, id_temuan, kode_puskesmas, tindak_lanjut, catatan,"
                + " received_on, file_name) VALUES (?,?,?,?,?,?,?)", run.jobName(), feedback.idTemuan(),
                feedback.kodePuskesmas(), feedback.tindakLanjut(), catatan, Date.valueOf(run.runDate()),
                feedback.fileName());
    }

    /** The id's current feedback as of the run date (received on or before it), if any. */
    public Optional<UmpanBalik> current(RunKey run, String idTemuan) {
        return asOf(run, idTemuan);
    }

    /**
     * The id's feedback as the workbook of {@code date} showed it (the latest received on or before
     * that run date), if any.
     */
    public Optional<UmpanBalik> shownOn(String jobName, String idTemuan, LocalDate date) {
        return asOf(new RunKey(jobName, date), idTemuan);
    }

    private Optional<UmpanBalik> asOf(RunKey run, String idTemuan) {
        List<UmpanBalik> rows = jdbc.query("SELECT id_temuan, kode_puskesmas, tindak_lanjut, catatan, file_name"
                + " FROM rekon_umpan_balik WHERE job_name = ? AND id_temuan = ? AND received_on <= ?"
                + " ORDER BY received_on DESC, id DESC", (rs, i) -> new UmpanBalik(rs.getString(1), rs.getString(2),
                        rs.getString(3), rs.getString(4), rs.getString(5)),
                run.jobName(), idTemuan, Date.valueOf(run.runDate()));
        return rows.stream().findFirst();
    }

    /** Every feedback record of the job, oldest first; for tests and diagnostics. */
    public List<Object[]> all(String jobName) {
        return jdbc.query("SELECT id_temuan, kode_puskesmas, tindak_lanjut, catatan, received_on, file_name"
                + " FROM rekon_umpan_balik WHERE job_name = ? ORDER BY received_on, id", (rs, i) -> new Object[] {
                        rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4),
                        rs.getDate(5).toLocalDate(), rs.getString(6)}, jobName);
    }

    /**
     * The finding {@code idTemuan} as the history knows it: its version of {@code workbookDate} (the
     * run date printed in the returned workbook) when that run's rows are kept, else its last payload
     * in the history. Empty when the job never saw the id.
     */
    public Optional<TemuanDikenal> known(RunKey run, String idTemuan, LocalDate workbookDate) {
        if (workbookDate != null) {
            List<byte[]> version = jdbc.queryForList("SELECT payload FROM rekon_temuan WHERE job_name = ?"
                    + " AND run_date = ? AND id_temuan = ? ORDER BY payload", byte[].class, run.jobName(),
                    Date.valueOf(workbookDate), idTemuan);
            if (!version.isEmpty()) {
                return Optional.of(new TemuanDikenal(codec.read(version.get(0), Temuan.class), true));
            }
        }
        List<byte[]> last = jdbc.queryForList("SELECT payload FROM rekon_riwayat WHERE job_name = ? AND id_temuan = ?"
                + " ORDER BY first_seen DESC", byte[].class, run.jobName(), idTemuan);
        return last.stream().findFirst().map(p -> new TemuanDikenal(codec.read(p, Temuan.class), false));
    }

    /** Codes of the puskesmas that own at least one finding in the job's history. */
    public Set<String> puskesmasCodes(String jobName) {
        return new TreeSet<>(jdbc.queryForList("SELECT DISTINCT kode_puskesmas FROM rekon_riwayat WHERE job_name = ?"
                + " AND kode_puskesmas IS NOT NULL", String.class, jobName));
    }
}
