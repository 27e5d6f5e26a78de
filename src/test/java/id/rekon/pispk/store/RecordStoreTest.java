package id.rekon.pispk.store;

import id.rekon.pispk.model.PersonCase;
import id.rekon.pispk.model.Anggota;
import id.rekon.pispk.model.Asal;
import id.rekon.pispk.model.Keluarga;
import id.rekon.pispk.model.Nama;
import id.rekon.pispk.model.Nik;
import id.rekon.pispk.model.NikStatus;
import id.rekon.pispk.model.Pengukuran;
import id.rekon.pispk.model.PesertaPcare;
import id.rekon.pispk.model.Sex;
import id.rekon.pispk.model.StatusKawin;
import id.rekon.pispk.model.Sumber;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.ValueSource;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Tonight's store (DuckDB): what the read step writes per file, and what the later steps read back,
 * in clear and with the identifying columns encrypted ({@link StoreCipher}).
 */
@ParameterizedClass(name = "enkripsi={0}")
@ValueSource(booleans = {false, true})
class RecordStoreTest {

    static final StoreCipher CIPHER = StoreCipher.of("kunci-uji-rahasia-123");

    @Parameter
    boolean encrypted;

    private static final LocalDate DATE = LocalDate.of(2026, 11, 1);
    private static final String PKM_A = "P5302010101";
    private static final String PKM_B = "P5302020202";

    @TempDir
    Path dir;
    private RecordStores stores;
    private RecordStore store;
    private final RecordStager stager = new RecordStager();

    @BeforeEach
    void open() {
        stores = new RecordStores(dir, new RecordStore.Settings("256MB", 2, dir.resolve("tmp")),
                encrypted ? CIPHER : StoreCipher.OFF);
        store = stores.of("uji");
    }

    @AfterEach
    void close() {
        stores.close();
    }

    @Test
    void aFamilyIsKeptOnceTheFirstReadInFileOrderWhateverOrderThePartsWereWritten() {
        write(2, "b.csv", stager.keluarga(keluargaOf("K-1", PKM_B)), stager.keluarga(keluargaOf("K-2", PKM_B)));
        write(1, "a.csv", stager.keluarga(keluargaOf("K-1", PKM_A)), stager.keluarga(keluargaOf("K-1", PKM_A)));
        write(3, "c.csv", stager.keluarga(keluargaOf("K-2", PKM_A)), stager.keluarga(keluargaOf("K-3", PKM_A)));

        store.buildFamilies();

        assertThat(store.familiesPerFile()).containsExactly(Map.entry("a.csv", 1L), Map.entry("b.csv", 1L),
                Map.entry("c.csv", 1L));
        List<String> kept = new ArrayList<>();
        try (KeluargaCursor c = new KeluargaCursor(store, new PayloadCodec())) {
            for (Keluarga k = c.next(); k != null; k = c.next()) {
                kept.add(k.kodeKeluarga() + "@" + k.kodePuskesmas());
            }
        }
        // in family-code order; encrypted, in the order of the encrypted codes (no output depends on it)
        if (encrypted) {
            assertThat(kept).containsExactlyInAnyOrder("K-1@" + PKM_A, "K-2@" + PKM_B, "K-3@" + PKM_A);
        } else {
            assertThat(kept).containsExactly("K-1@" + PKM_A, "K-2@" + PKM_B, "K-3@" + PKM_A);
        }
        // every row that carried a family counts for coverage, as the source arrived for that puskesmas
        assertThat(store.rowsPerSourceAndPuskesmas().get(Sumber.PISPK)).containsEntry(PKM_A, 4L).containsEntry(PKM_B, 2L);
    }

    @Test
    void aFileWrittenAgainReplacesWhatTheFailedAttemptWrote() {
        write(1, "a.csv", stager.keluarga(keluargaOf("K-1", PKM_A)));
        try (RecordWriter half = store.writer(2, "b.csv")) {
            half.write(List.of(stager.keluarga(keluargaOf("K-2", PKM_A))));
        }
        write(2, "b.csv", stager.keluarga(keluargaOf("K-2", PKM_A)), stager.keluarga(keluargaOf("K-3", PKM_A)));

        store.buildFamilies();
        assertThat(store.familiesPerFile()).containsExactly(Map.entry("a.csv", 1L), Map.entry("b.csv", 2L));
        assertThat(store.rowsPerSourceAndPuskesmas().get(Sumber.PISPK)).containsExactly(Map.entry(PKM_A, 3L));
    }

