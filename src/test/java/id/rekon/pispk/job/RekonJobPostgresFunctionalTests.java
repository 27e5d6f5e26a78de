package id.rekon.pispk.job;

import id.rekon.pispk.testdb.PostgresTestDatabase;
import id.rekon.pispk.testdb.RequiresPostgres;
import org.junit.jupiter.api.AfterAll;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import java.io.IOException;

/**
 * The same end-to-end test on PostgreSQL, configured only through {@code spring.datasource.*} as an
 * operator would: the job repository, the Batch tables and ours are created in a fresh schema of the
 * test server (see {@link PostgresTestDatabase} for where it is), dropped afterwards. Skipped when no
 * server is reachable, except on CI.
 */
@RequiresPostgres
@DirtiesContext // gives the server's connections back once the class is done
class RekonJobPostgresFunctionalTests extends AbstractRekonJobFunctionalTests {

    private static PostgresTestDatabase database;

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) throws IOException {
        workDirectory(registry, "rekon-e2e-pg");
        database = PostgresTestDatabase.freshSchema("rekon_e2e");
        registry.add("spring.datasource.url", database::url);
        registry.add("spring.datasource.username", PostgresTestDatabase::user);
        registry.add("spring.datasource.password", PostgresTestDatabase::password);
    }

    @AfterAll
    void dropSchema() {
        if (database != null) {
            database.drop();
        }
    }
}
