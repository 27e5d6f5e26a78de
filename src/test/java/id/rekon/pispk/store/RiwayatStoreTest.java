package id.rekon.pispk.store;

import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.init.ResourceDatabasePopulator;

import javax.sql.DataSource;
import java.nio.charset.StandardCharsets;
import java.sql.Date;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/**
 * {@link RiwayatStore} against the real schema on H2 (set {@code -Drekon.test.postgres.url=jdbc:postgresql://...}
 * with {@code .user}/{@code .password} to run the same against PostgreSQL). The history must always
 * equal applying the held run dates once each, in date order, whatever order the runs came in and
 * however often a date was rerun: checked against a ten-line model on random run sequences.
 */
class RiwayatStoreTest {

    private static final AtomicInteger JOBS = new AtomicInteger();
    private static DataSource dataSource;
    private static JdbcTemplate jdbc;
    private static RiwayatStore store;

    @BeforeAll
    static void schema() {
        String pg = System.getProperty("rekon.test.postgres.url");
        if (pg != null) {
            org.postgresql.ds.PGSimpleDataSource ds = new org.postgresql.ds.PGSimpleDataSource();
            ds.setUrl(pg);
            ds.setUser(System.getProperty("rekon.test.postgres.user", "postgres"));
            ds.setPassword(System.getProperty("rekon.test.postgres.password", ""));
            dataSource = new org.springframework.jdbc.datasource.SingleConnectionDataSource(ds.getUrl(),
                    ds.getUser(), ds.getPassword(), true);
        } else {
            JdbcDataSource h2 = new JdbcDataSource();
            h2.setURL("jdbc:h2:mem:riwayat-store;DB_CLOSE_DELAY=-1");
            h2.setUser("sa");
            dataSource = h2;
        }
        new ResourceDatabasePopulator(new ClassPathResource("db/rekon-schema.sql")).execute(dataSource);
        jdbc = new JdbcTemplate(dataSource);
        store = new RiwayatStore(dataSource);
    }

    // unique across runs too: a PostgreSQL database outlives the test JVM
    private final String job = "riwayat-store-" + System.nanoTime() + "-" + JOBS.incrementAndGet();
    /** The findings each run date holds now (rekon_temuan), as the model sees them. */
    private final Map<LocalDate, Set<String>> nights = new TreeMap<>();

    private static LocalDate day(int d) {
        return LocalDate.of(2026, 11, d);
    }

    /** A run of {@code date}: its findings replace the date's rows, then the history step. */
    private RiwayatStore.Perubahan run(LocalDate date, String... ids) {
        jdbc.update("DELETE FROM rekon_temuan WHERE job_name = ? AND run_date = ?", job, Date.valueOf(date));
        for (String id : ids) {
            jdbc.update("INSERT INTO rekon_temuan (job_name, run_date, id_temuan, kode_aturan, kode_puskesmas, payload)"
                    + " VALUES (?,?,?,?,?,?)", job, Date.valueOf(date), id, "JKN-01", owner(id), payload(id, date).getBytes(StandardCharsets.UTF_8));
        }
        nights.put(date, new TreeSet<>(List.of(ids)));
        return store.apply(new RunKey(job, date));
    }

    private static String owner(String id) {
        return id.startsWith("X") ? null : "P" + (id.charAt(0) % 2);
    }

    private static String payload(String id, LocalDate date) {
        return "{\"id\":\"" + id + "\",\"seen\":\"" + date + "\"}";
    }

    @Test
    void newStillOpenResolvedAndBackAgain() {
        RiwayatStore.Perubahan n1 = run(day(1), "A", "C");
        assertThat(n1).extracting(RiwayatStore.Perubahan::baru, RiwayatStore.Perubahan::masihTerbuka,
                RiwayatStore.Perubahan::selesai).containsExactly(2L, 0L, 0L);
        RiwayatStore.Perubahan n2 = run(day(2), "A", "B");
        assertThat(n2).extracting(RiwayatStore.Perubahan::baru, RiwayatStore.Perubahan::masihTerbuka,
                RiwayatStore.Perubahan::selesai).containsExactly(1L, 1L, 1L);
        RiwayatStore.Perubahan n3 = run(day(3), "B", "C");
        assertThat(n3).extracting(RiwayatStore.Perubahan::baru, RiwayatStore.Perubahan::dibukaUlang,
                RiwayatStore.Perubahan::masihTerbuka, RiwayatStore.Perubahan::selesai).containsExactly(1L, 1L, 1L, 1L);
        assertThat(store.episodes(job)).extracting(RiwayatStore.Episode::idTemuan, RiwayatStore.Episode::firstSeen,
                        RiwayatStore.Episode::lastSeen, RiwayatStore.Episode::resolvedOn)
                .containsExactly(
                        tuple("A", day(1), day(2), day(3)),
                        tuple("B", day(2), day(3), null),
                        tuple("C", day(1), day(1), day(2)),
                        tuple("C", day(3), day(3), null));
    }

