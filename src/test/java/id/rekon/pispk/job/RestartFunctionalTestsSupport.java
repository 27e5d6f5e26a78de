package id.rekon.pispk.job;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** A folder with an inbox and a job definition whose paths are relative to it, for child-JVM tests. */
final class RestartFunctionalTestsSupport {

    private RestartFunctionalTestsSupport() {
    }

    static Path scenario(Path base, String name, int families) throws IOException {
        return scenario(base, name, families, "");
    }

    /** @param extra further lines of the job definition */
    static Path scenario(Path base, String name, int families, String extra) throws IOException {
        Path dir = base.resolve(name);
        TinyKabupaten.write(dir.resolve("inbox"), families);
        Files.writeString(dir.resolve("job.yml"), """
                nama: uji
                inbox: inbox
                keluaran: out
                inbox_stabil_detik: 0
                """ + extra);
        return dir;
    }
}
