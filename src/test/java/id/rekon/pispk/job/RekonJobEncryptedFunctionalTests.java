package id.rekon.pispk.job;

import id.rekon.pispk.security.DataAtRest;
import id.rekon.pispk.store.RecordStores;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import java.io.IOException;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The whole end-to-end test again with a key set: the H2 file and tonight's store encrypted
 * (docs/keamanan.md), and every finding, count and output checked against the generator's manifest as
 * without a key.
 */
@SpringBootTest(properties = DataAtRest.KEY + "=kunci-uji-rahasia-e2e-123")
class RekonJobEncryptedFunctionalTests extends AbstractRekonJobFunctionalTests {

    @Autowired
    RecordStores stores;

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) throws IOException {
        Path root = workDirectory(registry, "rekon-e2e-kunci");
        registry.add("spring.datasource.url", () -> "jdbc:h2:file:" + root.resolve("db/rekon").toAbsolutePath()
                + ";DB_CLOSE_ON_EXIT=FALSE;LAZY_QUERY_EXECUTION=TRUE");
    }

    @Test
    void tonightsStoreWasEncrypted() {
        assertThat(stores.encrypted()).isTrue();
    }
}
