package id.rekon.pispk.job.launch;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;

/** The feedback folder: job definition key {@code umpan_balik}, default {@code <keluaran>/umpan-balik}, carried as a job parameter. */
class UmpanBalikFolderSettingTest {

    @TempDir
    Path dir;

    private JobDefinition load(String yaml) throws IOException {
        Path file = dir.resolve("job.yml");
        Files.writeString(file, yaml);
        return new JobDefinitionLoader().load(file);
    }

    @Test
    void defaultIsUnderKeluaran() throws IOException {
        JobDefinition def = load("nama: a\ninbox: in\nkeluaran: out/a\n");
        assertThat(def.umpanBalik()).isNull();
        RunParameters p = RunParameters.of(def, LocalDate.of(2026, 11, 1));
        assertThat(p.umpanBalik()).isEqualTo(Path.of("out/a/umpan-balik"));
        assertThat(RunParameters.from(p.toJobParameters(false)).umpanBalik())
                .isEqualTo(Path.of("out/a/umpan-balik").toAbsolutePath().normalize());
    }

    @Test
    void keyNamesAnotherFolder() throws IOException {
        JobDefinition def = load("nama: a\ninbox: in\nkeluaran: out/a\numpan_balik: /srv/bersama/kembali\n");
        assertThat(def.umpanBalik()).isEqualTo(Path.of("/srv/bersama/kembali"));
        RunParameters p = RunParameters.from(RunParameters.of(def, LocalDate.of(2026, 11, 1)).toJobParameters(false));
        assertThat(p.umpanBalik()).isEqualTo(Path.of("/srv/bersama/kembali"));
    }
}