    @Test
    void aNightWithoutFindingsResolvesEverythingOpen() {
        run(day(1), "A", "B");
        run(day(2));
        assertThat(store.episodes(job)).extracting(RiwayatStore.Episode::resolvedOn).containsOnly(day(2));
        run(day(3), "A");
        assertThat(store.episodes(job)).extracting(RiwayatStore.Episode::idTemuan, RiwayatStore.Episode::firstSeen,
                RiwayatStore.Episode::resolvedOn).containsExactly(tuple("A", day(1), day(2)), tuple("A", day(3), null),
                tuple("B", day(1), day(2)));
    }

    @Test
    void theSameIdTwiceInOneRunIsOneEpisode() {
        run(day(1), "A", "A");
        run(day(2), "A", "A");
        assertThat(store.episodes(job)).extracting(RiwayatStore.Episode::idTemuan, RiwayatStore.Episode::lastSeen)
                .containsExactly(tuple("A", day(2)));
    }

    @Test
    void anEarlierDateRunLateIsPutInItsPlace() {
        run(day(1), "A");
        run(day(3), "A");
        RiwayatStore.Perubahan late = run(day(2));
        assertThat(late.diulang()).containsExactly(day(3));
        assertThat(store.runDates(job)).containsExactly(day(1), day(2), day(3));
        assertThat(store.episodes(job)).extracting(RiwayatStore.Episode::firstSeen, RiwayatStore.Episode::lastSeen,
                RiwayatStore.Episode::resolvedOn).containsExactly(tuple(day(1), day(1), day(2)), tuple(day(3), day(3), null));
    }

    /**
     * A MATCH-01 night: each finding with its hold key ({@code kode_tahan}; {@code null} for a row
     * stored before findings carried one), then what the cakupan step held back, then the history.
     */
    private void malam(LocalDate date, List<String[]> tahan, String... idDanKunci) {
        jdbc.update("DELETE FROM rekon_temuan WHERE job_name = ? AND run_date = ?", job, Date.valueOf(date));
        for (int i = 0; i < idDanKunci.length; i += 2) {
            jdbc.update("INSERT INTO rekon_temuan (job_name, run_date, id_temuan, kode_aturan, kode_puskesmas,"
                    + " kode_tahan, payload) VALUES (?,?,?,?,?,?,?)", job, Date.valueOf(date), idDanKunci[i], "MATCH-01",
                    "P0", idDanKunci[i + 1], payload(idDanKunci[i], date).getBytes(StandardCharsets.UTF_8));
        }
        store.tahan(new RunKey(job, date), tahan);
        store.apply(new RunKey(job, date));
    }

