package id.rekon.pispk.store;

import org.springframework.jdbc.core.JdbcTemplate;

import javax.sql.DataSource;
import java.sql.Date;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * The history of findings across runs (docs/riwayat.md), kept in {@code rekon_riwayat} as
 * <em>episodes</em>: an episode of a finding runs from the run date it appeared ({@code first_seen})
 * through the last run date it was seen ({@code last_seen}) to the first later run date on which it
 * was absent ({@code resolved_on}, {@code null} while it is open). Absent means evaluated and not
 * found: on a date when its rule was not evaluated for its puskesmas ({@code rekon_tidak_dinilai},
 * a source it compares did not arrive) an open finding stays open. "Its rule" is the finding's hold
 * key ({@code kode_tahan}): for MATCH-01 the rule with the pair's program, so that a night without
 * PCare holds the PCare pairs and resolves the e-PPGBM pairs that went away. A finding that comes back after
 * being resolved opens a new episode; at most one episode of an id is open, and episodes of one id
 * never overlap.
 *
 * <p>{@link #apply(RunKey)} folds one run's findings ({@code rekon_temuan} of that date) into the
 * history. It is idempotent and order-proof: applying a date that the history already holds, or
 * an earlier date than the latest it holds (a forced rerun), first takes back everything from that
 * date on and then applies that date and every later one again, in date order, from their
 * {@code rekon_temuan} rows. So the history is always the one that applying the held dates in order,
 * once each, would give. Portable SQL only (H2 and PostgreSQL): plain {@code UPDATE},
 * {@code INSERT ... SELECT ... WHERE NOT EXISTS}, correlated subqueries.
 *
 * <p>Call inside one transaction (a tasklet's): a failure then leaves the history as it was.
 * Thread safety: one run of a job at a time (the job's own lock); different jobs never touch each
 * other's rows.
 */
public class RiwayatStore {

    private final JdbcTemplate jdbc;

    public RiwayatStore(DataSource dataSource) {
        this.jdbc = new JdbcTemplate(dataSource);
    }

    /** What applying one run date changed, for the operator's log. */
    public record Perubahan(LocalDate runDate, long baru, long dibukaUlang, long masihTerbuka, long selesai,
                            long ditahan, List<LocalDate> diulang) {
    }

    /**
     * Folds the findings of {@code run} into the history; see the class comment.
     *
     * @return the counts for {@code run} itself, with the later dates applied again (empty for a
     *         normal nightly run)
     */
    public Perubahan apply(RunKey run) {
        String job = run.jobName();
        List<LocalDate> held = jdbc.queryForList("SELECT run_date FROM rekon_riwayat_run WHERE job_name = ?"
                + " AND run_date >= ? ORDER BY run_date", LocalDate.class, job, Date.valueOf(run.runDate()));
        if (!held.isEmpty()) {
            takeBackFrom(job, run.runDate());
        }
        applyForward(job, run.runDate());
        Perubahan counts = counts(job, run.runDate(), held.stream().filter(d -> d.isAfter(run.runDate())).toList());
        for (LocalDate later : counts.diulang()) {
            applyForward(job, later);
        }
        return counts;
    }

    /**
     * Records which rules were not evaluated tonight for which puskesmas; the history keeps their
     * open findings open ({@link #apply}). Replaces what an earlier attempt of the run recorded.
     *
     * @param tidakDinilai pairs of hold key and puskesmas code: a rule code, or for MATCH-01 the rule
     *                     with a program ({@code MATCH-01:PCARE}, see {@code Cakupan.kunciTahan}),
     *                     matched against the findings' {@code kode_tahan}
     */
    public void tahan(RunKey run, List<String[]> tidakDinilai) {
        Date d = Date.valueOf(run.runDate());
        jdbc.update("DELETE FROM rekon_tidak_dinilai WHERE job_name = ? AND run_date = ?", run.jobName(), d);
        List<Object[]> rows = new ArrayList<>();
        for (String[] pair : tidakDinilai) {
            rows.add(new Object[] {run.jobName(), d, pair[0], pair[1]});
        }
        if (!rows.isEmpty()) {
            jdbc.batchUpdate("INSERT INTO rekon_tidak_dinilai (job_name, run_date, kode_aturan, kode_puskesmas)"
                    + " VALUES (?,?,?,?)", rows);
        }
    }

    /** The puskesmas that have open findings in the job's history: the ones whose data is expected tonight. */
    public List<String> puskesmasTerbuka(String jobName) {
        return jdbc.queryForList("SELECT DISTINCT kode_puskesmas FROM rekon_riwayat WHERE job_name = ?"
                + " AND resolved_on IS NULL AND kode_puskesmas IS NOT NULL", String.class, jobName);
    }

    /** The run dates the history holds for {@code jobName}, oldest first. */
    public List<LocalDate> runDates(String jobName) {
        return jdbc.queryForList("SELECT run_date FROM rekon_riwayat_run WHERE job_name = ? ORDER BY run_date",
                LocalDate.class, jobName);
    }

    /** One episode as stored; for tests and diagnostics. */
    public record Episode(String idTemuan, LocalDate firstSeen, LocalDate lastSeen, LocalDate resolvedOn,
                          String kodeAturan, String kodePuskesmas) {
    }

    /** Every episode of the job, ordered by id then first seen. */
    public List<Episode> episodes(String jobName) {
        return jdbc.query("SELECT id_temuan, first_seen, last_seen, resolved_on, kode_aturan, kode_puskesmas"
                + " FROM rekon_riwayat WHERE job_name = ? ORDER BY id_temuan, first_seen", (rs, i) -> new Episode(
                        rs.getString(1), rs.getDate(2).toLocalDate(), rs.getDate(3).toLocalDate(),
                        rs.getDate(4) == null ? null : rs.getDate(4).toLocalDate(), rs.getString(5), rs.getString(6)),
                jobName);
    }

    /**
     * One date forward; {@code date} is later than every date the history holds. Order matters:
     * seen findings are marked first, so the last statement resolves exactly the open ones not seen.
     */
    private void applyForward(String job, LocalDate date) {
        Date d = Date.valueOf(date);
        // still open: seen again tonight (kode_tahan too: an episode stored before findings carried
        // one gets it the first night it is seen again)
        jdbc.update("UPDATE rekon_riwayat r SET last_seen = ?, payload = " + payloadOn("r.job_name", "r.id_temuan", "?")
                + ", kode_tahan = COALESCE((SELECT MIN(t.kode_tahan) FROM rekon_temuan t WHERE t.job_name = r.job_name"
                + " AND t.run_date = ? AND t.id_temuan = r.id_temuan), r.kode_tahan)"
                + " WHERE r.job_name = ? AND r.resolved_on IS NULL AND EXISTS (SELECT 1 FROM rekon_temuan t"
                + " WHERE t.job_name = r.job_name AND t.run_date = ? AND t.id_temuan = r.id_temuan)", d, d, d, job, d);
        // new, or back after being resolved: a new episode
        jdbc.update("INSERT INTO rekon_riwayat (job_name, id_temuan, first_seen, last_seen, kode_aturan,"
                + " kode_puskesmas, kode_tahan, payload) SELECT k.job_name, k.id_temuan, k.run_date, k.run_date,"
                + " k.kode_aturan, k.kode_puskesmas, k.kode_tahan, " + payloadOn("k.job_name", "k.id_temuan", "k.run_date")
                + " FROM (SELECT t.job_name, t.id_temuan, t.run_date, MIN(t.kode_aturan) AS kode_aturan,"
                + " MIN(t.kode_puskesmas) AS kode_puskesmas, MIN(t.kode_tahan) AS kode_tahan"
                + " FROM rekon_temuan t WHERE t.job_name = ? AND t.run_date = ?"
                + " AND NOT EXISTS (SELECT 1 FROM rekon_riwayat r WHERE r.job_name = t.job_name"
                + " AND r.id_temuan = t.id_temuan AND r.resolved_on IS NULL)"
                + " GROUP BY t.job_name, t.id_temuan, t.run_date) k", job, d);
        // open but absent tonight: resolved tonight, unless it was not evaluated tonight for its
        // puskesmas (a source it compares did not arrive): then it stays open, as last seen. Matched
        // on the hold key, so a MATCH-01 pair is held by its own program only (MATCH-01:PCARE); an
        // episode without one (stored before) by its rule code
        jdbc.update("UPDATE rekon_riwayat SET resolved_on = ? WHERE job_name = ? AND resolved_on IS NULL"
                + " AND last_seen < ? AND NOT EXISTS (SELECT 1 FROM rekon_tidak_dinilai x"
                + " WHERE x.job_name = rekon_riwayat.job_name AND x.run_date = ?"
                + " AND x.kode_aturan = COALESCE(rekon_riwayat.kode_tahan, rekon_riwayat.kode_aturan)"
                + " AND x.kode_puskesmas = rekon_riwayat.kode_puskesmas)",
                d, job, d, d);
        // never held yet: apply() took back every date from this one on
        jdbc.update("INSERT INTO rekon_riwayat_run (job_name, run_date) VALUES (?, ?)", job, d);
    }

    /**
     * Undoes every date from {@code from} on: the history becomes what it was after the last held
     * date before {@code from}. Episodes that began on or after it go; episodes resolved on or after
     * it are open again; episodes seen on or after it get back the last date (and payload) on which
     * an earlier held run saw them.
     */
    private void takeBackFrom(String job, LocalDate from) {
        Date d = Date.valueOf(from);
        jdbc.update("DELETE FROM rekon_riwayat WHERE job_name = ? AND first_seen >= ?", job, d);
        jdbc.update("UPDATE rekon_riwayat SET resolved_on = NULL WHERE job_name = ? AND resolved_on >= ?", job, d);
        String lastHeldBefore = "(SELECT MAX(t.run_date) FROM rekon_temuan t WHERE t.job_name = r.job_name"
                + " AND t.id_temuan = r.id_temuan AND t.run_date >= r.first_seen AND t.run_date < ?"
                + " AND EXISTS (SELECT 1 FROM rekon_riwayat_run h WHERE h.job_name = t.job_name"
                + " AND h.run_date = t.run_date))";
        // COALESCE: should that run's rows be gone, keep what is known rather than break the history
        jdbc.update("UPDATE rekon_riwayat r SET last_seen = COALESCE(" + lastHeldBefore + ", r.first_seen),"
                + " payload = COALESCE(" + payloadOn("r.job_name", "r.id_temuan", lastHeldBefore) + ", r.payload)"
                + " WHERE r.job_name = ? AND r.last_seen >= ?", d, d, job, d);
        jdbc.update("DELETE FROM rekon_riwayat_run WHERE job_name = ? AND run_date >= ?", job, d);
    }

    /**
     * The payload of a finding on a run date, as a scalar subquery. A rule may meet the same subject
     * twice in a run, so one row is chosen, always the same (lowest bytes). Not {@code MIN(payload)}:
     * PostgreSQL has no MIN over {@code BYTEA}; {@code ORDER BY ... FETCH FIRST} is standard in both.
     */
    private static String payloadOn(String job, String id, String date) {
        return "(SELECT p.payload FROM rekon_temuan p WHERE p.job_name = " + job + " AND p.id_temuan = " + id
                + " AND p.run_date = " + date + " ORDER BY p.payload FETCH FIRST 1 ROWS ONLY)";
    }

    private Perubahan counts(String job, LocalDate date, List<LocalDate> later) {
        Date d = Date.valueOf(date);
        long baru = count("SELECT COUNT(*) FROM rekon_riwayat WHERE job_name = ? AND first_seen = ?", job, d);
        long dibukaUlang = count("SELECT COUNT(*) FROM rekon_riwayat r WHERE r.job_name = ? AND r.first_seen = ?"
                + " AND EXISTS (SELECT 1 FROM rekon_riwayat e WHERE e.job_name = r.job_name"
                + " AND e.id_temuan = r.id_temuan AND e.first_seen < r.first_seen)", job, d);
        long masih = count("SELECT COUNT(*) FROM rekon_riwayat WHERE job_name = ? AND first_seen < ?"
                + " AND last_seen = ?", job, d, d);
        long selesai = count("SELECT COUNT(*) FROM rekon_riwayat WHERE job_name = ? AND resolved_on = ?", job, d);
        long ditahan = count("SELECT COUNT(*) FROM rekon_riwayat WHERE job_name = ? AND resolved_on IS NULL"
                + " AND last_seen < ?", job, d);
        return new Perubahan(date, baru, dibukaUlang, masih, selesai, ditahan, later);
    }

    private long count(String sql, Object... args) {
        Long n = jdbc.queryForObject(sql, Long.class, args);
        return n == null ? 0 : n;
    }
}
