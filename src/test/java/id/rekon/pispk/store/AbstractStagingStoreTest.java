package id.rekon.pispk.store;

import id.rekon.pispk.model.Ditolak;

import id.rekon.pispk.model.Anggota;
import id.rekon.pispk.model.Asal;
import id.rekon.pispk.model.Keluarga;
import id.rekon.pispk.model.Nama;
import id.rekon.pispk.model.Nik;
import id.rekon.pispk.model.NikStatus;
import id.rekon.pispk.model.Pengukuran;
import id.rekon.pispk.model.Sex;
import id.rekon.pispk.model.StatusKawin;
import id.rekon.pispk.model.Sumber;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.init.ResourceDatabasePopulator;

import javax.sql.DataSource;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The statements of {@link StagingStore} behave alike on H2 and PostgreSQL: free text with a NUL in
 * it (PostgreSQL text cannot hold one), a file read again, the coverage counts, and the schema
 * script, which every start runs again.
 * A subclass supplies the database.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class AbstractStagingStoreTest {

    private static final AtomicInteger JOBS = new AtomicInteger();
    private static final LocalDate DATE = LocalDate.of(2026, 11, 1);

    private DataSource dataSource;
    private JdbcTemplate jdbc;
    private StagingStore store;

    /** An empty database of the kind under test. */
    abstract DataSource openDatabase();

    @BeforeAll
    void schema() {
        dataSource = openDatabase();
        new ResourceDatabasePopulator(new ClassPathResource("db/rekon-schema.sql")).execute(dataSource);
        jdbc = new JdbcTemplate(dataSource);
        store = new StagingStore(jdbc);
    }

    private final RunKey run = new RunKey("staging-" + JOBS.incrementAndGet(), DATE);

    @Test
    void schemaScriptRunsAgainOnAnExistingDatabase() {
        store.saveStat(run, "baris", 1);
        new ResourceDatabasePopulator(new ClassPathResource("db/rekon-schema.sql")).execute(dataSource);
        assertThat(store.stat(run, "baris")).isEqualTo(1);
    }

    @Test
    void aNulInFreeTextIsStoredAsAReplacementCharacter() {
        store.saveFile(run, "utf16.csv", null, "0".repeat(64), 10, "Judul: \"I\0D\0\"", 0);
        store.insertRejects(run, List.of(new Ditolak("p.json", 3, "Tanggal\0 salah", "{\"tgl\":\"21-\0-2004\"}")));
        store.insertUnrouted(run, List.of(new TidakTerarah("p.json", 4, RecordKind.PCARE, "0202\0B002")));

        assertThat(store.files(run)).singleElement().extracting(InputFile::error).isEqualTo("Judul: \"I\uFFFDD\uFFFD\"");
        assertThat(store.rejects(run)).containsExactly(
                new Ditolak("p.json", 3, "Tanggal\uFFFD salah", "{\"tgl\":\"21-\uFFFD-2004\"}"));
        assertThat(store.unrouted(run)).containsExactly(
                new TidakTerarah("p.json", 4, RecordKind.PCARE, "0202\uFFFDB002"));
        store.updateFileOutcome(run, "utf16.csv", null, "lagi\0", 0);
        assertThat(store.files(run)).singleElement().extracting(InputFile::error).isEqualTo("lagi\uFFFD");
    }

    @Test
    void clearingARunRemovesItsRowsOnly() {
        RunKey other = new RunKey(run.jobName() + "-lain", DATE);
        store.insertRejects(run, List.of(new Ditolak("a.csv", 1, "alasan", "mentah")));
        store.insertRejects(other, List.of(new Ditolak("a.csv", 1, "alasan", "mentah")));
        store.saveStat(run, "x", 1);
        store.saveStat(run, "x", 2);
        assertThat(store.stat(run, "x")).isEqualTo(2);

        store.clearForRun(run);
        assertThat(store.stat(run, "x")).isZero();
        assertThat(store.rejects(run)).isEmpty();
        assertThat(store.rejects(other)).hasSize(1);
    }

    @Test
    void readingAFileAgainForgetsWhatTheFailedAttemptKeptOfIt() {
        RunKey run = new RunKey("ulang-" + JOBS.incrementAndGet(), DATE);
        store.saveFile(run, "a.csv", null, "0".repeat(64), 10, null, 0);
        store.saveFile(run, "b.csv", null, "0".repeat(64), 10, null, 0);
        store.insertRejects(run, List.of(new Ditolak("a.csv", 2, "alasan", "x"), new Ditolak("b.csv", 2, "alasan", "y")));
        store.insertUnrouted(run, List.of(new TidakTerarah("a.csv", 3, RecordKind.PCARE, "P?")));
        store.addCounts(run, "a.csv", 5, 4, 1, 0);
        store.updateFileOutcome(run, "a.csv", "pcare", "rusak", 2);

        store.resetFile(run, "a.csv");

        assertThat(store.rejects(run)).extracting(Ditolak::file).containsExactly("b.csv");
        assertThat(store.unrouted(run)).isEmpty();
        assertThat(store.files(run)).filteredOn(f -> f.fileName().equals("a.csv")).singleElement()
                .satisfies(f -> {
                    assertThat(f.rowsRead()).isZero();
                    assertThat(f.error()).isNull();
                });
    }

    @Test
    void familiesPerFileReplaceEarlierCounts() {
        RunKey run = new RunKey("keluarga-" + JOBS.incrementAndGet(), DATE);
        store.saveFile(run, "a.csv", null, "0".repeat(64), 10, null, 0);
        store.saveFile(run, "b.csv", null, "0".repeat(64), 10, null, 0);
        store.saveFamilies(run, Map.of("a.csv", 3L, "b.csv", 1L));
        store.saveFamilies(run, Map.of("a.csv", 2L));
        assertThat(store.files(run)).extracting(InputFile::families).containsExactly(2L, 0L);
    }

    @Test
    void theLastRunsTogetherSayWhichSourcesAreExpectedTonight() {
        String job = "cakupan-" + JOBS.incrementAndGet();
        store.saveCakupan(new RunKey(job, DATE.minusDays(3)), Map.of(Sumber.EPPGBM, Map.of("P1", 5L)));
        store.saveCakupan(new RunKey(job, DATE.minusDays(1)), Map.of(Sumber.PISPK, Map.of("P1", 2L)));
        RunKey tonight = new RunKey(job, DATE);
        store.saveCakupan(tonight, Map.of(Sumber.EPPGBM, Map.of("P1", 2L)));
        // A read step done again replaces tonight's counts: e-PPGBM is not counted twice nor kept
        store.saveCakupan(tonight, Map.of(Sumber.PISPK, Map.of("P1", 1L), Sumber.PCARE, Map.of("P9", 1L)));

        // e-PPGBM came three nights ago, not last night: still expected, so a second night without it is reported
        assertThat(store.cakupanSebelumnya(tonight, 7).ada(Sumber.EPPGBM, "P1")).isTrue();
        assertThat(store.cakupanSebelumnya(tonight, 1).ada(Sumber.EPPGBM, "P1")).isFalse();
        assertThat(store.cakupan(tonight).ada(Sumber.EPPGBM, "P1")).isFalse();
        assertThat(store.cakupan(tonight).ada(Sumber.PCARE, "P1")).isTrue();
        assertThat(store.cakupan(tonight).puskesmasAktif()).containsExactly("P1", "P9");
        assertThat(store.cakupanSebelumnya(new RunKey(job, DATE.minusDays(3)), 7)).isNull();
    }
}