    @Test
    void personsComeGroupedByNikAcrossSourcesThenByPersonWithoutANik() {
        write(1, "keluarga.csv", stager.keluarga(keluargaOf("K-1", PKM_A)));
        write(2, "anggota.csv",
                stager.anggota(child("K-1", 1, "5302014101240001", "SITI", LocalDate.of(2024, 1, 1))),
                stager.anggota(child("K-1", 2, null, "TANPA NIK", LocalDate.of(2024, 2, 2))));
        write(3, "eppgbm.csv",
                stager.pengukuran(measured(2, "5302014101240001", "SITI", LocalDate.of(2024, 1, 1), PKM_A)),
                stager.pengukuran(measured(1, "5302014101240001", "SITI", LocalDate.of(2024, 1, 1), PKM_A)),
                stager.pengukuran(measured(3, "0102014101240009", "NOL DI DEPAN", LocalDate.of(2024, 1, 1), PKM_A)));
        store.buildFamilies();

        List<PersonCase> cases = new ArrayList<>();
        try (PersonCaseCursor c = new PersonCaseCursor(store, new PayloadCodec(), Map.of())) {
            for (PersonCase p = c.next(); p != null; p = c.next()) {
                cases.add(p);
            }
        }
        assertThat(cases).hasSize(3);
        // NIK groups in NIK order (encrypted: in the order of the stored permutation), then the rest
        assertThat(cases.subList(0, 2)).extracting(PersonCase::nikKey).containsExactlyElementsOf(
                inStoredOrder(List.of("0102014101240009", "5302014101240001")));
        PersonCase siti = cases.stream().filter(p -> "5302014101240001".equals(p.nikKey())).findFirst().orElseThrow();
        assertThat(siti.pispk()).singleElement().satisfies(a -> assertThat(a.keluarga().kodeKeluarga()).isEqualTo("K-1"));
        // the file's row order within a source: row 2 was written first
        assertThat(siti.eppgbm()).extracting(p -> p.asal().baris()).containsExactly(2L, 1L);
        assertThat(cases.get(2).nikKey()).isNull();
        assertThat(cases.get(2).pispk()).singleElement()
                .satisfies(a -> assertThat(a.anggota().nama().asli()).isEqualTo("TANPA NIK"));
    }

    @Test
    void personsLeftUnreadAreReadLaterOnOtherThreadsAsTheCursorWouldHaveReadThem() throws Exception {
        write(1, "keluarga.csv", stager.keluarga(keluargaOf("K-1", PKM_A)));
        write(2, "anggota.csv",
                stager.anggota(child("K-1", 1, "5302014101240001", "SITI", LocalDate.of(2024, 1, 1))),
                stager.anggota(child("K-1", 2, null, "TANPA NIK", LocalDate.of(2024, 2, 2))));
        write(3, "eppgbm.csv",
                stager.pengukuran(measured(1, "5302014101240001", "SITI", LocalDate.of(2024, 1, 1), PKM_A)),
                stager.pengukuran(measured(2, "0102014101240009", "NOL DI DEPAN", LocalDate.of(2024, 1, 1), PKM_A)));
        store.buildFamilies();
        List<PersonCase> read = new ArrayList<>();
        try (PersonCaseCursor c = new PersonCaseCursor(store, new PayloadCodec(), Map.of())) {
            for (PersonCase p = c.next(); p != null; p = c.next()) {
                read.add(p);
            }
        }
        List<PersonCaseCursor.Unread> unread = new ArrayList<>();
        try (PersonCaseCursor c = new PersonCaseCursor(store, new PayloadCodec(), Map.of())) {
            for (PersonCaseCursor.Unread u = c.nextUnread(); u != null; u = c.nextUnread()) {
                unread.add(u);
            }
        }
        // after the cursor closed, on a pool's threads, in any order
        var pool = java.util.concurrent.Executors.newFixedThreadPool(3);
        try {
            List<java.util.concurrent.Future<PersonCase>> later = new ArrayList<>();
            for (int i = unread.size() - 1; i >= 0; i--) {
                later.add(0, pool.submit(unread.get(i)::read));
            }
            List<PersonCase> readLater = new ArrayList<>();
            for (var f : later) {
                readLater.add(f.get());
            }
            assertThat(readLater).hasSize(3).isEqualTo(read);
            assertThat(readLater.stream().filter(p -> p.pispk().size() == 1)).allSatisfy(p ->
                    assertThat(p.pispk().get(0).keluarga().kodeKeluarga()).isEqualTo("K-1"));
        } finally {
            pool.shutdown();
        }
    }

