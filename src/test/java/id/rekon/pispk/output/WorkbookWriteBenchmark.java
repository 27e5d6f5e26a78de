package id.rekon.pispk.output;

import id.rekon.pispk.model.Puskesmas;
import id.rekon.pispk.model.RuleCode;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Not a test: a main that writes one puskesmas workbook of {@code n} synthetic findings (default
 * 100 000) and prints findings per second and the peak heap. Findings are generated lazily, so the
 * heap measured is the writer's. Run with a small heap to show SXSSF streams:
 * <pre>
 * mvn -q -o test-compile dependency:build-classpath -Dmdep.outputFile=target/cp.txt
 * java -Xmx512m -cp target/test-classes:target/classes:$(cat target/cp.txt) \
 *     id.rekon.pispk.output.WorkbookWriteBenchmark 100000 /tmp/bench
 * </pre>
 */
public final class WorkbookWriteBenchmark {

    private WorkbookWriteBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int n = args.length > 0 ? Integer.parseInt(args[0]) : 100_000;
        Path folder = Files.createDirectories(Path.of(args.length > 1 ? args[1] : "target/bench"));
        Puskesmas pkm = new Puskesmas(TemuanFixtures.PKM, "Benchmark");
        Path target = folder.resolve(WorkbookFileNames.of(pkm));

        MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            pool.resetPeakUsage();
        }
        AtomicLong sampledPeak = new AtomicLong();
        ScheduledExecutorService sampler = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "heap-sampler");
            t.setDaemon(true);
            return t;
        });
        sampler.scheduleAtFixedRate(() -> sampledPeak.accumulateAndGet(memory.getHeapMemoryUsage().getUsed(), Math::max),
                0, 20, TimeUnit.MILLISECONDS);

        long start = System.nanoTime();
        WorkbookResult result = new PuskesmasWorkbookWriter().write(pkm, findings(n), List.of(), List.of(),
                TemuanFixtures.TANGGAL, target);
        long nanos = System.nanoTime() - start;
        sampler.shutdownNow();

        long poolPeak = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                poolPeak += pool.getPeakUsage().getUsed();
            }
        }
        double seconds = nanos / 1e9;
        System.out.printf("findings=%d seconds=%.2f findings_per_s=%.0f file_mb=%.1f%n", result.jumlah(), seconds,
                result.jumlah() / seconds, Files.size(target) / 1e6);
        System.out.printf("heap_max_mb=%d peak_heap_sampled_mb=%.1f peak_heap_pools_mb=%.1f%n",
                Runtime.getRuntime().maxMemory() >> 20, sampledPeak.get() / 1048576.0, poolPeak / 1048576.0);
    }

    /** Lazily made findings over every rule and 25 desa, with realistic text lengths. */
    private static Iterator<TemuanRow> findings(int n) {
        RuleCode[] rules = RuleCode.values();
        return new Iterator<>() {
            int i;

            @Override
            public boolean hasNext() {
                return i < n;
            }

            @Override
            public TemuanRow next() {
                i++;
                return TemuanFixtures.row(rules[i % rules.length], TemuanFixtures.nik(i),
                        "Maria Goreti Nama Panjang " + i, "Desa Nomor " + (i % 25));
            }
        };
    }
}
