package id.rekon.pispk.job;

import id.rekon.pispk.model.SourceKind;
import id.rekon.pispk.source.OpenedSource;
import id.rekon.pispk.source.SourceFiles;
import id.rekon.pispk.store.StagingStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * First step of a run: clears what an earlier attempt of the same run stored, records every inbox
 * file with its SHA-256 (so an operator can tell which files fed which run), and finds and checks
 * the region master. The master's path goes into the job's context for the later steps.
 */
public class PreparationTasklet implements Tasklet {

    static final String WILAYAH_KERJA = "wilayahKerja";
    private static final Logger log = LoggerFactory.getLogger(PreparationTasklet.class);

    private final StagingStore store;
    private final RegionMasterLoader regionMasters;

    public PreparationTasklet(StagingStore store, RegionMasterLoader regionMasters) {
        this.store = store;
        this.regionMasters = regionMasters;
    }

    @Override
    public RepeatStatus execute(StepContribution contribution, ChunkContext chunkContext) {
        RunParameters params = RunParameters.from(chunkContext.getStepContext().getStepExecution().getJobParameters());
        store.clearForRun(params.run());
        List<Path> files = InboxFiles.list(params.inbox());
        Path master = params.wilayahKerja();
        for (Path f : files) {
            String kind = null;
            if (master == null || f.toAbsolutePath().normalize().equals(master.toAbsolutePath().normalize())) {
                kind = regionMasterKind(f);
                if (kind != null && master == null) {
                    master = f;
                }
            }
            store.saveFile(params.run(), f.getFileName().toString(), kind, InboxFiles.sha256(f), size(f), null, 0);
        }
        log.info("Inbox {}: {} berkas", params.inbox().toAbsolutePath().normalize(), files.size());
        if (master == null) {
            throw new JobDefinitionException("Master wilayah kerja tidak ditemukan: sebutkan 'wilayah_kerja' di definisi "
                    + "job atau letakkan berkasnya di inbox.");
        }
        if (!master.toAbsolutePath().normalize().getParent().equals(params.inbox().toAbsolutePath().normalize())) {
            store.saveFile(params.run(), master.getFileName().toString(), SourceKind.REGION_MASTER.code(),
                    InboxFiles.sha256(master), size(master), null, 0);
        }
        RegionMasterLoader.Loaded loaded = regionMasters.load(master);
        store.insertRejects(params.run(), loaded.rejects());
        store.addCounts(params.run(), master.getFileName().toString(), loaded.rows() + loaded.rejects().size(),
                loaded.rows(), loaded.rejects().size(), 0);
        chunkContext.getStepContext().getStepExecution().getJobExecution().getExecutionContext()
                .putString(WILAYAH_KERJA, master.toAbsolutePath().normalize().toString());
        for (int i = 0; i < files.size(); i++) {
            contribution.incrementReadCount();
        }
        return RepeatStatus.FINISHED;
    }

    private static String regionMasterKind(Path f) {
        try (OpenedSource s = SourceFiles.open(f)) {
            return s.error().isEmpty() && s.kind() == SourceKind.REGION_MASTER ? SourceKind.REGION_MASTER.code() : null;
        } catch (Exception e) {
            return null;
        }
    }

    private static long size(Path f) {
        try {
            return Files.size(f);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