    @Test
    void nikGroupsComeInOneOrderAcrossManyVectorsAndParts() {
        // More rows than two DuckDB row groups (122,880 rows each), so the engine sorts in parallel, in
        // two parts written out of order: each NIK must come as one group, NIKs ascending. (With
        // preserve_insertion_order=false, duckdb_jdbc 2.0.0.1 returned two sorted runs one after the other.)
        java.util.Random random = new java.util.Random(7);
        for (int part = 2; part >= 1; part--) {
            List<StagedRecord> rows = new ArrayList<>();
            for (int i = 0; i < 150_000; i++) {
                String nik = "53020" + String.format("%011d", random.nextInt(100_000));
                rows.add(stager.pengukuran(measured(i, nik, "ANAK", LocalDate.of(2024, 1, 1), PKM_A)));
            }
            try (RecordWriter w = store.writer(part, "e" + part + ".csv")) {
                w.write(rows);
            }
        }
        store.buildFamilies();
        List<String> niks = new ArrayList<>();
        long records = 0;
        try (PersonCaseCursor c = new PersonCaseCursor(store, new PayloadCodec(), Map.of())) {
            for (PersonCase p = c.next(); p != null; p = c.next()) {
                niks.add(p.nikKey());
                records += p.eppgbm().size();
            }
        }
        assertThat(records).isEqualTo(300_000);
        assertThat(niks).doesNotHaveDuplicates().isEqualTo(inStoredOrder(niks));
    }

    @Test
    void aNikSharedBySeveralPersonsListsEachSourceInSubjectKeyOrderInBothModes() {
        // Encrypted subject keys sort in another order; the cursor sorts each group again by the text.
        List<StagedRecord> rows = new ArrayList<>();
        String[] names = {"ZAINAB", "ANI", "MELATI", "BUDI", "ANI", "CITRA", "YUNI", "DEWI"};
        for (int i = 0; i < names.length; i++) {
            rows.add(stager.pengukuran(measured(i + 1, "5302014101240001", names[i], LocalDate.of(2024, 1, 1), PKM_A)));
        }
        try (RecordWriter w = store.writer(1, "e.csv")) {
            w.write(rows);
        }
        store.buildFamilies();
        try (PersonCaseCursor c = new PersonCaseCursor(store, new PayloadCodec(), Map.of())) {
            PersonCase p = c.next();
            assertThat(p.eppgbm()).extracting(m -> m.nama().asli() + m.asal().baris()).containsExactly("ANI2", "ANI5",
                    "BUDI4", "CITRA6", "DEWI8", "MELATI3", "YUNI7", "ZAINAB1");
            assertThat(c.next()).isNull();
        }
    }

    @Test
    void aStoreWrittenWithAnotherKeyIsRefusedUntilANewRunClearsIt() {
        write(1, "a.csv", stager.keluarga(keluargaOf("K-1", PKM_A)));
        stores.release("uji");
        try (RecordStores other = new RecordStores(dir, new RecordStore.Settings("256MB", 2, dir.resolve("tmp")),
                encrypted ? StoreCipher.OFF : CIPHER)) {
            RecordStore reopened = other.of("uji");
            assertThatThrownBy(reopened::rowsPerSourceAndPuskesmas).isInstanceOf(StoreException.class)
                    .hasMessageContaining("--force");
            reopened.clear();
            assertThat(reopened.rowsPerSourceAndPuskesmas()).isEmpty();
        }
    }

