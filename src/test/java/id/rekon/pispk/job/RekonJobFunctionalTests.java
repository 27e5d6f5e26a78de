package id.rekon.pispk.job;

import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import java.io.IOException;
import java.nio.file.Path;

/** The end-to-end test on the default database: an H2 file in a fresh temporary folder. */
class RekonJobFunctionalTests extends AbstractRekonJobFunctionalTests {

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) throws IOException {
        Path root = workDirectory(registry, "rekon-e2e");
        registry.add("spring.datasource.url", () -> "jdbc:h2:file:" + root.resolve("db/rekon").toAbsolutePath()
                + ";DB_CLOSE_ON_EXIT=FALSE;LAZY_QUERY_EXECUTION=TRUE");
    }
}
