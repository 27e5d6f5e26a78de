package id.rekon.pispk.store;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.init.ResourceDatabasePopulator;

import javax.sql.DataSource;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The statements of {@link StagingStore} that depend on the database's typing behave alike on H2
 * and PostgreSQL: the family insert ({@code INSERT ... SELECT ?, ... WHERE NOT EXISTS}, whose
 * untyped parameters PostgreSQL must infer, nulls and dates included), free text with a NUL in it
 * (PostgreSQL text cannot hold one), and the schema script, which every start runs again.
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
        store = new StagingStore(jdbc, new PayloadCodec());
    }

    private final RunKey run = new RunKey("staging-" + JOBS.incrementAndGet(), DATE);

    @Test
    void schemaScriptRunsAgainOnAnExistingDatabase() {
        store.saveStat(run, "baris", 1);
        new ResourceDatabasePopulator(new ClassPathResource("db/rekon-schema.sql")).execute(dataSource);
        assertThat(store.stat(run, "baris")).isEqualTo(1);
    }

    @Test
    void aFamilyIsStoredOnceWhetherRepeatedInOneBatchOrAcrossBatches() {
        List<StagedRecord> first = new ArrayList<>();
        first.add(keluarga("a.csv", 1, "K-1"));
        first.add(anggota("a.csv", 1, "K-1", "5302010101900001", LocalDate.of(1990, 1, 1)));
        first.add(keluarga("a.csv", 2, "K-1")); // the next member row of the same family
        first.add(keluarga("b.csv", 1, "K-1")); // the same family in another file
        first.add(keluarga("b.csv", 2, "K-2"));
        first.add(anggota("b.csv", 2, "K-2", null, null)); // no NIK, no birth date
        assertThat(store.insertRecords(run, first)).isEqualTo(Map.of("a.csv", 1L, "b.csv", 1L));

        assertThat(store.insertRecords(run, List.of(keluarga("c.csv", 1, "K-2"), keluarga("c.csv", 2, "K-3"))))
                .isEqualTo(Map.of("c.csv", 1L));
        assertThat(jdbc.queryForList("SELECT family_key FROM rekon_record WHERE job_name = ? AND kind = 'KELUARGA'"
                + " ORDER BY family_key", String.class, run.jobName())).containsExactly("K-1", "K-2", "K-3");
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM rekon_record WHERE job_name = ? AND kind = 'ANGGOTA'"
                + " AND birth_date IS NULL AND nik_key IS NULL", Long.class, run.jobName())).isEqualTo(1);
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
        store.insertRecords(run, List.of(keluarga("a.csv", 1, "K-1")));
        store.insertRecords(other, List.of(keluarga("a.csv", 1, "K-1")));
        store.saveStat(run, "x", 1);
        store.saveStat(run, "x", 2);
        assertThat(store.stat(run, "x")).isEqualTo(2);

        store.clearForRun(run);
        assertThat(store.stat(run, "x")).isZero();
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM rekon_record WHERE job_name IN (?, ?)", Long.class,
                run.jobName(), other.jobName())).isEqualTo(1);
    }

    private static StagedRecord keluarga(String file, long row, String kode) {
        return new StagedRecord(RecordKind.KELUARGA, file, row, null, "KELUARGA|" + kode, kode, "P5302010101", null,
                Map.of("kode", kode, "file", file));
    }

    private static StagedRecord anggota(String file, long row, String kode, String nik, LocalDate lahir) {
        return new StagedRecord(RecordKind.ANGGOTA, file, row, nik, "ANGGOTA|" + kode + "|" + row, kode, null, lahir,
                Map.of("kode", kode));
    }
}
