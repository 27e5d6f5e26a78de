package id.rekon.pispk.job.output;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

class LeftoverTempFilesTest {

    @TempDir
    Path out;

    @Test
    void temporary_files_of_a_killed_run_go_and_outputs_stay() throws Exception {
        Path workbooks = Files.createDirectories(out.resolve("puskesmas"));
        Path leftover = Files.writeString(workbooks.resolve(".rekon-P1 Puskesmas.xlsx.k3j2.tmp"), "setengah");
        Path leftoverCsv = Files.writeString(out.resolve(".rekon-temuan.csv.9zz.tmp"), "setengah");
        Path workbook = Files.writeString(workbooks.resolve("P1 Puskesmas.xlsx"), "utuh");
        Path other = Files.writeString(out.resolve("catatan.tmp"), "bukan milik kita");

        LeftoverTempFiles.clean(out);

        assertThat(leftover).doesNotExist();
        assertThat(leftoverCsv).doesNotExist();
        assertThat(workbook).exists();
        assertThat(other).exists();
    }
}
