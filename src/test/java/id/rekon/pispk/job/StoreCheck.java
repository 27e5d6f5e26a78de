package id.rekon.pispk.job;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/** Looks into a stopped child's H2 database (the child must have ended: H2 is one process at a time). */
final class StoreCheck {

    private StoreCheck() {
    }

    static List<String> query(Path dataDir, String sql) throws SQLException {
        String url = "jdbc:h2:file:" + dataDir.toAbsolutePath().resolve("rekon") + ";IFEXISTS=TRUE";
        List<String> rows = new ArrayList<>();
        try (Connection c = DriverManager.getConnection(url, "sa", ""); Statement st = c.createStatement();
                ResultSet rs = st.executeQuery(sql)) {
            int n = rs.getMetaData().getColumnCount();
            while (rs.next()) {
                StringBuilder row = new StringBuilder();
                for (int i = 1; i <= n; i++) {
                    row.append(i > 1 ? "|" : "").append(rs.getString(i));
                }
                rows.add(row.toString());
            }
        }
        return rows;
    }

    /** Each input file with the rows read, stored and rejected and the families it gave, in name order. */
    static List<String> fileCounts(Path dataDir) throws SQLException {
        return query(dataDir, "SELECT file_name, rows_read, rows_stored, rows_rejected, families, rows_skipped FROM rekon_file"
                + " ORDER BY file_name");
    }

    /** The files of tonight's stores (DuckDB) left in the data folder. */
    static List<Path> tonightsStores(Path dataDir) throws IOException {
        Path dir = dataDir.resolve("malam");
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(f -> f.getFileName().toString().contains(".duckdb")).sorted().toList();
        }
    }

    /** Status of each execution, oldest first. */
    static List<String> executionStatuses(Path dataDir) throws SQLException {
        return query(dataDir, "SELECT STATUS FROM BATCH_JOB_EXECUTION ORDER BY JOB_EXECUTION_ID");
    }

    /**
     * Rows stored twice for the same run: findings by id, rejects by file and row, concordance, open
     * history episodes. Empty when clean. (Tonight's records are in their own store, removed once the run
     * completes; {@link #fileCounts} shows that each file was counted once.)
     */
    static List<String> duplicates(Path dataDir) throws SQLException {
        List<String> d = new ArrayList<>(query(dataDir, "SELECT job_name, run_date, id_temuan, COUNT(*) FROM rekon_temuan"
                + " GROUP BY job_name, run_date, id_temuan HAVING COUNT(*) > 1"));
        d.addAll(query(dataDir, "SELECT job_name, run_date, file_name, row_no, COUNT(*) FROM rekon_reject"
                + " GROUP BY job_name, run_date, file_name, row_no HAVING COUNT(*) > 1"));
        d.addAll(query(dataDir, "SELECT job_name, run_date, kode_puskesmas, indikator, COUNT(*) FROM rekon_konkordansi"
                + " GROUP BY job_name, run_date, kode_puskesmas, indikator HAVING COUNT(*) > 1"));
        d.addAll(query(dataDir, "SELECT job_name, id_temuan, COUNT(*) FROM rekon_riwayat WHERE resolved_on IS NULL"
                + " GROUP BY job_name, id_temuan HAVING COUNT(*) > 1"));
        return d;
    }
}
