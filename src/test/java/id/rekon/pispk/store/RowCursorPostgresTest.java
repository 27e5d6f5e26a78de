package id.rekon.pispk.store;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import id.rekon.pispk.testdb.PostgresTestDatabase;
import id.rekon.pispk.testdb.RequiresPostgres;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@link RowCursor} really streams on PostgreSQL: the driver reads the whole result into memory
 * unless auto-commit is off, the result is forward-only and a fetch size is set. Proved from the
 * server's side: each produced row takes a transaction-level advisory lock (allowed in the cursor's
 * read-only transaction, and visible to other sessions in {@code pg_locks}), so after the first row
 * only one fetch's worth (1000 rows) may have been produced.
 */
@RequiresPostgres
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class RowCursorPostgresTest {

    private static final int ROWS = 3_000;
    /** First key of the two-key advisory locks the probe query takes: {@code pg_locks.classid}. */
    private static final int PROBE = 74_251;

    private PostgresTestDatabase database;
    private HikariDataSource pool;

    @BeforeAll
    void pool() throws SQLException {
        database = PostgresTestDatabase.freshSchema("rekon_cursor");
        HikariConfig config = new HikariConfig();
        config.setJdbcUrl(database.url());
        config.setUsername(PostgresTestDatabase.user());
        config.setPassword(PostgresTestDatabase.password());
        config.setMaximumPoolSize(2);
        pool = new HikariDataSource(config);
    }

    @AfterAll
    void drop() {
        if (pool != null) {
            pool.close();
        }
        if (database != null) {
            database.drop();
        }
    }

    @Test
    void producesRowsOneFetchAtATimeAndReadsThemAll() throws SQLException {
        long count = 0;
        try (RowCursor cursor = new RowCursor(pool, "SELECT g, pg_try_advisory_xact_lock(?, g)"
                + " FROM generate_series(1, ?) g", PROBE, ROWS)) {
            assertThat(cursor.next()).isTrue();
            count++;
            assertThat(produced()).as("rows the server produced before the first was read")
                    .isBetween(1L, 1_000L);
            while (cursor.next()) {
                count++;
            }
            assertThat(produced()).isEqualTo(ROWS);
        }
        assertThat(count).isEqualTo(ROWS);
        assertThat(produced()).as("locks left after close").isZero();
    }

    @Test
    void givesTheConnectionBackAsThePoolLentIt() throws SQLException {
        try (RowCursor cursor = new RowCursor(pool, "SELECT 1")) {
            assertThat(cursor.next()).isTrue();
        }
        try (Connection a = pool.getConnection(); Connection b = pool.getConnection()) { // the whole pool
            for (Connection c : new Connection[] {a, b}) {
                assertThat(c.getAutoCommit()).isTrue();
                assertThat(c.isReadOnly()).isFalse();
            }
        }
    }

    private long produced() throws SQLException {
        try (Connection c = database.connection(); Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("SELECT COUNT(*) FROM pg_locks WHERE locktype = 'advisory'"
                        + " AND classid = " + PROBE)) {
            rs.next();
            return rs.getLong(1);
        }
    }
}
