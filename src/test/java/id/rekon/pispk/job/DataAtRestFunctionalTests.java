package id.rekon.pispk.job;

import id.rekon.pispk.security.DataAtRest;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * What a night leaves on disk: folders and files the owner's only, and with a key configured an H2 file in
 * which a known NIK cannot be found (what {@code strings rekon.mv.db} showed before).
 */
class DataAtRestFunctionalTests {

    static final String DATE = "2026-11-01";

    @TempDir
    static Path base;
    static Path plain;
    static Path encrypted;
    static String knownNik;

    @BeforeAll
    static void twoNights() throws Exception {
        plain = RestartFunctionalTestsSupport.scenario(base, "biasa", 6);
        encrypted = RestartFunctionalTestsSupport.scenario(base, "terenkripsi", 6);
        ChildJvm.Finished first = ChildJvm.runWithHeap("-Xmx384m", plain, plain.resolve("data"), Map.of(), "run",
                "--job", "job.yml", "--run-date", DATE);
        assertThat(first.exitCode()).as(first.output()).isZero();
        // A NIK of a finding: findings and their history stay in H2 (tonight's records are in their own
        // store, deleted once the run completes: docs/keamanan.md).
        knownNik = Files.readAllLines(plain.resolve("out").resolve(DATE).resolve("temuan.csv")).stream().skip(1)
                .map(line -> line.split(",")[4]).filter(nik -> nik.matches("\\d{16}")).findFirst().orElseThrow();
        // As a system property here; an operator sets it in the environment or names a key file.
        ChildJvm.Finished second = ChildJvm.runWithHeap("-Xmx384m", encrypted, encrypted.resolve("data"),
                Map.of(DataAtRest.KEY, "kunci-uji-rahasia-123"), "run", "--job", "job.yml", "--run-date", DATE);
        assertThat(second.exitCode()).as(second.output()).isZero();
    }

    @Test
    void the_h2_file_holds_no_nik_in_clear_when_the_cipher_is_on() throws IOException {
        assertThat(contains(plain.resolve("data").resolve("rekon.mv.db"), knownNik))
                .as("without a key the NIK is there for 'strings' to find").isTrue();
        assertThat(contains(encrypted.resolve("data").resolve("rekon.mv.db"), knownNik)).isFalse();
        assertThat(encrypted.resolve("out").resolve(DATE).resolve("temuan.csv")).exists();
    }

    @Test
    void the_night_with_a_key_finds_what_the_night_without_one_finds() throws IOException {
        // Tonight's store sorts encrypted NIKs and keys in another order; the findings must not change.
        for (String output : List.of("temuan.csv", "ringkasan.json")) {
            List<String> keyed = Files.readAllLines(encrypted.resolve("out").resolve(DATE).resolve(output));
            List<String> clear = Files.readAllLines(plain.resolve("out").resolve(DATE).resolve(output));
            assertThat(keyed).as(output).hasSameSizeAs(clear);
            if (output.endsWith(".csv")) {
                assertThat(keyed).as(output).containsExactlyElementsOf(clear);
            }
        }
    }

    @Test
    void folders_the_night_creates_are_owner_only_and_so_are_its_outputs() throws IOException {
        assumeTrue(FileSystems.getDefault().supportedFileAttributeViews().contains("posix"));
        Path out = plain.resolve("out");
        for (Path folder : List.of(plain.resolve("data"), plain.resolve("data").resolve("log"), out,
                out.resolve(DATE), out.resolve(DATE).resolve("puskesmas"), out.resolve("arsip").resolve(DATE))) {
            assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(folder, LinkOption.NOFOLLOW_LINKS)))
                    .as(folder.toString()).isEqualTo("rwx------");
        }
        try (Stream<Path> files = Stream.concat(Files.walk(out.resolve(DATE)), Files.walk(out.resolve("arsip")))) {
            List<Path> regular = files.filter(Files::isRegularFile).toList();
            assertThat(regular).hasSizeGreaterThan(6);
            for (Path f : regular) {
                assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(f))).as(f.toString())
                        .isEqualTo("rw-------");
            }
        }
    }

    private static boolean contains(Path file, String text) throws IOException {
        byte[] needle = text.getBytes(StandardCharsets.US_ASCII);
        byte[] hay = Files.readAllBytes(file);
        outer:
        for (int i = 0; i + needle.length <= hay.length; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (hay[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return true;
        }
        return false;
    }
}
