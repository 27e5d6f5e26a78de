package id.rekon.pispk.job;

import id.rekon.pispk.security.DataAtRest;
import id.rekon.pispk.store.ChildCandidates;
import id.rekon.pispk.store.PayloadCodec;
import id.rekon.pispk.store.PersonCandidates;
import id.rekon.pispk.store.RecordStore;
import id.rekon.pispk.store.RecordStores;
import id.rekon.pispk.store.RiwayatStore;
import id.rekon.pispk.store.StagingStore;
import id.rekon.pispk.store.StoreCipher;
import id.rekon.pispk.store.TemuanStore;
import id.rekon.pispk.store.UmpanBalikStore;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.JdbcTemplate;

import javax.sql.DataSource;
import java.nio.file.Path;

/**
 * The stores as beans: tonight's DuckDB records, the H2/PostgreSQL state, the candidate readers. Here in
 * {@code job}, beside the other wiring, rather than in {@code store}: the store classes stay plain
 * constructors with no Spring configuration model and no knowledge of the {@code rekon.*} properties, and
 * the steps' wiring ({@link RekonJobConfiguration}) no longer mixes them with the job's shape.
 */
@Configuration
public class StoreConfiguration {

    @Bean
    PayloadCodec payloadCodec() {
        return new PayloadCodec();
    }

    @Bean
    StagingStore stagingStore(JdbcTemplate jdbc) {
        return new StagingStore(jdbc);
    }

    /** Tonight's records: one DuckDB file per job under {@code <data dir>/malam} (docs/performance.md). */
    @Bean(destroyMethod = "close")
    RecordStores recordStores(@Value("${rekon.data-dir}") String dataDir,
            @Value("${rekon.malam.memori:1GB}") String memoryLimit,
            @Value("${rekon.malam.thread:2}") int threads,
            @Value("${rekon.malam.checkpoint:256MB}") String checkpoint, Environment env) {
        Path dir = Path.of(dataDir, "malam");
        // The same key as the H2 file's (docs/keamanan.md): encrypts NIKs, names and payloads in the store.
        return new RecordStores(dir, new RecordStore.Settings(memoryLimit, threads, dir.resolve("tmp"), checkpoint),
                StoreCipher.of(DataAtRest.key(env)));
    }

    @Bean
    TemuanStore temuanStore(DataSource dataSource, PayloadCodec codec) {
        return new TemuanStore(dataSource, codec);
    }

    @Bean
    RiwayatStore riwayatStore(DataSource dataSource) {
        return new RiwayatStore(dataSource);
    }

    @Bean
    UmpanBalikStore umpanBalikStore(DataSource dataSource, PayloadCodec codec) {
        return new UmpanBalikStore(dataSource, codec);
    }

    @Bean
    ChildCandidates childCandidates(PayloadCodec codec) {
        return new ChildCandidates(codec);
    }

    @Bean
    PersonCandidates personCandidates(PayloadCodec codec) {
        return new PersonCandidates(codec);
    }
}
