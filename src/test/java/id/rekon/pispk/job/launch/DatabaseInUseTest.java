package id.rekon.pispk.job.launch;

import id.rekon.pispk.job.cli.DatabaseInUseFailureAnalyzer;
import org.junit.jupiter.api.Test;

import java.sql.SQLException;

import static org.assertj.core.api.Assertions.assertThat;

class DatabaseInUseTest {

    @Test
    void recognises_h2_database_already_open_anywhere_in_the_causes() {
        SQLException h2 = new SQLException("Database may be already in use: \"/x/rekon.mv.db\"", "90020", 90020);
        RuntimeException wrapped = new IllegalStateException("startup", new RuntimeException("pool", h2));

        assertThat(DatabaseInUse.is(wrapped)).isTrue();
        assertThat(DatabaseInUse.is(new IllegalStateException(new SQLException("other", "42000", 42000)))).isFalse();
        assertThat(new DatabaseInUseFailureAnalyzer().analyze(wrapped).getDescription()).contains("sedang dipakai");
        assertThat(new DatabaseInUseFailureAnalyzer().analyze(new RuntimeException("x"))).isNull();
    }

    @Test
    void recognises_tonights_store_held_by_another_process() {
        // DuckDB's words when a second process opens the same store file (seen with duckdb_jdbc 2.0.0.1)
        SQLException duck = new SQLException("IO Error: Could not set lock on file \"/x/malam/kab.duckdb\": Conflicting"
                + " lock is held in /usr/bin/java (PID 9666).");
        assertThat(DatabaseInUse.is(new IllegalStateException("open", duck))).isTrue();
    }
}
