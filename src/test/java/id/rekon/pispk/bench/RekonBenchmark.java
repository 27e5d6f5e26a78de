package id.rekon.pispk.bench;

import id.rekon.pispk.Application;
import id.rekon.pispk.sample.GeneratorSettings;
import id.rekon.pispk.sample.Manifest;
import id.rekon.pispk.sample.SampleDataGenerator;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * Measures the whole nightly job on a generated kabupaten: rows per second of each step and the
 * peak heap. Not a test: run it by hand (see {@code docs/performance.md}) with the heap limit to
 * prove, e.g. {@code -Xmx512m}.
 *
 * <p>Usage: {@code RekonBenchmark DIR FAMILIES} — generates DIR/data once (kept for reruns), then
 * runs the job on it with a fresh H2 database in DIR/db and prints the figures. With
 * {@code -Dbench.url=jdbc:postgresql://...} (and {@code bench.user}, {@code bench.password}) it runs on
 * that database instead. With {@code -Dbench.pispkRusak=KODE_PUSKESMAS} it generates DIR/data-N-rusak-KODE
 * (once) with {@link GeneratorSettings#withEksporRusak(String)}: that puskesmas's PIS-PK member CSV has
 * every NIK as Excel writes it in scientific notation ({@code 5.30201E+15}), the worst normal case for
 * probable matching, and the manifest still holds ({@code ManifestCheck} can compare the run). With
 * {@code semua} it runs instead on a copy of DIR/data-N whose member CSVs of every puskesmas are
 * rewritten that way; the manifest's expectations do not hold for that copy, it is for timing.
 */
public final class RekonBenchmark {

    private RekonBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        Path dir = Path.of(args.length > 0 ? args[0] : "target/bench");
        int families = args.length > 1 ? Integer.parseInt(args[1]) : 10_000;
        LocalDate runDate = LocalDate.of(2026, 11, 1);
        String rusak = System.getProperty("bench.pispkRusak");
        boolean satu = rusak != null && !"semua".equals(rusak);
        Path data = dir.resolve("data-" + families + (satu ? "-rusak-" + rusak : ""));
        long t0 = System.nanoTime();
        Manifest manifest;
        if (!Files.exists(data.resolve("manifest.json"))) {
            GeneratorSettings s = GeneratorSettings.defaults().withOut(data).withKeluarga(families);
            manifest = SampleDataGenerator.generate(satu ? s.withEksporRusak(rusak) : s);
            System.out.printf("generated %d families in %.1f s%s%n", families, (System.nanoTime() - t0) / 1e9,
                    satu ? ", every NIK of the PIS-PK member CSV of " + rusak + " damaged by Excel" : "");
        } else {
            manifest = Manifest.read(data.resolve("manifest.json"));
        }
        if ("semua".equals(rusak)) {
            data = damagedCopy(data, manifest, rusak);
        }
        long rows = manifest.files().stream().mapToLong(Manifest.FileEntry::dataRows).sum();
        resetPeaks();
        Path db = dir.resolve("db-" + System.nanoTime());
        long t1 = System.nanoTime();
        List<String> args0 = new ArrayList<>(List.of("run", "--inbox", data.resolve("inbox").toString(), "--out",
                dir.resolve("out").toString(), "--wilayah-kerja", data.resolve(manifest.regionMaster()).toString(),
                "--run-date", runDate.toString(), "--name", "bench", "--force", "--rekon.data-dir=" + db.toAbsolutePath()));
        // Anything after DIR and N goes to the job as it is (say, --rekon.malam.checkpoint=512MB).
        args0.addAll(List.of(args).subList(Math.min(2, args.length), args.length));
        String url = System.getProperty("bench.url");
        if (url == null) {
            args0.add("--spring.datasource.url=jdbc:h2:file:" + db.toAbsolutePath().resolve("rekon")
                    + ";LAZY_QUERY_EXECUTION=TRUE;WRITE_DELAY=0;CACHE_SIZE=65536");
        } else {
            // Another database (PostgreSQL): the run's rows are replaced, as --force does every night.
            args0.add("--spring.datasource.url=" + url);
            args0.add("--spring.datasource.username=" + System.getProperty("bench.user", ""));
            args0.add("--spring.datasource.password=" + System.getProperty("bench.password", ""));
        }
        DiskWatch store = new DiskWatch(db.resolve("malam"));
        store.start();
        try (ConfigurableApplicationContext ctx = SpringApplication.run(Application.class, args0.toArray(String[]::new))) {
            System.out.printf("exit code %d%n", SpringApplication.exit(ctx));
        }
        double seconds = (System.nanoTime() - t1) / 1e9;
        store.interrupt();
        store.join();
        long inputBytes = 0;
        try (var files = Files.list(data.resolve("inbox"))) {
            for (Path f : files.toList()) {
                inputBytes += Files.size(f);
            }
        }
        JsonNode summary = JsonMapper.builder().build()
                .readTree(dir.resolve("out").resolve(runDate.toString()).resolve("ringkasan.json").toFile());
        System.out.printf("%n%d input rows (%d files), whole job %.1f s = %.0f rows/s, findings %d%n", rows,
                manifest.files().size(), seconds, rows / seconds, summary.get("temuan").get("jumlah").asLong());
        for (JsonNode step : summary.get("langkah")) {
            double s = step.get("milidetik").asLong() / 1000.0;
            long items = step.get("item").asLong();
            System.out.printf("  step %-10s %8.1f s %10d items %10.0f items/s%n", step.get("nama").asString(), s, items,
                    s > 0 ? items / s : 0);
        }
        System.out.printf("peak heap used (sum of pool peaks) %d MB, max heap %d MB%n", peakHeapMb(),
                Runtime.getRuntime().maxMemory() >> 20);
        System.out.printf("peak RSS (VmHWM) %d MB; tonight's store at most %d MB on disk for %d MB of input (%.2f x)%n",
                peakRssMb(), store.peak >> 20, inputBytes >> 20, (double) store.peak / inputBytes);
    }

    /**
     * A copy of {@code data} whose PIS-PK member CSVs of puskesmas {@code kode} ({@code semua}: all)
     * have every NIK in scientific notation; made once, kept for reruns.
     */
    private static Path damagedCopy(Path data, Manifest manifest, String kode) throws java.io.IOException {
        Path copy = data.resolveSibling(data.getFileName() + "-rusak-" + kode);
        if (Files.exists(copy.resolve("manifest.json"))) {
            return copy;
        }
        Path real = data.toRealPath(); // the data folder may be a link: walk what it points to
        try (var paths = Files.walk(real)) {
            for (Path from : paths.toList()) {
                Path to = copy.resolve(real.relativize(from).toString());
                if (Files.isDirectory(from)) {
                    Files.createDirectories(to);
                } else if (!from.getFileName().toString().equals("manifest.json")) {
                    Files.copy(from, to);
                }
            }
        }
        java.util.regex.Pattern nik = java.util.regex.Pattern.compile("(?m)(?<=^|[,;\\t\"'])(\\d)(\\d{5})\\d{10}(?=[,;\\t\"\\r\\n]|$)");
        int files = 0;
        for (Manifest.FileEntry f : manifest.files()) {
            if ("pispk-anggota".equals(f.kind()) && f.file().endsWith(".csv")
                    && ("semua".equals(kode) || kode.equals(f.puskesmas()))) {
                Path file = copy.resolve("inbox").resolve(f.file());
                // ISO-8859-1 keeps every byte as it is, whatever the file's own encoding
                String text = Files.readString(file, java.nio.charset.StandardCharsets.ISO_8859_1);
                Files.writeString(file, nik.matcher(text).replaceAll("$1.$2E+15"), java.nio.charset.StandardCharsets.ISO_8859_1);
                files++;
            }
        }
        // last, so an interrupted copy is made again
        Files.copy(data.resolve("manifest.json"), copy.resolve("manifest.json"));
        System.out.printf("every NIK in scientific notation in %d PIS-PK member file(s) of %s%n", files, kode);
        return copy;
    }

    /** The process's peak resident memory (Linux), heap and the engine's native memory together. */
    private static long peakRssMb() {
        try {
            for (String line : Files.readAllLines(Path.of("/proc/self/status"))) {
                if (line.startsWith("VmHWM:")) {
                    return Long.parseLong(line.replaceAll("[^0-9]", "")) >> 10;
                }
            }
        } catch (Exception e) {
            // not Linux
        }
        return -1;
    }

    /** Samples a folder's size (tonight's store, spill files included) and keeps the largest. */
    private static final class DiskWatch extends Thread {
        private final Path dir;
        volatile long peak;

        DiskWatch(Path dir) {
            this.dir = dir;
            setDaemon(true);
        }

        @Override
        public void run() {
            while (!isInterrupted()) {
                peak = Math.max(peak, size());
                try {
                    Thread.sleep(250);
                } catch (InterruptedException e) {
                    return;
                }
            }
        }

        private long size() {
            if (!Files.isDirectory(dir)) {
                return 0;
            }
            try (var files = Files.walk(dir)) {
                return files.filter(Files::isRegularFile).mapToLong(f -> {
                    try {
                        return Files.size(f);
                    } catch (Exception e) {
                        return 0;
                    }
                }).sum();
            } catch (Exception e) {
                return 0;
            }
        }
    }

    private static void resetPeaks() {
        System.gc();
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                pool.resetPeakUsage();
            }
        }
    }

    private static long peakHeapMb() {
        long sum = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                sum += pool.getPeakUsage().getUsed();
            }
        }
        return sum >> 20;
    }
}
