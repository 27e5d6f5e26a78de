package id.rekon.pispk.umpanbalik;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;

class FeedbackFolderTest {

    private static final LocalDate D = LocalDate.of(2026, 11, 2);

    @TempDir
    Path dir;

    private Path file(Path folder, String name, long minute) throws IOException {
        Files.createDirectories(folder);
        Path f = Files.writeString(folder.resolve(name), name);
        Files.setLastModifiedTime(f, FileTime.fromMillis(1_800_000_000_000L + minute * 60_000));
        return f;
    }

    @Test
    void readsWhatThisDateMovedBeforeThenTheNewOnesOldestFirst() throws IOException {
        FeedbackFolder folder = new FeedbackFolder(dir.resolve("umpan-balik"));
        file(folder.processed(D), "b.xlsx", 1);
        file(folder.processed(D.minusDays(1)), "kemarin.xlsx", 0);
        file(folder.path(), "z.xlsx", 2);
        file(folder.path(), "a.xlsx", 3);
        file(folder.path(), "~$a.xlsx", 4);
        file(folder.path(), ".tersembunyi.xlsx", 4);
        file(folder.path(), "unduhan.xlsx.crdownload", 4);
        assertThat(folder.toRead(D)).extracting(p -> p.getFileName().toString())
                .containsExactly("b.xlsx", "z.xlsx", "a.xlsx");
    }

    @Test
    void createsTheFolderSoOperatorsSeeIt() throws IOException {
        FeedbackFolder folder = new FeedbackFolder(dir.resolve("keluaran/umpan-balik"));
        assertThat(folder.toRead(D)).isEmpty();
        assertThat(folder.path()).isDirectory();
    }

    @Test
    void movesWithoutOverwritingAndLeavesProcessedFilesWhereTheyAre() throws IOException {
        FeedbackFolder folder = new FeedbackFolder(dir.resolve("umpan-balik"));
        Path first = file(folder.processed(D), "P1 Soe.xlsx", 1);
        Path again = file(folder.path(), "P1 Soe.xlsx", 2);
        assertThat(folder.moveToProcessed(first, D)).isEqualTo(first);
        Path moved = folder.moveToProcessed(again, D);
        assertThat(moved.getFileName()).hasToString("P1 Soe (2).xlsx");
        assertThat(moved).hasContent("P1 Soe.xlsx");
        assertThat(Files.getLastModifiedTime(moved).toMillis()).isEqualTo(1_800_000_000_000L + 120_000);
        assertThat(again).doesNotExist();
        assertThat(first).exists();
    }
}
