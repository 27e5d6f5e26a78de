package id.rekon.pispk.job;

import id.rekon.pispk.job.cli.QuickCommand;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.OptionalInt;

import static org.assertj.core.api.Assertions.assertThat;

/** help and usage errors answer before the application starts: exit 0 or 64, no Spring, no database. */
class QuickCommandTest {

    @TempDir
    Path dir;

    private final ByteArrayOutputStream printed = new ByteArrayOutputStream();

    private OptionalInt answer(String... args) {
        return QuickCommand.answer(args, new PrintStream(printed, true, StandardCharsets.UTF_8));
    }

    private String printed() {
        return printed.toString(StandardCharsets.UTF_8);
    }

    @ParameterizedTest
    @ValueSource(strings = {"help", "--help", ""})
    void helpIsExitZeroWithTheUsageAndTheExitCodes(String arg) {
        assertThat(arg.isEmpty() ? answer() : answer(arg)).hasValue(0);
        assertThat(printed()).contains("Pemakaian:", "rekon run --job", "4 inbox kosong", "5 selesai tetapi");
    }

    @Test
    void usageErrorsAreExit64() throws IOException {
        assertThat(answer("jalan")).hasValue(64);
        assertThat(printed()).contains("Perintah tidak dikenal: jalan");
        assertThat(answer("run", "--jobb", "x.yml")).hasValue(64);
        assertThat(answer("run")).hasValue(64);
        assertThat(answer("run", "--inbox", "in", "--out", "out", "--run-date", "01-11-2026")).hasValue(64);
        assertThat(answer("run", "--inbox", "in", "--out", "out", "--inbox-stabil-detik", "tiga")).hasValue(64);
        assertThat(answer("run", "--job", dir.resolve("tidak-ada.yml").toString())).hasValue(64);
        Path broken = Files.writeString(dir.resolve("rusak.yml"), "nama: [\n");
        assertThat(answer("run", "--job", broken.toString())).hasValue(64);
        assertThat(printed()).contains("KESALAHAN:");
    }

    @Test
    void aRunnableCommandIsLeftToTheApplication() {
        assertThat(answer("run", "--inbox", "in", "--out", "out", "--run-date", "2026-11-01")).isEmpty();
        assertThat(answer("run", "--job", "jobs/contoh.yml")).isEmpty();
        assertThat(answer("serve")).isEmpty();
        assertThat(answer("generate", "--keluarga", "10")).isEmpty();
        assertThat(answer("generate", "--keluarga", "800", "--ekspor-rusak", "P5302040101")).isEmpty();
        assertThat(printed()).isEmpty();
    }

    @Test
    void theProcessAnswersHelpWithoutStartingSpringOrTheDatabase() throws Exception {
        Path data = dir.resolve("data");
        ChildJvm.Finished help = ChildJvm.run(dir.resolve("kerja"), data, "help");
        assertThat(help.exitCode()).isZero();
        assertThat(help.output()).contains("Pemakaian:").doesNotContain("Spring", "Started", "HikariPool");
        ChildJvm.Finished wrong = ChildJvm.run(dir.resolve("kerja"), data, "jalan");
        assertThat(wrong.exitCode()).isEqualTo(64);
        assertThat(data).doesNotExist();
    }
}
