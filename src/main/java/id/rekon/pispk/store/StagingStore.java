package id.rekon.pispk.store;

import org.springframework.jdbc.core.JdbcTemplate;

import java.sql.Date;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The normalised store of one run: records with their keys, rejects, routing errors and the
 * inbox files. Scoped by {@link RunKey}; a run first clears its own rows, so every step that
 * writes here can be repeated after a failure without duplicating anything.
 */
public class StagingStore {

    private static final int MAX_TEXT = 60000;

    private final JdbcTemplate jdbc;
    private final PayloadCodec codec;

    public StagingStore(JdbcTemplate jdbc, PayloadCodec codec) {
        this.jdbc = jdbc;
        this.codec = codec;
    }

    /**
     * Removes the staging rows of this job: staging only serves the run being made, while
     * findings of earlier dates stay as history. Findings of this same date are removed too,
     * since the run remakes them.
     */
    public void clearForRun(RunKey run) {
        for (String table : List.of("rekon_record", "rekon_reject", "rekon_unrouted", "rekon_probable")) {
            jdbc.update("DELETE FROM " + table + " WHERE job_name = ?", run.jobName());
        }
        for (String table : List.of("rekon_file", "rekon_temuan", "rekon_konkordansi")) {
            jdbc.update("DELETE FROM " + table + " WHERE job_name = ? AND run_date = ?", run.jobName(),
                    Date.valueOf(run.runDate()));
        }
    }

    public void insertRecords(RunKey run, List<StagedRecord> records) {
        List<Object[]> plain = new ArrayList<>();
        List<Object[]> families = new ArrayList<>();
        for (StagedRecord r : records) {
            Object[] args = {run.jobName(), Date.valueOf(run.runDate()), r.kind().name(), r.fileName(), r.rowNumber(),
                    r.nikKey(), r.nik2Key(), r.personKey(), r.familyKey(), r.puskesmas(),
                    r.birthDate() == null ? null : Date.valueOf(r.birthDate()), codec.write(r.payload())};
            if (r.kind() == RecordKind.KELUARGA) {
                Object[] withKey = new Object[args.length + 3];
                System.arraycopy(args, 0, withKey, 0, args.length);
                withKey[args.length] = run.jobName();
                withKey[args.length + 1] = Date.valueOf(run.runDate());
                withKey[args.length + 2] = r.familyKey();
                families.add(withKey);
            } else {
                plain.add(args);
            }
        }
        String cols = "(job_name, run_date, kind, file_name, row_no, nik_key, nik2_key, person_key, family_key, "
                + "puskesmas, birth_date, payload)";
        if (!plain.isEmpty()) {
            jdbc.batchUpdate("INSERT INTO rekon_record " + cols + " VALUES (?,?,?,?,?,?,?,?,?,?,?,?)", plain);
        }
        if (!families.isEmpty()) {
            // A family appears on every member row of the raw survey and may be repeated across
            // files: the first one read is kept, so each family is stored exactly once.
            jdbc.batchUpdate("INSERT INTO rekon_record " + cols
                    + " SELECT ?,?,?,?,?,?,?,?,?,?,?,? WHERE NOT EXISTS (SELECT 1 FROM rekon_record"
                    + " WHERE job_name = ? AND run_date = ? AND kind = 'KELUARGA' AND family_key = ?)", families);
        }
    }

    public void insertRejects(RunKey run, List<Ditolak> rejects) {
        if (rejects.isEmpty()) {
            return;
        }
        List<Object[]> args = new ArrayList<>();
        for (Ditolak d : rejects) {
            args.add(new Object[] {run.jobName(), Date.valueOf(run.runDate()), d.fileName(), d.rowNumber(),
                    cap(d.reason(), 2000), cap(d.raw(), MAX_TEXT)});
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

    /** Every inbox file of the run with its counts, computed from what was stored. */
    public List<InputFile> files(RunKey run) {
        Date date = Date.valueOf(run.runDate());
        Map<String, Long> stored = new HashMap<>();
        Map<String, Long> families = new HashMap<>();
        jdbc.query("SELECT file_name, COUNT(DISTINCT row_no) FROM rekon_record WHERE job_name = ? AND run_date = ?"
                + " AND kind NOT IN ('KUA_PASANGAN', 'KELUARGA') GROUP BY file_name", rs -> {
                    stored.put(rs.getString(1), rs.getLong(2));
                }, run.jobName(), date);
        jdbc.query("SELECT file_name, COUNT(*) FROM rekon_record WHERE job_name = ? AND run_date = ? AND kind = 'KELUARGA'"
                + " GROUP BY file_name", rs -> {
                    families.put(rs.getString(1), rs.getLong(2));
                }, run.jobName(), date);
        Map<String, Long> rejected = new HashMap<>();
        jdbc.query("SELECT file_name, COUNT(*) FROM rekon_reject WHERE job_name = ? AND run_date = ? GROUP BY file_name",
                rs -> {
                    rejected.put(rs.getString(1), rs.getLong(2));
                }, run.jobName(), date);
        return jdbc.query("SELECT file_name, kind, sha256, size_bytes, error, rows_skipped FROM rekon_file"
                + " WHERE job_name = ? AND run_date = ? ORDER BY file_name", (rs, i) -> {
                    String file = rs.getString(1);
                    String kind = rs.getString(2);
                    long fam = families.getOrDefault(file, 0L);
                    // A family file's rows are its families; other files' rows are their people.
                    long st = "pispk-keluarga".equals(kind) ? fam : stored.getOrDefault(file, 0L);
                    long rej = rejected.getOrDefault(file, 0L);
                    return new InputFile(file, kind, rs.getString(3), rs.getLong(4), rs.getString(5), st + rej, st, rej,
                            rs.getLong(6), fam);
                }, run.jobName(), date);
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

    /** How many NIK keys appear in both kinds (people matched by NIK across two sources). */
    public long nikMatches(RunKey run, RecordKind a, RecordKind b) {
        Long n = jdbc.queryForObject("SELECT COUNT(*) FROM (SELECT nik_key FROM rekon_record WHERE job_name = ?"
                + " AND run_date = ? AND kind IN (?, ?) AND nik_key IS NOT NULL GROUP BY nik_key"
                + " HAVING COUNT(DISTINCT kind) = 2) m", Long.class, run.jobName(), Date.valueOf(run.runDate()),
                a.name(), b.name());
        return n == null ? 0 : n;
    }

    /** Routing errors grouped by file and value: count and first row. */
    public List<Object[]> unroutedGrouped(RunKey run) {
        return jdbc.query("SELECT file_name, kind, value_seen, COUNT(*), MIN(row_no) FROM rekon_unrouted"
                + " WHERE job_name = ? AND run_date = ? GROUP BY file_name, kind, value_seen"
                + " ORDER BY file_name, value_seen", (rs, i) -> new Object[] {rs.getString(1), rs.getString(2),
                        rs.getString(3), rs.getLong(4), rs.getLong(5)}, run.jobName(), Date.valueOf(run.runDate()));
    }

    private static String cap(String s, int max) {
        return s == null || s.length() <= max ? s : s.substring(0, max);
    }
}
