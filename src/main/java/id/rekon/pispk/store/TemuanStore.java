package id.rekon.pispk.store;

import id.rekon.pispk.model.RuleCode;
import id.rekon.pispk.model.Temuan;
import org.springframework.jdbc.core.JdbcTemplate;

import javax.sql.DataSource;
import java.sql.Date;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Findings of every run, kept as history: a run replaces its own date's findings and reads the
 * earlier dates to tell new findings from ones still open.
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
                    t.kodePuskesmas(), codec.write(t)});
        }
        jdbc.batchUpdate("INSERT INTO rekon_temuan (job_name, run_date, id_temuan, kode_aturan, kode_puskesmas, payload)"
                + " VALUES (?,?,?,?,?,?)", args);
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
     * with the date this job first saw it (the earliest run date holding the same id).
     */
    public TemuanCursor cursor(RunKey run, String kodePuskesmas) {
        String where = kodePuskesmas == null ? "t.kode_puskesmas IS NULL" : "t.kode_puskesmas = ?";
        Object[] args = kodePuskesmas == null
                ? new Object[] {run.jobName(), Date.valueOf(run.runDate())}
                : new Object[] {run.jobName(), Date.valueOf(run.runDate()), kodePuskesmas};
        return new TemuanCursor(new RowCursor(dataSource, FIRST_SEEN + " WHERE t.job_name = ? AND t.run_date = ? AND "
                + where + " ORDER BY t.id_temuan", args), codec, run.runDate());
    }

    /** Every finding of the run, ordered by puskesmas then id, each once. */
    public TemuanCursor cursorAll(RunKey run) {
        return new TemuanCursor(new RowCursor(dataSource, FIRST_SEEN + " WHERE t.job_name = ? AND t.run_date = ?"
                + " ORDER BY t.kode_puskesmas, t.id_temuan", run.jobName(), Date.valueOf(run.runDate())), codec,
                run.runDate());
    }

    /**
     * Findings of this puskesmas present in the job's previous run (the latest earlier date) and
     * absent tonight: resolved since the last run.
     */
    public List<TemuanTercatat> resolvedSinceLastRun(RunKey run, String kodePuskesmas) {
        Date date = Date.valueOf(run.runDate());
        return jdbc.query("SELECT p.payload, p.run_date FROM rekon_temuan p WHERE p.job_name = ? AND p.kode_puskesmas = ?"
                + " AND p.run_date = (SELECT MAX(run_date) FROM rekon_temuan WHERE job_name = ? AND run_date < ?)"
                + " AND NOT EXISTS (SELECT 1 FROM rekon_temuan t WHERE t.job_name = p.job_name AND t.run_date = ?"
                + " AND t.id_temuan = p.id_temuan) ORDER BY p.id_temuan", (rs, i) -> new TemuanTercatat(
                        codec.read(rs.getBytes(1), Temuan.class), "Selesai", rs.getDate(2).toLocalDate()),
                run.jobName(), kodePuskesmas, run.jobName(), date, date);
    }

    private static final String FIRST_SEEN = "SELECT t.payload, (SELECT MIN(h.run_date) FROM rekon_temuan h"
            + " WHERE h.job_name = t.job_name AND h.id_temuan = t.id_temuan) FROM rekon_temuan t";
}
