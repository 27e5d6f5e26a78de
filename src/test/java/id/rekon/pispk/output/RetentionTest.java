package id.rekon.pispk.output;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;

class RetentionTest {

    @TempDir
    Path arsip;

    @Test
    void datedFoldersOlderThanTheRetentionAreDeletedAndNothingElse() throws Exception {
        for (String name : new String[]{"2026-09-30", "2026-10-01", "2026-10-02", "2026-11-01", "catatan-operator"}) {
            Files.writeString(Files.createDirectories(arsip.resolve(name)).resolve("anggota.csv"), "x");
        }
        Path outside = Files.createDirectories(arsip.getParent().resolve("luar-" + System.nanoTime()));
        Files.writeString(outside.resolve("jangan.csv"), "x");
        Files.createSymbolicLink(arsip.resolve("2026-01-01"), outside);

        assertThat(Retention.apply(arsip, LocalDate.of(2026, 11, 1), 31))
                .containsExactly(LocalDate.of(2026, 9, 30));

        assertThat(arsip.resolve("2026-09-30")).doesNotExist();
        assertThat(arsip.resolve("2026-10-01")).isDirectory();
        assertThat(arsip.resolve("2026-11-01")).isDirectory();
        assertThat(arsip.resolve("catatan-operator")).isDirectory();
        assertThat(outside.resolve("jangan.csv")).as("a link is never followed").exists();
    }

    @Test
    void zeroDaysKeepsEverything() throws Exception {
        Files.createDirectories(arsip.resolve("2020-01-01"));

        assertThat(Retention.apply(arsip, LocalDate.of(2026, 11, 1), 0)).isEmpty();
        assertThat(arsip.resolve("2020-01-01")).isDirectory();
    }
}
