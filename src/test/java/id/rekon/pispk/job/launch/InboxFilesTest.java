package id.rekon.pispk.job.launch;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;

class InboxFilesTest {

    @TempDir
    Path inbox;

    @ParameterizedTest
    @CsvSource({"anggota.csv, true", "Ekspor.XLSX, true", ".tersembunyi.csv, false", "~$Ekspor.xlsx, false",
            "unduhan.crdownload, false", "data.part, false", "data.tmp, false", "MANIFEST.sha256, false"})
    void exports_are_told_from_other_files(String name, boolean export) {
        assertThat(InboxFiles.isExport(name)).isEqualTo(export);
    }

    @Test
    void a_file_changed_within_the_window_waits_for_the_next_run() throws Exception {
        Files.writeString(inbox.resolve("a.csv"), "x");
        Files.writeString(inbox.resolve("b.csv"), "y");
        Instant changed = InboxFiles.lastChange(inbox.resolve("b.csv"));

        InboxFiles.InboxScan justNow = InboxFiles.scan(inbox, Duration.ofSeconds(30), changed.plusSeconds(5));
        InboxFiles.InboxScan later = InboxFiles.scan(inbox, Duration.ofSeconds(30), changed.plusSeconds(31));
        InboxFiles.InboxScan noWindow = InboxFiles.scan(inbox, Duration.ZERO, changed);

        assertThat(justNow.ready()).isEmpty();
        assertThat(justNow.stillCopying()).extracting(p -> p.getFileName().toString()).containsExactly("a.csv", "b.csv");
        assertThat(later.ready()).hasSize(2);
        assertThat(later.stillCopying()).isEmpty();
        assertThat(noWindow.ready()).hasSize(2);
    }

    @Test
    void an_old_modification_time_does_not_hide_a_fresh_write() throws Exception {
        Path f = Files.writeString(inbox.resolve("a.csv"), "x");
        // What 'cp -p' or an SMB copy does: the source's old time on a file written just now.
        Files.setLastModifiedTime(f, java.nio.file.attribute.FileTime.from(Instant.now().minusSeconds(3600)));

        InboxFiles.InboxScan scan = InboxFiles.scan(inbox, Duration.ofSeconds(30), Instant.now());

        if (Files.getFileStore(f).supportsFileAttributeView("unix")) {
            assertThat(scan.stillCopying()).hasSize(1);
        }
    }

    @Test
    void links_folders_and_fifos_are_left_alone() throws Exception {
        Path outside = Files.writeString(inbox.getParent().resolve("rahasia-" + System.nanoTime() + ".txt"), "root:x:0:0");
        try {
            Files.writeString(inbox.resolve("anggota.csv"), "x");
            Files.createSymbolicLink(inbox.resolve("passwd.csv"), outside);
            Files.createDirectory(inbox.resolve("subfolder.csv"));
            Files.createSymbolicLink(inbox.resolve("folder-link"), inbox.resolve("subfolder.csv"));
            boolean fifo = new ProcessBuilder("mkfifo", inbox.resolve("pipa.csv").toString()).start().waitFor() == 0;

            assertThat(InboxFiles.list(inbox)).extracting(p -> p.getFileName().toString())
                    .containsExactly("anggota.csv");
            assertThat(InboxFiles.scan(inbox, Duration.ZERO, Instant.now()).ready())
                    .extracting(p -> p.getFileName().toString()).containsExactly("anggota.csv");
            if (fifo) {
                assertThat(inbox.resolve("pipa.csv")).exists();
            }
        } finally {
            Files.deleteIfExists(outside);
        }
    }
}