    @Test
    void aStoreLeftByAVersionThatKeptPayloadsInTheDatabaseIsRefusedUntilANewRunClearsIt() throws Exception {
        stores.release("uji");
        RecordStore.delete(dir.resolve("uji.duckdb"));
        // The record table as versions before PayloadFiles made it: the payload itself in a BLOB.
        try (java.sql.Connection c = java.sql.DriverManager.getConnection("jdbc:duckdb:" + dir.resolve("uji.duckdb"));
                java.sql.Statement st = c.createStatement()) {
            st.execute(RecordStore.SCHEMA.replace("payload   BIGINT", "payload   BLOB  "));
            st.execute("INSERT INTO record VALUES (1, 0, 0, NULL, 'k'::BLOB, NULL, NULL, NULL, 'x'::BLOB)");
        }
        RecordStore reopened = stores.of("uji");
        assertThatThrownBy(reopened::rowsPerSourceAndPuskesmas).isInstanceOf(StoreException.class)
                .hasMessageContaining("versi aplikasi yang lebih lama").hasMessageContaining("--force");
        reopened.clear();
        assertThat(reopened.rowsPerSourceAndPuskesmas()).isEmpty();
        store = reopened;
        write(1, "a.csv", stager.keluarga(keluargaOf("K-1", PKM_A)));
        assertThat(reopened.rowsPerSourceAndPuskesmas()).containsKey(Sumber.PISPK);
    }

    /** NIKs in the order the store returns their groups: the NIK's, or the stored permutation's. */
    private List<String> inStoredOrder(List<String> niks) {
        StoreCipher c = encrypted ? CIPHER : StoreCipher.OFF;
        return niks.stream().sorted(java.util.Comparator.comparingLong(n -> c.nik(Long.parseLong(n)))).toList();
    }

    @Test
    void childCandidatesAreTheChildrenWhoseNikFindsNobodyOnTheOtherSide() {
        write(1, "keluarga.csv", stager.keluarga(keluargaOf("K-1", PKM_A)), stager.keluarga(keluargaOf("K-2", PKM_B)));
        write(2, "anggota.csv",
                stager.anggota(child("K-1", 1, "5302011507850001", "BAPAK", LocalDate.of(1985, 7, 15))),
                stager.anggota(child("K-1", 2, "5302014101240001", "MATCHED", LocalDate.of(2024, 1, 1))),
                stager.anggota(child("K-1", 3, "5302014202240002", "NO EPPGBM", LocalDate.of(2024, 2, 2))),
                stager.anggota(child("K-2", 4, null, "NO NIK", LocalDate.of(2025, 3, 3))));
        write(3, "eppgbm.xlsx",
                stager.pengukuran(measured(1, "5302014101240001", "MATCHED", LocalDate.of(2024, 1, 1), PKM_A)),
                stager.pengukuran(measured(3, "5302015505250003", "ONLY EPPGBM", LocalDate.of(2025, 5, 5), PKM_A)),
                stager.pengukuran(measured(2, "5302015505250003", "ONLY EPPGBM", LocalDate.of(2025, 5, 5), PKM_A)),
                stager.pengukuran(measured(4, null, "DUMMY NIK", LocalDate.of(2025, 6, 6), PKM_B)),
                stager.pengukuran(measured(5, "5302011010190004", "TOO OLD", LocalDate.of(2019, 10, 10), PKM_A)),
                // The NIK of a PIS-PK adult: matched, whatever the age on the other side.
                stager.pengukuran(measured(6, "5302011507850001", "SAME NIK", LocalDate.of(2025, 7, 7), PKM_A)),
                stager.pengukuran(measured(7, "5302016606250005", "NOT ROUTED", LocalDate.of(2025, 6, 6), null)));
        store.buildFamilies();

        Map<String, List<String>> pispk = new LinkedHashMap<>();
        Map<String, List<String>> eppgbm = new LinkedHashMap<>();
        new ChildCandidates(new PayloadCodec()).forEachBlock(store, LocalDate.of(2021, 10, 1), (puskesmas, block) -> {
            pispk.put(puskesmas, block.pispk().stream().map(c -> c.anggota().anggota().nama().asli()
                    + " (" + c.keluarga().size() + " anggota)").toList());
            eppgbm.put(puskesmas, block.eppgbm().values().stream().map(ms -> ms.get(0).nama().asli()
                    + " baris " + ms.stream().map(m -> String.valueOf(m.asal().baris())).toList()).toList());
        });

        assertThat(pispk).containsExactly(Map.entry(PKM_A, List.of("NO EPPGBM (3 anggota)")),
                Map.entry(PKM_B, List.of("NO NIK (1 anggota)")));
        // e-PPGBM children of every age (spec rule 2): TOO OLD, over five now, is still a candidate.
        assertThat(eppgbm).containsExactly(Map.entry(PKM_A, List.of("TOO OLD baris [5]", "ONLY EPPGBM baris [3, 2]")),
                Map.entry(PKM_B, List.of("DUMMY NIK baris [4]")));
    }

