package id.rekon.pispk.output;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class AtomicFileTest {

    @TempDir
    Path dir;

    @Test
    void commitReplacesTheTarget() throws IOException {
        Path target = dir.resolve("a.csv");
        Files.writeString(target, "lama");
        AtomicFile.write(target, out -> out.write("baru".getBytes(StandardCharsets.UTF_8)));
        assertThat(Files.readString(target)).isEqualTo("baru");
        assertThat(list()).containsExactly(target);
    }

    @Test
    void aFailingBodyKeepsTheOldFileAndLeavesNoTemporaryFile() throws IOException {
        Path target = dir.resolve("a.csv");
        Files.writeString(target, "lama");
        assertThatThrownBy(() -> AtomicFile.write(target, out -> {
            out.write("setengah".getBytes(StandardCharsets.UTF_8));
            throw new IOException("disk penuh");
        })).hasMessage("disk penuh");
        assertThat(Files.readString(target)).isEqualTo("lama");
        assertThat(list()).containsExactly(target);
    }

    @Test
    void theTemporaryFileIsBesideTheTargetUntilCommit() throws IOException {
        Path target = dir.resolve("sub").resolve("b.json");
        try (AtomicFile file = AtomicFile.begin(target)) {
            assertThat(file.temp().getParent()).isEqualTo(target.toAbsolutePath().getParent());
            assertThat(file.temp().getFileName().toString()).startsWith(AtomicFile.TEMP_PREFIX);
            assertThat(target).doesNotExist();
            file.output().write('x');
            file.commit();
        }
        assertThat(Files.readString(target)).isEqualTo("x");
        try (Stream<Path> files = Files.list(target.getParent())) {
            assertThat(files).containsExactly(target.toAbsolutePath());
        }
    }

    private java.util.List<Path> list() throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            return files.toList();
        }
    }
}
