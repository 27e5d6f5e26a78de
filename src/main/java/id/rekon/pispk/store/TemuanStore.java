package id.rekon.pispk.store;

import id.rekon.pispk.match.SubjectKeys;
import id.rekon.pispk.model.Cakupan;
import id.rekon.pispk.model.RuleCode;
import id.rekon.pispk.model.Sumber;
import id.rekon.pispk.model.Temuan;
import org.springframework.jdbc.core.JdbcTemplate;

import javax.sql.DataSource;
import java.sql.Date;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Findings of every run: a run replaces its own date's findings ({@code rekon_temuan}, one set of rows
 * per run date, kept). Reading them for the outputs joins the history ({@link RiwayatStore}) for the
 * status and first seen date, and the teams' feedback for {@code Tindak Lanjut} and {@code Catatan}.
 */
public class TemuanStore {

    private final JdbcTemplate jdbc;
    private final DataSource dataSource;
    private final PayloadCodec codec;

    public TemuanStore(DataSource dataSource, PayloadCodec codec) {
        this.dataSource = dataSource;
        this.jdbc = new JdbcTemplate(dataSource);
        this.codec = codec;
    }

    /** Removes this run's findings of the given rules (all rules when {@code only} is empty). */
    public void deleteRun(RunKey run, boolean matchOnly) {
        if (matchOnly) {
            jdbc.update("DELETE FROM rekon_temuan WHERE job_name = ? AND run_date = ? AND kode_aturan = ?",
                    run.jobName(), Date.valueOf(run.runDate()), RuleCode.MATCH_01.code());
            jdbc.update("DELETE FROM rekon_probable WHERE job_name = ? AND run_date = ?", run.jobName(),
                    Date.valueOf(run.runDate()));
        } else {
            jdbc.update("DELETE FROM rekon_temuan WHERE job_name = ? AND run_date = ? AND kode_aturan <> ?",
                    run.jobName(), Date.valueOf(run.runDate()), RuleCode.MATCH_01.code());
            jdbc.update("DELETE FROM rekon_konkordansi WHERE job_name = ? AND run_date = ?", run.jobName(),
                    Date.valueOf(run.runDate()));
        }
    }

    public void insert(RunKey run, List<Temuan> findings) {
        if (findings.isEmpty()) {
            return;
        }
        List<Object[]> args = new ArrayList<>(findings.size());
        for (Temuan t : findings) {
            args.add(new Object[] {run.jobName(), Date.valueOf(run.runDate()), t.idTemuan(), t.kodeAturan().code(),
                    t.kodePuskesmas(), Cakupan.kunciTahan(t), codec.write(t)});
        }
        // kode_tahan in a column, not only in the payload: the history decides in SQL what a missing
        // source holds back, and the payload is CBOR that SQL cannot read
        jdbc.batchUpdate("INSERT INTO rekon_temuan (job_name, run_date, id_temuan, kode_aturan, kode_puskesmas,"
                + " kode_tahan, payload) VALUES (?,?,?,?,?,?,?)", args);
    }

    public void insertProbableKeys(RunKey run, List<String[]> pairs, List<Double> scores) {
        List<Object[]> args = new ArrayList<>();
        for (int i = 0; i < pairs.size(); i++) {
            args.add(new Object[] {run.jobName(), Date.valueOf(run.runDate()), pairs.get(i)[0], pairs.get(i)[1],
                    scores.get(i)});
        }
        if (!args.isEmpty()) {
            jdbc.batchUpdate("INSERT INTO rekon_probable (job_name, run_date, left_key, right_key, score)"
                    + " VALUES (?,?,?,?,?)", args);
        }
    }

    /** Subject keys of every record in a proposed pair: roster rules stay silent for them. */
    public Set<String> probableKeys(RunKey run) {
        Set<String> keys = new HashSet<>();
        jdbc.query("SELECT left_key, right_key FROM rekon_probable WHERE job_name = ? AND run_date = ?", rs -> {
            keys.add(rs.getString(1));
            keys.add(rs.getString(2));
        }, run.jobName(), Date.valueOf(run.runDate()));
        return keys;
    }

