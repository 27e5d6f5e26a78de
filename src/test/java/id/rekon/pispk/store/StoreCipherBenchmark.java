package id.rekon.pispk.store;

import id.rekon.pispk.model.PersonCase;
import id.rekon.pispk.model.Asal;
import id.rekon.pispk.model.Nama;
import id.rekon.pispk.model.Nik;
import id.rekon.pispk.model.NikStatus;
import id.rekon.pispk.model.Pengukuran;
import id.rekon.pispk.model.Sex;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

/**
 * What encrypting tonight's store costs (docs/performance.md): N e-PPGBM records written through
 * {@link RecordWriter} in batches as the read step does, then read back as {@link PersonCase}s in NIK
 * order, in clear and with a key, alternating; plus the bare cipher operations per row. Not a test:
 * run by hand. Usage: {@code StoreCipherBenchmark N DIR ROUNDS}.
 */
public final class StoreCipherBenchmark {

    private StoreCipherBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int n = args.length > 0 ? Integer.parseInt(args[0]) : 500_000;
        Path dir = Path.of(args.length > 1 ? args[1] : "target/storecipher");
        int rounds = args.length > 2 ? Integer.parseInt(args[2]) : 3;
        List<StagedRecord> rows = rows(n);
        StoreCipher key = StoreCipher.of("kunci-benchmark-rahasia-123");
        bare(key, rows);
        bare(key, rows);
        for (int r = 0; r < rounds; r++) {
            for (StoreCipher c : new StoreCipher[] {StoreCipher.OFF, key}) {
                run(c, rows, dir.resolve("r" + r + (c.on() ? "-kunci" : "-biasa")));
            }
        }
    }

    /** The cipher operations alone, per row as the writer and the cursor do them. */
    private static void bare(StoreCipher c, List<StagedRecord> rows) {
        PayloadCodec codec = new PayloadCodec();
        List<byte[]> payloads = rows.stream().map(StagedRecord::payload).toList();
        long sink = 0;
        long t0 = System.nanoTime();
        for (int i = 0; i < rows.size(); i++) {
            StagedRecord r = rows.get(i);
            long nik = c.nik(Long.parseLong(r.nikKey()));
            byte[] person = c.key(r.personKey());
            byte[] payload = c.payload(payloads.get(i));
            sink += c.nikBack(nik) + c.keyBack(person).length() + c.payloadBack(payload).length;
        }
        double ns = (System.nanoTime() - t0) / (double) rows.size();
        System.out.printf("bare cipher: %.0f ns per row (NIK, subject key, %d-byte payload; both ways) [%d]%n", ns,
                payloads.get(0).length, sink & 1);
    }

    private static void run(StoreCipher c, List<StagedRecord> rows, Path dir) throws Exception {
        try (RecordStores stores = new RecordStores(dir, new RecordStore.Settings("1GB", 2, dir.resolve("tmp")), c)) {
            RecordStore store = stores.of("bench");
            long t0 = System.nanoTime();
            try (RecordWriter w = store.writer(1, "e.csv")) {
                for (int i = 0; i < rows.size(); i += 500) {
                    w.write(rows.subList(i, Math.min(rows.size(), i + 500)));
                }
                w.commit();
            }
            long t1 = System.nanoTime();
            store.buildFamilies();
            long t2 = System.nanoTime();
            long cases = 0;
            try (PersonCaseCursor cursor = new PersonCaseCursor(store, new PayloadCodec(), Map.of())) {
                for (PersonCase p = cursor.next(); p != null; p = cursor.next()) {
                    cases++;
                }
            }
            long t3 = System.nanoTime();
            long size = Files.size(stores.file("bench"));
            System.out.printf("%-6s write %.2f s, checkpoint %.2f s, read %.2f s (%d cases), file %d MB%n",
                    c.on() ? "kunci" : "biasa", (t1 - t0) / 1e9, (t2 - t1) / 1e9, (t3 - t2) / 1e9, cases, size >> 20);
            stores.remove("bench");
        }
    }

    private static List<StagedRecord> rows(int n) {
        Random random = new Random(3);
        String[] first = {"SITI", "AHMAD", "DEWI", "BUDI", "NUR", "RINI", "AGUS", "SRI", "EKO", "LESTARI"};
        String[] last = {"AMINAH", "SANTOSO", "WULANDARI", "HIDAYAT", "RAHAYU", "SAPUTRA", "PURNAMA", "KURNIAWAN"};
        RecordStager stager = new RecordStager();
        List<StagedRecord> rows = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            String nik = "5302" + String.format("%012d", random.nextInt(n / 3 + 1) * 7919L);
            String name = first[random.nextInt(first.length)] + " " + last[random.nextInt(last.length)];
            LocalDate born = LocalDate.of(2021, 1, 1).plusDays(random.nextInt(1500));
            rows.add(stager.pengukuran(new Pengukuran(new Asal("e.csv", i + 1), new Nik(nik, nik, NikStatus.VALID, ""),
                    new Nama(name, name), Sex.P, born, null, "IBU " + name, List.of("IBU"), null, null, null, null, null,
                    "P5302010101", null, null, null, null, null, LocalDate.of(2026, 10, 1), null, null, null, null, null,
                    null, null, null, null)));
        }
        return rows;
    }
}
