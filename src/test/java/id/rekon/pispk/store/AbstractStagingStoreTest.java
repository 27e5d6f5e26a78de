package id.rekon.pispk.store;

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

    @Test
    void childCandidatesAreTheChildrenWhoseNikFindsNobodyOnTheOtherSide() {
        RunKey run = new RunKey("anak-" + JOBS.incrementAndGet(), DATE);
        String pkmA = "P5302010101";
        String pkmB = "P5302020202";
        RecordStager stager = new RecordStager();
        Keluarga k1 = keluargaOf("K-1", pkmA);
        Keluarga k2 = keluargaOf("K-2", pkmB);
        List<StagedRecord> rows = new ArrayList<>();
        rows.add(stager.keluarga(k1));
        rows.add(stager.keluarga(k2));
        rows.add(stager.anggota(child("K-1", 1, "5302011507850001", "BAPAK", LocalDate.of(1985, 7, 15))));
        rows.add(stager.anggota(child("K-1", 2, "5302014101240001", "MATCHED", LocalDate.of(2024, 1, 1))));
        rows.add(stager.anggota(child("K-1", 3, "5302014202240002", "NO EPPGBM", LocalDate.of(2024, 2, 2))));
        rows.add(stager.anggota(child("K-2", 4, null, "NO NIK", LocalDate.of(2025, 3, 3))));
        rows.add(stager.pengukuran(measured(1, "5302014101240001", "MATCHED", LocalDate.of(2024, 1, 1), pkmA)));
        rows.add(stager.pengukuran(measured(3, "5302015505250003", "ONLY EPPGBM", LocalDate.of(2025, 5, 5), pkmA)));
        rows.add(stager.pengukuran(measured(2, "5302015505250003", "ONLY EPPGBM", LocalDate.of(2025, 5, 5), pkmA)));
        rows.add(stager.pengukuran(measured(4, null, "DUMMY NIK", LocalDate.of(2025, 6, 6), pkmB)));
        rows.add(stager.pengukuran(measured(5, "5302011010190004", "TOO OLD", LocalDate.of(2019, 10, 10), pkmA)));
        // The NIK of a PIS-PK adult: matched, whatever the age on the other side.
        rows.add(stager.pengukuran(measured(6, "5302011507850001", "SAME NIK", LocalDate.of(2025, 7, 7), pkmA)));
        rows.add(stager.pengukuran(measured(7, "5302016606250005", "NOT ROUTED", LocalDate.of(2025, 6, 6), null)));
        store.insertRecords(run, rows);

        Map<String, List<String>> pispk = new LinkedHashMap<>();
        Map<String, List<String>> eppgbm = new LinkedHashMap<>();
        new ChildCandidates(dataSource, new PayloadCodec()).forEachBlock(run, LocalDate.of(2021, 10, 1),
                (puskesmas, block) -> {
                    pispk.put(puskesmas, block.pispk().stream().map(c -> c.anggota().anggota().nama().asli()
                            + " (" + c.keluarga().size() + " anggota)").toList());
                    eppgbm.put(puskesmas, block.eppgbm().values().stream().map(ms -> ms.get(0).nama().asli()
                            + " baris " + ms.stream().map(m -> String.valueOf(m.asal().baris())).toList()).toList());
                });

        assertThat(pispk).containsExactly(Map.entry(pkmA, List.of("NO EPPGBM (3 anggota)")),
                Map.entry(pkmB, List.of("NO NIK (1 anggota)")));
        assertThat(eppgbm).containsExactly(Map.entry(pkmA, List.of("ONLY EPPGBM baris [3, 2]")),
                Map.entry(pkmB, List.of("DUMMY NIK baris [4]")));
    }

    @Test
    void theLastRunsTogetherSayWhichSourcesAreExpectedTonight() {
        String job = "cakupan-" + JOBS.incrementAndGet();
        store.addCakupan(new RunKey(job, DATE.minusDays(3)), Map.of(Sumber.EPPGBM, Map.of("P1", 5L)));
        store.addCakupan(new RunKey(job, DATE.minusDays(1)), Map.of(Sumber.PISPK, Map.of("P1", 2L)));
        RunKey tonight = new RunKey(job, DATE);
        store.addCakupan(tonight, Map.of(Sumber.PISPK, Map.of("P1", 2L)));
        store.addCakupan(tonight, Map.of(Sumber.PISPK, Map.of("P1", 1L), Sumber.PCARE, Map.of("P9", 1L)));

        // e-PPGBM came three nights ago, not last night: still expected, so a second night without it is reported
        assertThat(store.cakupanSebelumnya(tonight, 7).ada(Sumber.EPPGBM, "P1")).isTrue();
        assertThat(store.cakupanSebelumnya(tonight, 1).ada(Sumber.EPPGBM, "P1")).isFalse();
        assertThat(store.cakupan(tonight).ada(Sumber.EPPGBM, "P1")).isFalse();
        assertThat(store.cakupan(tonight).ada(Sumber.PCARE, "P1")).isTrue();
        assertThat(store.cakupan(tonight).puskesmasAktif()).containsExactly("P1", "P9");
        assertThat(store.cakupanSebelumnya(new RunKey(job, DATE.minusDays(3)), 7)).isNull();
    }

    private static Keluarga keluargaOf(String kode, String puskesmas) {
        return new Keluarga(new Asal("keluarga.csv", 1), kode, Nik.blank(), new Nama("KEPALA", "KEPALA"), null, null,
                null, null, null, puskesmas, null, DATE.minusDays(10), null, null, null);
    }

    private static Anggota child(String kode, long row, String nik, String nama, LocalDate lahir) {
        return new Anggota(new Asal("anggota.csv", row), kode, String.valueOf(row), nikOf(nik), new Nama(nama, nama),
                "Anak", lahir, Sex.P, StatusKawin.BELUM_KAWIN, null, null, null, null, null, null, null, null, null,
                null, null);
    }

    private static Pengukuran measured(long row, String nik, String nama, LocalDate lahir, String puskesmas) {
        return new Pengukuran(new Asal("eppgbm.xlsx", row), nikOf(nik), new Nama(nama, nama), Sex.P, lahir, null,
                "IBU", List.of("IBU"), null, null, null, null, null, puskesmas, null, null, null, null, null,
                DATE.minusDays(20), null, null, null, null, null, null, null, null, null);
    }

    private static Nik nikOf(String digits) {
        return digits == null ? Nik.blank() : new Nik(digits, digits, NikStatus.VALID, "");
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
