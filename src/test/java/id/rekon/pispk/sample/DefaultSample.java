package id.rekon.pispk.sample;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

/** The default sample (seed 42, 300 families), generated once per test JVM and shared. */
final class DefaultSample {

    static final Path WILAYAH = Path.of("../shared/reference/wilayah");

    private static Path dir;
    private static Manifest manifest;

    private DefaultSample() {
    }

    static GeneratorSettings settings(Path out) {
        return GeneratorSettings.defaults().withOut(out).withWilayahDir(WILAYAH);
    }

    static synchronized Path dir() {
        if (dir == null) {
            try {
                Path d = Files.createTempDirectory("sample-default");
                manifest = SampleDataGenerator.generate(settings(d));
                dir = d;
                Runtime.getRuntime().addShutdownHook(new Thread(() -> delete(d)));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return dir;
    }

    static synchronized Manifest manifest() {
        dir();
        return manifest;
    }

    private static void delete(Path d) {
        try (Stream<Path> s = Files.walk(d)) {
            s.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            // best effort at JVM exit
        }
    }
}
