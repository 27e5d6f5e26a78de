package id.rekon.pispk.store;

import id.rekon.pispk.model.Anggota;
import id.rekon.pispk.model.Asal;
import id.rekon.pispk.model.Keluarga;
import id.rekon.pispk.model.Nama;
import id.rekon.pispk.model.Nik;
import id.rekon.pispk.model.NikStatus;
import id.rekon.pispk.model.Sex;
import id.rekon.pispk.model.StatusKawin;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What a copy of tonight's store would show: with a key set, no NIK (as digits, or as the 8-byte number
 * either way round) and no name or family code in the database file, its write-ahead log or the spill
 * folder; in clear, the same scan finds them (so the scan can fail).
 */
class StoreAtRestTest {

    private static final String PKM = "P5302010101";
    private static final List<String> NIKS = List.of("5302014101240001", "5302015505190002", "3174096612870003");
    private static final List<String> NAMES = List.of("KARTINI WULANDARI", "BAMBANG SUPRAPTO", "SRIWAHYUNINGSIH");
    private static final String FAMILY = "KK-RAHASIA-0042";

    @TempDir
    Path dir;

    @Test
    void withAKeyNoNikNameOrFamilyCodeIsOnDisk() throws IOException {
        Map<String, Boolean> found = night(dir.resolve("terenkripsi"), StoreCipher.of("kunci-uji-rahasia-123"));
        assertThat(found).as("needles found in the encrypted store's files").doesNotContainValue(true);
    }

    @Test
    void inClearTheSameScanFindsThem() throws IOException {
        Map<String, Boolean> found = night(dir.resolve("biasa"), StoreCipher.OFF);
        // DuckDB writes numbers little-endian: the big-endian form is only looked for in the encrypted files
        found.keySet().removeIf(k -> k.endsWith("(long BE)"));
        assertThat(found).as("needles found in the clear store's files").doesNotContainValue(false);
    }

    /** Writes a night's rows and scans the store's files at each stage; which needles were seen anywhere. */
    private Map<String, Boolean> night(Path folder, StoreCipher cipher) throws IOException {
        Map<String, byte[]> needles = needles();
        Map<String, Boolean> found = new LinkedHashMap<>();
        needles.keySet().forEach(k -> found.put(k, false));
        RecordStager stager = new RecordStager();
        try (RecordStores stores = new RecordStores(folder, new RecordStore.Settings("64MB", 1, folder.resolve("tmp")),
                cipher)) {
            RecordStore store = stores.of("uji");
            List<StagedRecord> rows = new ArrayList<>();
            rows.add(stager.keluarga(new Keluarga(new Asal("k.csv", 1), FAMILY, nik(NIKS.get(0)),
                    new Nama(NAMES.get(0), NAMES.get(0)), null, null, null, null, null, PKM, null,
                    LocalDate.of(2026, 10, 1), null, null, null)));
            for (int i = 0; i < NIKS.size(); i++) {
                rows.add(stager.anggota(new Anggota(new Asal("a.csv", i + 1), FAMILY, String.valueOf(i + 1),
                        nik(NIKS.get(i)), new Nama(NAMES.get(i), NAMES.get(i)), "Anak", LocalDate.of(2024, 1, 1), Sex.P,
                        StatusKawin.BELUM_KAWIN, null, null, null, null, null, null, null, null, null, null, null)));
            }
            try (RecordWriter w = store.writer(1, "a.csv")) {
                w.write(rows);
                w.commit();
            }
            scan(folder, needles, found); // the rows are in the write-ahead log now
            store.buildFamilies();
            new ChildCandidates(new PayloadCodec()).forEachBlock(store, LocalDate.of(2021, 1, 1), (p, b) -> { });
            store.execute("CHECKPOINT");
            scan(folder, needles, found); // and in the database file, with the derived tables
        }
        scan(folder, needles, found);
        return found;
    }

    private static Map<String, byte[]> needles() {
        Map<String, byte[]> needles = new LinkedHashMap<>();
        for (String n : NIKS) {
            long v = Long.parseLong(n);
            needles.put(n + " (teks)", n.getBytes(StandardCharsets.US_ASCII));
            needles.put(n + " (long LE)", ByteBuffer.allocate(8).order(ByteOrder.LITTLE_ENDIAN).putLong(v).array());
            needles.put(n + " (long BE)", ByteBuffer.allocate(8).order(ByteOrder.BIG_ENDIAN).putLong(v).array());
        }
        for (String name : NAMES) {
            needles.put(name, name.getBytes(StandardCharsets.UTF_8));
        }
        needles.put(FAMILY, FAMILY.getBytes(StandardCharsets.UTF_8));
        return needles;
    }

    private static void scan(Path folder, Map<String, byte[]> needles, Map<String, Boolean> found) throws IOException {
        List<Path> files;
        try (Stream<Path> walk = Files.walk(folder)) {
            files = walk.filter(Files::isRegularFile).toList();
        }
        assertThat(files).as("the store's files").isNotEmpty();
        for (Path f : files) {
            byte[] hay = Files.readAllBytes(f);
            needles.forEach((name, needle) -> {
                if (indexOf(hay, needle) >= 0) {
                    found.put(name, true);
                }
            });
        }
        assertThat(new TreeSet<>(files.stream().map(p -> p.getFileName().toString()).toList())).contains("uji.duckdb");
        // The payloads live beside the database (PayloadFiles): they are scanned too.
        assertThat(files).anyMatch(p -> p.getParent().getFileName().toString().equals("uji.duckdb.payload"));
    }

    private static int indexOf(byte[] hay, byte[] needle) {
        outer:
        for (int i = 0; i + needle.length <= hay.length; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (hay[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }

    private static Nik nik(String digits) {
        return new Nik(digits, digits, NikStatus.VALID, "");
    }
}
