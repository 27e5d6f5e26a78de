package id.rekon.pispk.store;

import id.rekon.pispk.store.KeputusanPasangan.Keputusan;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.datasource.init.ResourceDatabasePopulator;

import javax.sql.DataSource;
import java.time.LocalDate;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/**
 * The MATCH-01 decisions of {@link UmpanBalikStore} against the real schema on H2 (set
 * {@code -Drekon.test.postgres.url=jdbc:postgresql://...} with {@code .user}/{@code .password} to
 * run the same against PostgreSQL, as {@link RiwayatStoreTest}): the latest decision received up
 * to a run date counts, per pair, and a run date's decisions go when that date is read again.
 */
class KeputusanPasanganStoreTest {

    private static final AtomicInteger JOBS = new AtomicInteger();
    private static UmpanBalikStore store;

    @BeforeAll
    static void schema() {
        DataSource dataSource;
        String pg = System.getProperty("rekon.test.postgres.url");
        if (pg != null) {
            dataSource = new org.springframework.jdbc.datasource.SingleConnectionDataSource(pg,
                    System.getProperty("rekon.test.postgres.user", "postgres"),
                    System.getProperty("rekon.test.postgres.password", ""), true);
        } else {
            JdbcDataSource h2 = new JdbcDataSource();
            h2.setURL("jdbc:h2:mem:keputusan-store;DB_CLOSE_DELAY=-1");
            h2.setUser("sa");
            dataSource = h2;
        }
        new ResourceDatabasePopulator(new ClassPathResource("db/rekon-schema.sql")).execute(dataSource);
        store = new UmpanBalikStore(dataSource, new PayloadCodec());
    }

    private final String job = "keputusan-store-" + System.nanoTime() + "-" + JOBS.incrementAndGet();

    private RunKey run(int day) {
        return new RunKey(job, LocalDate.of(2026, 11, day));
    }

    private static KeputusanPasangan keputusan(String pair, Keputusan k) {
        return new KeputusanPasangan("MATCH-01-" + pair, "P5302010101", pair, k, "kembali.xlsx");
    }

    @Test
    void theLatestDecisionUpToTheRunDateCountsPerPair() {
        store.insert(run(2), keputusan("A + B", Keputusan.BUKAN));
        store.insert(run(2), keputusan("C + D", Keputusan.SAMA));
        store.insert(run(4), keputusan("A + B", Keputusan.BELUM));
        store.insert(run(4), keputusan("E + F", Keputusan.BUKAN));
        store.insert(run(4), keputusan("E + F", Keputusan.SAMA));
        store.insert(run(4), keputusan("E + F", Keputusan.BUKAN));

        assertThat(store.pasanganDitolak(run(1))).isEmpty();
        assertThat(store.pasanganDitolak(run(2))).containsExactly("A + B");
        assertThat(store.pasanganDitolak(run(3))).containsExactly("A + B");
        assertThat(store.pasanganDitolak(run(4))).containsExactly("E + F");
        assertThat(store.keputusan(run(4))).isEqualTo(Map.of("A + B", Keputusan.BELUM, "C + D", Keputusan.SAMA,
                "E + F", Keputusan.BUKAN));
        // another job's decisions are its own
        assertThat(store.pasanganDitolak(new RunKey(job + "-lain", LocalDate.of(2026, 11, 4)))).isEmpty();
    }

    @Test
    void readingARunDateAgainRemovesWhatItReceived() {
        store.insert(run(2), keputusan("A + B", Keputusan.BUKAN));
        store.insert(run(3), keputusan("C + D", Keputusan.BUKAN));
        store.deleteReceived(run(3));
        assertThat(store.pasanganDitolak(run(5))).containsExactly("A + B");
        assertThat(store.allKeputusan(job)).extracting(r -> r[2], r -> r[3]).containsExactly(
                tuple("BUKAN", LocalDate.of(2026, 11, 2)));
    }
}
