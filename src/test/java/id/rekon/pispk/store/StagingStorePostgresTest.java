package id.rekon.pispk.store;

import id.rekon.pispk.testdb.PostgresTestDatabase;
import id.rekon.pispk.testdb.RequiresPostgres;
import org.junit.jupiter.api.AfterAll;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

import javax.sql.DataSource;

/** {@link AbstractStagingStoreTest} on PostgreSQL, in a fresh schema dropped afterwards. */
@RequiresPostgres
class StagingStorePostgresTest extends AbstractStagingStoreTest {

    private PostgresTestDatabase database;

    @Override
    DataSource openDatabase() {
        database = PostgresTestDatabase.freshSchema("rekon_staging");
        return new DriverManagerDataSource(database.url(), PostgresTestDatabase.user(), PostgresTestDatabase.password());
    }

    @AfterAll
    void dropSchema() {
        if (database != null) {
            database.drop();
        }
    }
}
