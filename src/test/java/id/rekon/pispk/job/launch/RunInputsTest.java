package id.rekon.pispk.job.launch;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class RunInputsTest {

    @TempDir
    Path dir;

    @Test
    void the_fingerprint_depends_on_names_and_contents_not_on_order_or_folder() throws Exception {
        Path inbox = Files.createDirectories(dir.resolve("inbox"));
        Path archive = Files.createDirectories(dir.resolve("arsip"));
        for (Path d : List.of(inbox, archive)) {
            Files.writeString(d.resolve("a.csv"), "satu");
            Files.writeString(d.resolve("b.csv"), "dua");
        }
        RunInputs one = RunInputs.read(inbox, List.of(inbox.resolve("a.csv"), inbox.resolve("b.csv")), null);
        RunInputs reversed = RunInputs.read(inbox, List.of(inbox.resolve("b.csv"), inbox.resolve("a.csv")), null);
        RunInputs archived = RunInputs.read(archive, List.of(archive.resolve("a.csv"), archive.resolve("b.csv")), null);

        assertThat(reversed.sidik()).isEqualTo(one.sidik());
        assertThat(archived.sidik()).as("read back from the archive: same run").isEqualTo(one.sidik());
        assertThat(one.sidik()).matches("[0-9a-f]{64}");

        Files.writeString(inbox.resolve("b.csv"), "dua!");
        RunInputs changed = RunInputs.read(inbox, List.of(inbox.resolve("a.csv"), inbox.resolve("b.csv")), null);
        assertThat(changed.sidik()).isNotEqualTo(one.sidik());

        Files.move(inbox.resolve("b.csv"), inbox.resolve("c.csv"));
        Files.writeString(inbox.resolve("c.csv"), "dua");
        RunInputs renamed = RunInputs.read(inbox, List.of(inbox.resolve("a.csv"), inbox.resolve("c.csv")), null);
        assertThat(renamed.sidik()).isNotEqualTo(one.sidik());
    }

    @Test
    void an_outside_region_master_counts_an_inside_one_is_just_a_file() throws Exception {
        Path inbox = Files.createDirectories(dir.resolve("inbox"));
        Files.writeString(inbox.resolve("a.csv"), "satu");
        Path master = Files.writeString(dir.resolve("wilayah.csv"), "master");
        RunInputs without = RunInputs.read(inbox, List.of(inbox.resolve("a.csv")), null);
        RunInputs with = RunInputs.read(inbox, List.of(inbox.resolve("a.csv")), master);

        assertThat(with.wilayahKerja()).isNotNull();
        assertThat(with.sidik()).isNotEqualTo(without.sidik());
        Files.writeString(master, "master baru");
        assertThat(RunInputs.read(inbox, List.of(inbox.resolve("a.csv")), master).sidik()).isNotEqualTo(with.sidik());

        RunInputs inside = RunInputs.read(inbox, List.of(inbox.resolve("a.csv")), inbox.resolve("a.csv"));
        assertThat(inside.wilayahKerja()).isNull();
    }

    @Test
    void survives_the_job_context_as_json() throws Exception {
        Path inbox = Files.createDirectories(dir.resolve("inbox"));
        Files.writeString(inbox.resolve("a b.csv"), "satu");
        Path master = Files.writeString(dir.resolve("wilayah.csv"), "master");
        RunInputs inputs = RunInputs.read(inbox, List.of(inbox.resolve("a b.csv")), master);

        RunInputs back = RunInputs.fromJson(inputs.toJson());

        assertThat(back).isEqualTo(inputs);
        assertThat(back.sidik()).isEqualTo(inputs.sidik());
        assertThat(back.berkas().get(0).ukuran()).isEqualTo(4);
    }
}