    /**
     * For every record in a proposed pair, the sources of the records it was paired with: the
     * absence rules stay silent about those sources only (a PIS-PK member paired with a PCare row
     * is still BALITA-02 when no e-PPGBM record is his).
     */
    public Map<String, Set<Sumber>> probablePartners(RunKey run) {
        Map<String, Set<Sumber>> partners = new HashMap<>();
        jdbc.query("SELECT left_key, right_key FROM rekon_probable WHERE job_name = ? AND run_date = ?", rs -> {
            String left = rs.getString(1);
            String right = rs.getString(2);
            partner(partners, left, right);
            partner(partners, right, left);
        }, run.jobName(), Date.valueOf(run.runDate()));
        return partners;
    }

    private static void partner(Map<String, Set<Sumber>> partners, String key, String other) {
        Sumber s = SubjectKeys.sumber(other);
        Set<Sumber> set = partners.computeIfAbsent(key, k -> EnumSet.noneOf(Sumber.class));
        if (s != null) {
            set.add(s);
        }
    }

    public long countProbable(RunKey run) {
        Long n = jdbc.queryForObject("SELECT COUNT(*) FROM rekon_probable WHERE job_name = ? AND run_date = ?",
                Long.class, run.jobName(), Date.valueOf(run.runDate()));
        return n == null ? 0 : n;
    }

    public void saveKonkordansi(RunKey run, List<Konkordansi> rows) {
        List<Object[]> args = new ArrayList<>();
        for (Konkordansi k : rows) {
            args.add(new Object[] {run.jobName(), Date.valueOf(run.runDate()), k.kodePuskesmas(), k.indikator(),
                    k.setuju(), k.total()});
        }
        if (!args.isEmpty()) {
            jdbc.batchUpdate("INSERT INTO rekon_konkordansi (job_name, run_date, kode_puskesmas, indikator, setuju, total)"
                    + " VALUES (?,?,?,?,?,?)", args);
        }
    }

    public List<Konkordansi> konkordansi(RunKey run, String kodePuskesmas) {
        return jdbc.query("SELECT kode_puskesmas, indikator, setuju, total FROM rekon_konkordansi WHERE job_name = ?"
                + " AND run_date = ? AND kode_puskesmas = ? ORDER BY indikator", (rs, i) -> new Konkordansi(
                        rs.getString(1), rs.getString(2), rs.getLong(3), rs.getLong(4)), run.jobName(),
                Date.valueOf(run.runDate()), kodePuskesmas);
    }

    /** Puskesmas codes that own at least one finding of the run (unrouted excluded). */
    public List<String> puskesmasWithFindings(RunKey run) {
        return jdbc.queryForList("SELECT DISTINCT kode_puskesmas FROM rekon_temuan WHERE job_name = ? AND run_date = ?"
                + " AND kode_puskesmas IS NOT NULL ORDER BY kode_puskesmas", String.class, run.jobName(),
                Date.valueOf(run.runDate()));
    }

    /** The run dates whose findings are kept for {@code jobName}, newest first, at most {@code limit}. */
    public List<LocalDate> runDates(String jobName, int limit) {
        List<LocalDate> dates = jdbc.queryForList("SELECT DISTINCT run_date FROM rekon_temuan WHERE job_name = ?"
                + " ORDER BY run_date DESC", LocalDate.class, jobName);
        return dates.subList(0, Math.min(limit, dates.size()));
    }

    /** Count of findings per rule code and per puskesmas ({@code null} key: unrouted). */
    public Map<String, Map<String, Long>> countsByRuleAndPuskesmas(RunKey run) {
        Map<String, Map<String, Long>> out = new LinkedHashMap<>();
        jdbc.query("SELECT kode_aturan, kode_puskesmas, COUNT(DISTINCT id_temuan) FROM rekon_temuan WHERE job_name = ?"
                + " AND run_date = ? GROUP BY kode_aturan, kode_puskesmas ORDER BY kode_aturan, kode_puskesmas", rs -> {
                    out.computeIfAbsent(rs.getString(1), k -> new LinkedHashMap<>()).put(rs.getString(2), rs.getLong(3));
                }, run.jobName(), Date.valueOf(run.runDate()));
        return out;
    }

