package id.rekon.pispk.store;

import id.rekon.pispk.model.Ditolak;

import id.rekon.pispk.model.Cakupan;
import id.rekon.pispk.model.Sumber;
import org.springframework.jdbc.core.JdbcTemplate;

import java.sql.Date;
import java.sql.ResultSet;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The run's small, transactional tables: the inbox files with their counts, rejects, routing errors
 * and the counts steps keep. Tonight's records themselves are in {@link RecordStore}. Scoped by {@link RunKey}; a run first clears its own rows, so every step that
 * writes here can be repeated after a failure without duplicating anything.
 */
public class StagingStore {

    private static final String CAKUPAN = "cakupan|";
    private static final String KURANG = "kurang|";

    private static final int MAX_TEXT = 60000;

    private final JdbcTemplate jdbc;
    public StagingStore(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Removes the staging rows of this job: staging only serves the run being made, while
     * findings of earlier dates stay as history. Findings of this same date are removed too,
     * since the run remakes them.
     */
    public void clearForRun(RunKey run) {
        for (String table : List.of("rekon_reject", "rekon_unrouted", "rekon_probable")) {
            jdbc.update("DELETE FROM " + table + " WHERE job_name = ?", run.jobName());
        }
        for (String table : List.of("rekon_file", "rekon_temuan", "rekon_konkordansi", "rekon_stat",
                "rekon_tidak_dinilai")) {
            jdbc.update("DELETE FROM " + table + " WHERE job_name = ? AND run_date = ?", run.jobName(),
                    Date.valueOf(run.runDate()));
        }
    }

    /**
     * Forgets what an earlier attempt of the run stored for one file (its rejects, routing errors,
     * counts and outcome), before the file is read again from its first row.
     */
    public void resetFile(RunKey run, String fileName) {
        Date d = Date.valueOf(run.runDate());
        jdbc.update("DELETE FROM rekon_reject WHERE job_name = ? AND run_date = ? AND file_name = ?", run.jobName(), d,
                fileName);
        jdbc.update("DELETE FROM rekon_unrouted WHERE job_name = ? AND run_date = ? AND file_name = ?", run.jobName(), d,
                fileName);
        jdbc.update("UPDATE rekon_file SET rows_read = 0, rows_stored = 0, rows_rejected = 0, families = 0, error = NULL,"
                + " rows_skipped = 0 WHERE job_name = ? AND run_date = ? AND file_name = ?", run.jobName(), d, fileName);
    }

    /** Sets the families each file contributed (a family repeated across files counts for the first file only). */
    public void saveFamilies(RunKey run, Map<String, Long> perFile) {
        Date d = Date.valueOf(run.runDate());
        jdbc.update("UPDATE rekon_file SET families = 0 WHERE job_name = ? AND run_date = ?", run.jobName(), d);
        perFile.forEach((file, n) -> jdbc.update("UPDATE rekon_file SET families = ? WHERE job_name = ? AND run_date = ?"
                + " AND file_name = ?", n, run.jobName(), d, file));
    }

    /** Adds a chunk's counts to a file's totals (same transaction as the rows they count). */
    public void addCounts(RunKey run, String fileName, long read, long stored, long rejected, long families) {
        jdbc.update("UPDATE rekon_file SET rows_read = rows_read + ?, rows_stored = rows_stored + ?,"
                + " rows_rejected = rows_rejected + ?, families = families + ? WHERE job_name = ? AND run_date = ?"
                + " AND file_name = ?", read, stored, rejected, families, run.jobName(), Date.valueOf(run.runDate()),
                fileName);
    }

    /** Records a count a step computed (replacing an earlier value of the same run). */
    public void saveStat(RunKey run, String name, long value) {
        jdbc.update("DELETE FROM rekon_stat WHERE job_name = ? AND run_date = ? AND stat_name = ?", run.jobName(),
                Date.valueOf(run.runDate()), name);
        jdbc.update("INSERT INTO rekon_stat (job_name, run_date, stat_name, stat_value) VALUES (?,?,?,?)", run.jobName(),
                Date.valueOf(run.runDate()), name, value);
    }

    /**
     * Keeps tonight's stored rows per source and puskesmas, replacing what an earlier attempt kept.
     *
     * @param rows rows per source and puskesmas code ({@code null} for rows not routed to one)
     */
    public void saveCakupan(RunKey run, Map<Sumber, Map<String, Long>> rows) {
        jdbc.update("DELETE FROM rekon_stat WHERE job_name = ? AND run_date = ? AND stat_name LIKE 'cakupan|%'",
                run.jobName(), Date.valueOf(run.runDate()));
        List<Object[]> args = new ArrayList<>();
        rows.forEach((sumber, perPuskesmas) -> perPuskesmas.forEach((kode, n) -> args.add(new Object[] {run.jobName(),
                Date.valueOf(run.runDate()), CAKUPAN + sumber.name() + "|" + (kode == null ? "" : kode), n})));
        jdbc.batchUpdate("INSERT INTO rekon_stat (job_name, run_date, stat_name, stat_value) VALUES (?,?,?,?)", args);
    }

    /**
     * What the job's recent runs before {@code run} received: the union of the coverage of its last
     * {@code runs} run dates that kept one, or {@code null} when there is none (the first run, or
     * runs made before coverage was kept). A union over several nights, so an export missing two
     * nights in a row is still reported the second night.
     */
    public Cakupan cakupanSebelumnya(RunKey run, int runs) {
        List<LocalDate> dates = jdbc.queryForList("SELECT DISTINCT run_date FROM rekon_stat WHERE job_name = ?"
                + " AND run_date < ? AND stat_name LIKE 'cakupan|%' ORDER BY run_date DESC", LocalDate.class,
                run.jobName(), Date.valueOf(run.runDate()));
        if (dates.isEmpty()) {
            return null;
        }
        LocalDate from = dates.get(Math.min(runs, dates.size()) - 1);
        return cakupan(run.jobName(), Date.valueOf(from), Date.valueOf(run.runDate()));
    }

    /** Which sources arrived tonight for which puskesmas, from the counts {@link #saveCakupan} kept. */
    public Cakupan cakupan(RunKey run) {
        Date d = Date.valueOf(run.runDate());
        return cakupan(run.jobName(), d, Date.valueOf(run.runDate().plusDays(1)));
    }

    /** The coverage counted over the run dates from {@code from} (included) to {@code until} (excluded). */
    private Cakupan cakupan(String jobName, Date from, Date until) {
        Map<Sumber, Map<String, Long>> rows = new EnumMap<>(Sumber.class);
        jdbc.query("SELECT stat_name, stat_value FROM rekon_stat WHERE job_name = ? AND run_date >= ? AND run_date < ?"
                + " AND stat_name LIKE 'cakupan|%'", (ResultSet rs) -> {
                    String[] parts = rs.getString(1).split("\\|", -1);
                    rows.computeIfAbsent(Sumber.valueOf(parts[1]), x -> new HashMap<>())
                            .merge(parts[2].isEmpty() ? null : parts[2], rs.getLong(2), Long::sum);
                }, jobName, from, until);
        return Cakupan.dari(rows);
    }

    /** Keeps what the {@code cakupan} step found missing, for the run report and the outputs. */
    public void saveKekurangan(RunKey run, List<Cakupan.Kekurangan> kurang) {
        jdbc.update("DELETE FROM rekon_stat WHERE job_name = ? AND run_date = ? AND stat_name LIKE 'kurang|%'",
                run.jobName(), Date.valueOf(run.runDate()));
        for (Cakupan.Kekurangan k : kurang) {
            saveStat(run, KURANG + k.sumber().name() + "|" + (k.kodePuskesmas() == null ? "" : k.kodePuskesmas()),
                    k.diharapkan() ? 1 : 0);
        }
    }

    /** What the {@code cakupan} step found missing, sources then puskesmas in order ({@code null} puskesmas: the whole run). */
    public List<Cakupan.Kekurangan> kekurangan(RunKey run) {
        List<Cakupan.Kekurangan> result = new ArrayList<>();
        jdbc.query("SELECT stat_name, stat_value FROM rekon_stat WHERE job_name = ? AND run_date = ?"
                + " AND stat_name LIKE 'kurang|%' ORDER BY stat_name", (ResultSet rs) -> {
                    String[] parts = rs.getString(1).split("\\|", -1);
                    Sumber s = Sumber.valueOf(parts[1]);
                    result.add(new Cakupan.Kekurangan(s, parts[2].isEmpty() ? null : parts[2], Cakupan.ditahan(s),
                            rs.getLong(2) == 1));
                }, run.jobName(), Date.valueOf(run.runDate()));
        return result;
    }

    public long stat(RunKey run, String name) {
        List<Long> v = jdbc.queryForList("SELECT stat_value FROM rekon_stat WHERE job_name = ? AND run_date = ? AND stat_name = ?",
                Long.class, run.jobName(), Date.valueOf(run.runDate()), name);
        return v.isEmpty() ? 0 : v.get(0);
    }

    public void insertRejects(RunKey run, List<Ditolak> rejects) {
        if (rejects.isEmpty()) {
            return;
        }
        List<Object[]> args = new ArrayList<>();
        for (Ditolak d : rejects) {
            args.add(new Object[] {run.jobName(), Date.valueOf(run.runDate()), d.file(), d.baris(),
                    cap(d.alasan(), 2000), cap(d.isi(), MAX_TEXT)});
        }
        jdbc.batchUpdate("INSERT INTO rekon_reject (job_name, run_date, file_name, row_no, reason, raw)"
                + " VALUES (?,?,?,?,?,?)", args);
    }

    public void insertUnrouted(RunKey run, List<TidakTerarah> rows) {
        if (rows.isEmpty()) {
            return;
        }
        List<Object[]> args = new ArrayList<>();
        for (TidakTerarah u : rows) {
            args.add(new Object[] {run.jobName(), Date.valueOf(run.runDate()), u.fileName(), u.rowNumber(),
                    u.kind().name(), cap(u.valueSeen(), 1000)});
        }
        jdbc.batchUpdate("INSERT INTO rekon_unrouted (job_name, run_date, file_name, row_no, kind, value_seen)"
                + " VALUES (?,?,?,?,?,?)", args);
    }

    /** Records a file of the inbox (or replaces what was recorded of it). */
    public void saveFile(RunKey run, String fileName, String kind, String sha256, long size, String error,
            long skipped) {
        jdbc.update("DELETE FROM rekon_file WHERE job_name = ? AND run_date = ? AND file_name = ?",
                run.jobName(), Date.valueOf(run.runDate()), fileName);
        jdbc.update("INSERT INTO rekon_file (job_name, run_date, file_name, kind, sha256, size_bytes, error,"
                + " rows_skipped) VALUES (?,?,?,?,?,?,?,?)", run.jobName(), Date.valueOf(run.runDate()), fileName,
                kind, sha256, size, cap(error, 4000), skipped);
    }

    public void updateFileOutcome(RunKey run, String fileName, String kind, String error, long skipped) {
        jdbc.update("UPDATE rekon_file SET kind = ?, error = ?, rows_skipped = ? WHERE job_name = ? AND run_date = ?"
                + " AND file_name = ?", kind, cap(error, 4000), skipped, run.jobName(), Date.valueOf(run.runDate()),
                fileName);
    }

    /** Names of the files recorded for the run, in name order. */
    public List<String> fileNames(RunKey run) {
        return jdbc.queryForList("SELECT file_name FROM rekon_file WHERE job_name = ? AND run_date = ? ORDER BY file_name",
                String.class, run.jobName(), Date.valueOf(run.runDate()));
    }

    /** Every inbox file of the run with its counts, as the read step kept them. */
    public List<InputFile> files(RunKey run) {
        return jdbc.query("SELECT file_name, kind, sha256, size_bytes, error, rows_read, rows_stored, rows_rejected,"
                + " rows_skipped, families FROM rekon_file WHERE job_name = ? AND run_date = ? ORDER BY file_name",
                (rs, i) -> new InputFile(rs.getString(1), rs.getString(2), rs.getString(3), rs.getLong(4),
                        rs.getString(5), rs.getLong(6), rs.getLong(7), rs.getLong(8), rs.getLong(9), rs.getLong(10)),
                run.jobName(), Date.valueOf(run.runDate()));
    }

    public List<Ditolak> rejects(RunKey run) {
        return jdbc.query("SELECT file_name, row_no, reason, raw FROM rekon_reject WHERE job_name = ? AND run_date = ?"
                + " ORDER BY file_name, row_no, id", (rs, i) -> new Ditolak(rs.getString(1), rs.getLong(2),
                        rs.getString(3), rs.getString(4)), run.jobName(), Date.valueOf(run.runDate()));
    }

    public List<TidakTerarah> unrouted(RunKey run) {
        return jdbc.query("SELECT file_name, row_no, kind, value_seen FROM rekon_unrouted WHERE job_name = ?"
                + " AND run_date = ? ORDER BY file_name, row_no, id", (rs, i) -> new TidakTerarah(rs.getString(1),
                        rs.getLong(2), RecordKind.valueOf(rs.getString(3)), rs.getString(4)), run.jobName(),
                Date.valueOf(run.runDate()));
    }

    /** Routing errors grouped by file and value: count and first row. */
    public List<Object[]> unroutedGrouped(RunKey run) {
        return jdbc.query("SELECT file_name, kind, value_seen, COUNT(*), MIN(row_no) FROM rekon_unrouted"
                + " WHERE job_name = ? AND run_date = ? GROUP BY file_name, kind, value_seen"
                + " ORDER BY file_name, value_seen", (rs, i) -> new Object[] {rs.getString(1), rs.getString(2),
                        rs.getString(3), rs.getLong(4), rs.getLong(5)}, run.jobName(), Date.valueOf(run.runDate()));
    }

    /**
     * Free text as read from an export, cut to its column. A NUL character (a UTF-16 file read as
     * UTF-8, an escaped NUL in JSON) becomes U+FFFD: PostgreSQL text cannot hold NUL at all (the
     * insert fails, and with it the run), H2 can; replacing it on both keeps them alike and shows the
     * operator where the damage was.
     */
    private static String cap(String s, int max) {
        if (s == null) {
            return null;
        }
        String text = s.indexOf('\0') < 0 ? s : s.replace('\0', '\uFFFD');
        return text.length() <= max ? text : text.substring(0, max);
    }
}
