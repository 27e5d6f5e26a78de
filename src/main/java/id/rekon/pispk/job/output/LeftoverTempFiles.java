package id.rekon.pispk.job.output;

import id.rekon.pispk.job.launch.RunParameters;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.ExitStatus;
import org.springframework.batch.core.listener.StepExecutionListener;
import org.springframework.batch.core.step.StepExecution;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/**
 * Before the output step: removes the temporary files ({@code .rekon-*.tmp}) a killed process left in the
 * run's output folder. Outputs are written to a temporary file and renamed, so a kill leaves at most such
 * a file, never half an output; once removed, a resumed run's folder equals an uninterrupted run's.
 */
public class LeftoverTempFiles implements StepExecutionListener {

    private static final Logger log = LoggerFactory.getLogger(LeftoverTempFiles.class);

    @Override
    public void beforeStep(StepExecution stepExecution) {
        clean(RunParameters.from(stepExecution.getJobParameters()).outDir());
    }

    /** Deletes {@code .rekon-*.tmp} files under {@code out} (three levels: the folder, workbooks, rejects). */
    static void clean(Path out) {
        if (!Files.isDirectory(out)) {
            return;
        }
        List<Path> leftovers;
        try (Stream<Path> s = Files.walk(out, 3)) {
            leftovers = s.filter(Files::isRegularFile).filter(p -> {
                String n = p.getFileName().toString();
                return n.startsWith(".rekon-") && n.endsWith(".tmp");
            }).toList();
        } catch (IOException e) {
            log.warn("Folder keluaran {} tidak dapat diperiksa: {}", out, e.getMessage());
            return;
        }
        for (Path p : leftovers) {
            try {
                Files.deleteIfExists(p);
                log.info("Sisa berkas sementara dari proses yang terhenti dihapus: {}", out.relativize(p));
            } catch (IOException e) {
                log.warn("Sisa berkas sementara {} tidak dapat dihapus: {}", p, e.getMessage());
            }
        }
    }

    @Override
    public ExitStatus afterStep(StepExecution stepExecution) {
        return null;
    }
}