    /**
     * The run's findings of one puskesmas ({@code null}: the unrouted ones), ordered by id, each once,
     * with what the history knows: the first seen date of the finding's episode that holds this run
     * date (see {@link RiwayatStore}), and the team's current feedback as of this run date.
     */
    public TemuanCursor cursor(RunKey run, String kodePuskesmas) {
        String where = kodePuskesmas == null ? "t.kode_puskesmas IS NULL" : "t.kode_puskesmas = ?";
        Date date = Date.valueOf(run.runDate());
        Object[] args = kodePuskesmas == null
                ? new Object[] {date, date, run.jobName(), date}
                : new Object[] {date, date, run.jobName(), date, kodePuskesmas};
        return new TemuanCursor(new RowCursor(dataSource, WITH_HISTORY + " WHERE t.job_name = ? AND t.run_date = ? AND "
                + where + " ORDER BY t.id_temuan", args), codec, run.runDate());
    }

    /** Every finding of the run, ordered by puskesmas then id, each once, with its history as in {@link #cursor}. */
    public TemuanCursor cursorAll(RunKey run) {
        Date date = Date.valueOf(run.runDate());
        return new TemuanCursor(new RowCursor(dataSource, WITH_HISTORY + " WHERE t.job_name = ? AND t.run_date = ?"
                + " ORDER BY t.kode_puskesmas, t.id_temuan", date, date, run.jobName(), date), codec,
                run.runDate());
    }

    /**
     * Findings of this puskesmas resolved on this run date: open on the job's previous run (the
     * previous date the history holds) and absent tonight. Each with the first seen date of its
     * episode, the last payload seen, status {@code Selesai} and the team's feedback as of tonight.
     * Empty until the history step has applied the run.
     */
    public List<TemuanTercatat> resolvedSinceLastRun(RunKey run, String kodePuskesmas) {
        Date date = Date.valueOf(run.runDate());
        return jdbc.query("SELECT r.payload, r.first_seen, f.tindak_lanjut, f.catatan FROM rekon_riwayat r"
                + " LEFT JOIN rekon_umpan_balik f ON f.job_name = r.job_name AND f.id_temuan = r.id_temuan AND "
                + CURRENT_FEEDBACK + " WHERE r.job_name = ? AND r.resolved_on = ? AND r.kode_puskesmas = ?"
                + " ORDER BY r.id_temuan", (rs, i) -> new TemuanTercatat(codec.read(rs.getBytes(1), Temuan.class),
                        SELESAI, rs.getDate(2).toLocalDate(), rs.getString(3), rs.getString(4)),
                date, date, run.jobName(), date, kodePuskesmas);
    }

    /** Status of a finding in the resolved list. */
    public static final String SELESAI = "Selesai";

    /**
     * {@code f} is the id's latest feedback received on or before the run date (two date
     * parameters): no record of the same id is later by received date, then by insertion order.
     */
    private static final String CURRENT_FEEDBACK = "f.received_on <= ? AND NOT EXISTS (SELECT 1 FROM rekon_umpan_balik g"
            + " WHERE g.job_name = f.job_name AND g.id_temuan = f.id_temuan AND g.received_on <= ?"
            + " AND (g.received_on > f.received_on OR (g.received_on = f.received_on AND g.id > f.id)))";

    /**
     * A finding of the run with its episode (the one whose span holds the run date: at most one, as
     * episodes of an id never overlap) and its current feedback. Parameters: the run date twice
     * (feedback), then the caller's.
     */
    private static final String WITH_HISTORY = "SELECT t.payload, r.first_seen, f.tindak_lanjut, f.catatan"
            + " FROM rekon_temuan t"
            + " LEFT JOIN rekon_riwayat r ON r.job_name = t.job_name AND r.id_temuan = t.id_temuan"
            + " AND r.first_seen <= t.run_date AND (r.resolved_on IS NULL OR r.resolved_on > t.run_date)"
            + " AND r.last_seen >= t.run_date"
            + " LEFT JOIN rekon_umpan_balik f ON f.job_name = t.job_name AND f.id_temuan = t.id_temuan AND "
            + CURRENT_FEEDBACK;
}
