package id.rekon.pispk.job.riwayat;

import id.rekon.pispk.testdb.PostgresTestDatabase;
import id.rekon.pispk.testdb.RequiresPostgres;
import org.junit.jupiter.api.AfterAll;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The history's nights on PostgreSQL: its SQL (correlated updates, {@code FETCH FIRST}, the
 * not-evaluated rules) must mean the same on both databases. Skipped when no server is reachable,
 * except on CI, where {@code .ci/run} starts one.
 */
@RequiresPostgres
@DirtiesContext
class RiwayatPostgresFunctionalTests extends RiwayatFunctionalTests {

    private static PostgresTestDatabase database;

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        database = PostgresTestDatabase.freshSchema("rekon_riwayat");
        registry.add("spring.datasource.url", database::url);
        registry.add("spring.datasource.username", PostgresTestDatabase::user);
        registry.add("spring.datasource.password", PostgresTestDatabase::password);
    }

    @AfterAll
    static void dropSchema() {
        if (database != null) {
            database.drop();
        }
    }
}