    @Test
    void aMissingProgramHoldsOnlyItsOwnMatchPairs() {
        String eppgbm = "MATCH-01:EPPGBM";
        String pcare = "MATCH-01:PCARE";
        // E, F: pairs with e-PPGBM; C, D: pairs with PCare; L: a pair stored before kode_tahan (NULL)
        malam(day(1), List.of(), "E", eppgbm, "F", eppgbm, "C", pcare, "D", pcare, "L", null);
        // no PCare: C and D held; E went away and is resolved
        malam(day(2), List.<String[]>of(new String[] {pcare, "P0"}), "F", eppgbm, "L", null);
        // no e-PPGBM for P0 (the plain MATCH-01 key holds the old row): F and L held; D resolved
        malam(day(3), List.of(new String[] {eppgbm, "P0"}, new String[] {"MATCH-01", "P0"}), "C", pcare);
        List<org.assertj.core.groups.Tuple> expected = List.of(
                tuple("C", day(1), day(3), null),
                tuple("D", day(1), day(1), day(3)),
                tuple("E", day(1), day(1), day(2)),
                tuple("F", day(1), day(2), null),
                tuple("L", day(1), day(2), null));
        assertThat(store.episodes(job)).extracting(RiwayatStore.Episode::idTemuan, RiwayatStore.Episode::firstSeen,
                RiwayatStore.Episode::lastSeen, RiwayatStore.Episode::resolvedOn).containsExactlyElementsOf(expected);
        // a rerun of the first night applies the later ones again from what they stored: same history
        store.apply(new RunKey(job, day(1)));
        assertThat(store.episodes(job)).extracting(RiwayatStore.Episode::idTemuan, RiwayatStore.Episode::firstSeen,
                RiwayatStore.Episode::lastSeen, RiwayatStore.Episode::resolvedOn).containsExactlyElementsOf(expected);
        // a held MATCH-01 of another puskesmas holds nothing here; a plain rule code holds no program's pair
        malam(day(4), List.of(new String[] {pcare, "P1"}, new String[] {"MATCH-01", "P0"}));
        assertThat(store.episodes(job)).filteredOn(e -> e.resolvedOn() == null)
                .extracting(RiwayatStore.Episode::idTemuan).containsExactly("L");
        assertThat(jdbc.queryForObject("SELECT kode_tahan FROM rekon_riwayat WHERE job_name = ? AND id_temuan = 'C'",
                String.class, job)).isEqualTo(pcare);
    }

    @ParameterizedTest(name = "seed {0}")
    @ValueSource(longs = {1, 2, 3, 4, 5, 6, 7, 8})
    void anyRunOrderAndAnyRerunsGiveTheHistoryOfTheDatesInOrder(long seed) {
        Random random = new Random(seed);
        List<String> pool = List.of("A", "B", "C", "D", "E", "X1");
        for (int step = 0; step < 14; step++) {
            LocalDate date = day(1 + random.nextInt(7));
            List<String> ids = new ArrayList<>();
            for (String id : pool) {
                if (random.nextInt(3) > 0) {
                    ids.add(id);
                }
            }
            run(date, ids.toArray(String[]::new));
            assertThat(snapshot()).as("seed %d step %d (%s)", seed, step, date).isEqualTo(model());
            assertThat(store.runDates(job)).containsExactlyElementsOf(nights.keySet());
        }
    }

    /** The history by definition: the held dates applied in order, once each. */
    private List<List<Object>> model() {
        Map<String, List<Object>> open = new HashMap<>();
        List<List<Object>> done = new ArrayList<>();
        for (Map.Entry<LocalDate, Set<String>> night : nights.entrySet()) {
            LocalDate d = night.getKey();
            for (String id : new ArrayList<>(open.keySet())) {
                if (!night.getValue().contains(id)) {
                    List<Object> e = open.remove(id);
                    e.set(3, d);
                    done.add(e);
                }
            }
            for (String id : night.getValue()) {
                List<Object> e = open.computeIfAbsent(id, k -> new ArrayList<>(List.of(k, d, d, "open", "", "")));
                e.set(2, d);
                e.set(4, payload(id, d));
                e.set(5, String.valueOf(owner(id)));
            }
        }
        done.addAll(open.values());
        done.sort((a, b) -> (a.get(0) + "|" + a.get(1)).compareTo(b.get(0) + "|" + b.get(1)));
        return done;
    }

    private List<List<Object>> snapshot() {
        return jdbc.query("SELECT id_temuan, first_seen, last_seen, resolved_on, payload, kode_puskesmas FROM rekon_riwayat"
                + " WHERE job_name = ? ORDER BY id_temuan, first_seen", (rs, i) -> {
                    List<Object> row = new ArrayList<>();
                    row.add(rs.getString(1));
                    row.add(rs.getDate(2).toLocalDate());
                    row.add(rs.getDate(3).toLocalDate());
                    row.add(rs.getDate(4) == null ? "open" : rs.getDate(4).toLocalDate());
                    row.add(new String(rs.getBytes(5), StandardCharsets.UTF_8));
                    row.add(String.valueOf(rs.getString(6)));
                    return row;
                }, job);
    }

}