    @Test
    void adultCandidatesAreTheRecordsNotMatchedByNikOnEitherSideOfPuskesmasWithOneWithoutNik() {
        write(1, "keluarga.csv", stager.keluarga(keluargaOf("K-1", PKM_A)), stager.keluarga(keluargaOf("K-2", PKM_B)));
        write(2, "anggota.csv",
                stager.anggota(child("K-1", 1, "5302011507850001", "IN PCARE", LocalDate.of(1985, 7, 15))),
                stager.anggota(child("K-1", 2, null, "DAMAGED", LocalDate.of(1990, 3, 27))),
                stager.anggota(child("K-1", 3, "5302016705900003", "NOT IN PCARE", LocalDate.of(1990, 5, 27))),
                // puskesmas B: both sides have usable NIKs only, so B is not read at all
                stager.anggota(child("K-2", 1, "5302026705900004", "B MEMBER", LocalDate.of(1990, 5, 27))));
        write(3, "pcare.csv",
                stager.pcare(pcare(1, "0001", "5302011507850001", "IN PCARE", LocalDate.of(1985, 7, 15), PKM_A)),
                stager.pcare(pcare(2, "0002", "5302016703900002", "DAMAGED", LocalDate.of(1990, 3, 27), PKM_A)),
                // the same card twice (two files' worth): read once
                stager.pcare(pcare(3, "0002", "5302016703900002", "DAMAGED", LocalDate.of(1990, 3, 27), PKM_A)),
                stager.pcare(pcare(4, "0004", "5302026705900009", "B PCARE", LocalDate.of(1990, 5, 27), PKM_B)));
        store.buildFamilies();

        Map<String, List<String>> pispk = new LinkedHashMap<>();
        Map<String, List<String>> program = new LinkedHashMap<>();
        new PersonCandidates(new PayloadCodec()).forEachBlock(store, PersonCandidates.Program.PCARE, (pkm, block) -> {
            pispk.put(pkm, block.pispk().stream().map(k -> k.record().anggota().nama().asli()).toList());
            program.put(pkm, block.program().stream().map(k -> ((PesertaPcare) k.record()).noKartu()).toList());
        });

        // NOT IN PCARE has a usable NIK, and no PCare row without one shares a possible birth date with
        // him: no pair could be proposed, so he is not read at all.
        assertThat(pispk).containsExactly(Map.entry(PKM_A, List.of("DAMAGED")));
        assertThat(program).containsExactly(Map.entry(PKM_A, List.of("0002")));
    }

