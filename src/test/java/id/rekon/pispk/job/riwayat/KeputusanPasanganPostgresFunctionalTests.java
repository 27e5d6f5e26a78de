package id.rekon.pispk.job.riwayat;

import id.rekon.pispk.testdb.PostgresTestDatabase;
import id.rekon.pispk.testdb.RequiresPostgres;
import org.junit.jupiter.api.AfterAll;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The MATCH-01 decisions' nights on PostgreSQL: the new table, its identity column and
 * CURRENT_TIMESTAMP on insert must behave as on H2. Skipped when no server is reachable, except on
 * CI, where {@code .ci/run} starts one.
 */
@RequiresPostgres
@DirtiesContext
class KeputusanPasanganPostgresFunctionalTests extends KeputusanPasanganFunctionalTests {

    private static PostgresTestDatabase database;

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        database = PostgresTestDatabase.freshSchema("rekon_keputusan");
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
