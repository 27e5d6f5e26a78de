package id.rekon.pispk.job;

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
}
