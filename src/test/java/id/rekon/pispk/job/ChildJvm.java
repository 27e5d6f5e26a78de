package id.rekon.pispk.job;

import id.rekon.pispk.Application;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * The real application in a child JVM (the test classpath), as an operator or cron would start it, so a
 * test can kill it ({@code kill -9}: {@link #kill()}) or stop it (SIGTERM: {@link #term()}). Its console
 * goes to a file the test can wait on.
 */
final class ChildJvm implements AutoCloseable {

    private final Process process;
    private final Path console;

    private ChildJvm(Process process, Path console) {
        this.process = process;
        this.console = console;
    }

    /**
     * Starts {@code Application} in {@code workDir} with the given arguments, data folder and system properties.
     * Reads are in chunks of 10 rows so a small inbox still makes several chunks.
     */
    static ChildJvm start(Path workDir, Path dataDir, Map<String, String> properties, String... args)
            throws IOException {
        List<String> all = new ArrayList<>(List.of(args));
        all.add("--rekon.data-dir=" + dataDir.toAbsolutePath());
        all.add("--rekon.chunk-size=10");
        return startClass(Application.class, workDir, properties, all);
    }

    /** Starts any main class of the test classpath. */
    static ChildJvm startClass(Class<?> main, Path workDir, Map<String, String> properties, List<String> args)
            throws IOException {
        return startClass(main, workDir, "-Xmx384m", properties, args);
    }

    /** Runs the application to the end with the given heap ({@code -Xmx256m}) and returns the exit code. */
    static Finished runWithHeap(String heap, Path workDir, Path dataDir, Map<String, String> properties,
                                String... args) throws Exception {
        List<String> all = new ArrayList<>(List.of(args));
        all.add("--rekon.data-dir=" + dataDir.toAbsolutePath());
        try (ChildJvm jvm = startClass(Application.class, workDir, heap, properties, all)) {
            int code = jvm.waitFor(Duration.ofSeconds(180));
            return new Finished(code, jvm.output());
        }
    }

    private static ChildJvm startClass(Class<?> main, Path workDir, String heap, Map<String, String> properties,
                                       List<String> args) throws IOException {
        Files.createDirectories(workDir);
        Path console = Files.createTempFile(workDir, "konsol-", ".txt");
        List<String> cmd = new ArrayList<>();
        cmd.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        cmd.add(heap);
        cmd.add("-XX:TieredStopAtLevel=1");
        cmd.add("-XX:+UseSerialGC");
        properties.forEach((k, v) -> cmd.add("-D" + k + "=" + v));
        if (main == Application.class) {
            // the tests' own beans beside the product's: the pause points and the clock (ChildJvmHooks)
            cmd.add("-Dspring.main.sources=" + ChildJvmHooks.class.getName());
        }
        cmd.add("-cp");
        cmd.add(System.getProperty("java.class.path"));
        cmd.add(main.getName());
        cmd.addAll(args);
        ProcessBuilder pb = new ProcessBuilder(cmd).directory(workDir.toFile()).redirectErrorStream(true)
                .redirectOutput(console.toFile());
        return new ChildJvm(pb.start(), console);
    }

    /** Runs to the end and returns the exit code. */
    static Finished run(Path workDir, Path dataDir, String... args) throws Exception {
        try (ChildJvm jvm = start(workDir, dataDir, Map.of(), args)) {
            int code = jvm.waitFor(Duration.ofSeconds(120));
            return new Finished(code, jvm.output());
        }
    }

    record Finished(int exitCode, String output) {
    }

    /** Waits until the console holds {@code text} at least {@code times} times; false on timeout or exit. */
    boolean awaitOutput(String text, int times, Duration timeout) throws IOException, InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < deadline) {
            if (count(output(), text) >= times) {
                return true;
            }
            if (!process.isAlive()) {
                return count(output(), text) >= times;
            }
            Thread.sleep(50);
        }
        return false;
    }

    private static int count(String s, String text) {
        int n = 0;
        for (int i = s.indexOf(text); i >= 0; i = s.indexOf(text, i + text.length())) {
            n++;
        }
        return n;
    }

    String output() throws IOException {
        return Files.readString(console, StandardCharsets.UTF_8);
    }

    int waitFor(Duration timeout) throws InterruptedException, IOException {
        if (!process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
            process.destroyForcibly().waitFor();
            throw new IllegalStateException("Proses anak tidak selesai dalam " + timeout + ":\n" + output());
        }
        return process.exitValue();
    }

    /** {@code kill -9}: the process gets no chance to clean up. */
    void kill() throws InterruptedException {
        process.destroyForcibly().waitFor();
    }

    /** SIGTERM, as systemd or {@code kill} send it. */
    void term() {
        process.destroy();
    }

    boolean isAlive() {
        return process.isAlive();
    }

    @Override
    public void close() throws InterruptedException {
        if (process.isAlive()) {
            process.destroyForcibly().waitFor();
        }
    }
}
