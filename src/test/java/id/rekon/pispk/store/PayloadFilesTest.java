package id.rekon.pispk.store;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class PayloadFilesTest {

    @TempDir
    Path dir;

    @Test
    void everyPayloadComesBackFromItsReferenceWhateverItsLengthAndPart() {
        PayloadFiles files = new PayloadFiles(PayloadFiles.dirOf(dir.resolve("job.duckdb")));
        Random random = new Random(7);
        List<byte[]> payloads = new ArrayList<>();
        List<Long> refs = new ArrayList<>();
        // Lengths around the one-byte/two-byte length boundary and beyond one positional read.
        int[] lengths = {0, 1, 127, 128, 300, PayloadFiles.FIRST_READ - 2, PayloadFiles.FIRST_READ, 5_000, 70_000};
        for (int part : new int[] {0, 3}) {
            PayloadFiles.Writer w = files.writer(part);
            for (int length : lengths) {
                byte[] p = new byte[length];
                random.nextBytes(p);
                payloads.add(p);
                refs.add(w.append(p));
            }
            w.commit();
            w.close();
        }
        // Read out of order, as the rules step does (NIK order across files).
        for (int i = refs.size() - 1; i >= 0; i--) {
            assertThat(files.read(refs.get(i))).isEqualTo(payloads.get(i));
        }
        files.close();
    }

    @Test
    void aPartWrittenAgainAfterAFailureHoldsOnlyItsNewPayloads() throws Exception {
        Path storeFile = dir.resolve("job.duckdb");
        PayloadFiles files = new PayloadFiles(PayloadFiles.dirOf(storeFile));
        PayloadFiles.Writer first = files.writer(1);
        first.append(new byte[500]);
        first.append(new byte[500]);
        first.close(); // never committed: the read step failed in the middle of the file
        PayloadFiles.Writer again = files.writer(1);
        long ref = again.append("lagi".getBytes());
        again.commit();
        again.close();

        assertThat(ref).isEqualTo(PayloadFiles.ref(1, 0));
        assertThat(new String(files.read(ref))).isEqualTo("lagi");
        assertThat(Files.size(PayloadFiles.dirOf(storeFile).resolve("part-1.bin"))).isEqualTo(5);
    }

    @Test
    void theFolderIsTheOwnersOnlyAndGoesWithTheStore() throws Exception {
        Path storeFile = dir.resolve("job.duckdb");
        PayloadFiles files = new PayloadFiles(PayloadFiles.dirOf(storeFile));
        PayloadFiles.Writer w = files.writer(0);
        w.append(new byte[] {1});
        w.commit();
        w.close();
        Path folder = PayloadFiles.dirOf(storeFile);
        if (folder.getFileSystem().supportedFileAttributeViews().contains("posix")) {
            assertThat(Files.getPosixFilePermissions(folder)).containsExactlyInAnyOrder(PosixFilePermission.OWNER_READ,
                    PosixFilePermission.OWNER_WRITE, PosixFilePermission.OWNER_EXECUTE);
        }
        files.close();
        RecordStore.delete(storeFile);
        assertThat(folder).doesNotExist();
    }

    @Test
    void aReferenceBeyondTheFileIsAStoreErrorNotGarbage() {
        PayloadFiles files = new PayloadFiles(PayloadFiles.dirOf(dir.resolve("job.duckdb")));
        PayloadFiles.Writer w = files.writer(0);
        w.append(new byte[10]);
        w.commit();
        w.close();
        assertThatThrownBy(() -> files.read(PayloadFiles.ref(0, 11))).isInstanceOf(StoreException.class);
        files.close();
    }
}