    @Test
    void aMemberWithAUsableNikIsAnAdultCandidateOnlyOnADateAPairIsPossible() {
        write(1, "keluarga.csv", stager.keluarga(keluargaOf("K-1", PKM_A)));
        write(2, "anggota.csv",
                stager.anggota(child("K-1", 1, "5302016805900011", "SEHARI", LocalDate.of(1990, 5, 28))),
                stager.anggota(child("K-1", 2, "5302014307900012", "TERTUKAR", LocalDate.of(1990, 7, 3))),
                stager.anggota(child("K-1", 3, "5302015506900013", "LAIN HARI", LocalDate.of(1990, 6, 15))));
        write(3, "pcare.csv",
                // without a usable NIK: one day before SEHARI, and TERTUKAR with day and month swapped
                stager.pcare(pcare(1, "0009", null, "TANPA NIK A", LocalDate.of(1990, 5, 27), PKM_A)),
                stager.pcare(pcare(2, "0010", null, "TANPA NIK B", LocalDate.of(1990, 3, 7), PKM_A)),
                // a usable NIK and nobody without one born near him on the PIS-PK side: never a pair
                stager.pcare(pcare(3, "0011", "5302010101850014", "BERNIK", LocalDate.of(1985, 1, 1), PKM_A)));
        store.buildFamilies();

        Map<String, List<String>> pispk = new LinkedHashMap<>();
        Map<String, List<String>> program = new LinkedHashMap<>();
        new PersonCandidates(new PayloadCodec()).forEachBlock(store, PersonCandidates.Program.PCARE, (pkm, block) -> {
            pispk.put(pkm, block.pispk().stream().map(k -> k.record().anggota().nama().asli()).toList());
            program.put(pkm, block.program().stream().map(k -> ((PesertaPcare) k.record()).noKartu()).toList());
        });

        assertThat(pispk).containsExactly(Map.entry(PKM_A, List.of("SEHARI", "TERTUKAR")));
        assertThat(program).containsExactly(Map.entry(PKM_A, List.of("0009", "0010")));
    }

    @Test
    void childCandidatesComeInSubjectKeyOrderInBothModes() {
        // The matcher's proposals depend on the order it sees the candidates in; encrypted keys sort otherwise.
        write(1, "keluarga.csv", stager.keluarga(keluargaOf("K-1", PKM_A)));
        List<StagedRecord> children = new ArrayList<>();
        String[] names = {"ZAINAB", "ANI", "MELATI", "BUDI", "CITRA", "YUNI"};
        for (int i = 0; i < names.length; i++) {
            children.add(stager.anggota(child("K-1", i + 1, "53020141012400" + (10 + i), names[i], LocalDate.of(2024, 1, 1))));
        }
        write(2, "anggota.csv", children.toArray(StagedRecord[]::new));
        List<StagedRecord> measured = new ArrayList<>();
        for (int i = 0; i < names.length; i++) {
            measured.add(stager.pengukuran(measured(i + 1, "53020151012400" + (10 + i), names[i], LocalDate.of(2024, 1, 1), PKM_A)));
        }
        write(3, "eppgbm.csv", measured.toArray(StagedRecord[]::new));
        store.buildFamilies();

        List<String> pispk = new ArrayList<>();
        List<String> eppgbm = new ArrayList<>();
        new ChildCandidates(new PayloadCodec()).forEachBlock(store, LocalDate.of(2021, 10, 1), (puskesmas, block) -> {
            block.pispk().forEach(c -> pispk.add(c.anggota().anggota().nama().asli()));
            block.eppgbm().values().forEach(ms -> eppgbm.add(ms.get(0).nama().asli()));
        });
        assertThat(pispk).containsExactly("ANI", "BUDI", "CITRA", "MELATI", "YUNI", "ZAINAB");
        // e-PPGBM subject keys start with the NIK: ascending NIKs here, in the order written
        assertThat(eppgbm).containsExactly(names);
    }

    @Test
    void aCompletedRunsStoreIsRemovedAFailedOnesKept() {
        write(1, "a.csv", stager.keluarga(keluargaOf("K-1", PKM_A)));
        Path file = stores.file("uji");
        stores.release("uji");
        assertThat(file).exists();
        assertThat(stores.of("uji").rowsPerSourceAndPuskesmas().get(Sumber.PISPK)).containsEntry(PKM_A, 1L);
        stores.remove("uji");
        assertThat(file).doesNotExist();
        assertThat(Files.exists(file.resolveSibling("uji.duckdb.wal"))).isFalse();
    }

    private void write(int part, String file, StagedRecord... records) {
        try (RecordWriter w = store.writer(part, file)) {
            w.write(List.of(records));
        }
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

    private static PesertaPcare pcare(long row, String kartu, String nik, String nama, LocalDate lahir,
            String puskesmas) {
        return new PesertaPcare(new Asal("pcare.csv", row), kartu, nikOf(nik), new Nama(nama, nama), Sex.P, lahir,
                "PBI APBN", true, "AKTIF", "0123B456", "PKM", puskesmas, false, false);
    }

    private static Nik nikOf(String digits) {
        return digits == null ? Nik.blank() : new Nik(digits, digits, NikStatus.VALID, "");
    }
}
