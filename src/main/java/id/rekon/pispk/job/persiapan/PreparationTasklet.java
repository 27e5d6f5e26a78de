package id.rekon.pispk.job.persiapan;

import id.rekon.pispk.job.launch.InboxFiles;
import id.rekon.pispk.job.launch.JobDefinitionException;
import id.rekon.pispk.job.launch.RunInputs;
import id.rekon.pispk.job.launch.RunParameters;
import id.rekon.pispk.model.SourceKind;
import id.rekon.pispk.source.OpenedSource;
import id.rekon.pispk.source.SourceFiles;
import id.rekon.pispk.store.RecordStores;
import id.rekon.pispk.store.StagingStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.item.ExecutionContext;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * First step of a run: clears what an earlier attempt of the same run stored (tonight's records
 * included), records every input
 * file with its SHA-256 (so an operator can tell which files fed which run), and finds and checks
 * the region master. The inputs are the ones the launcher chose ({@link RunInputs} in the job's context:
 * files still being copied are not among them); the master's path goes into the job's context for the
 * later steps.
 */
public class PreparationTasklet implements Tasklet {

    /**
     * Job context key of the region master this run found and checked (the job parameter of the same
     * name is only what was configured, possibly nothing); later steps read the master from here.
     */
    public static final String WILAYAH_KERJA = "wilayahKerja";
    private static final Logger log = LoggerFactory.getLogger(PreparationTasklet.class);

    private final StagingStore store;
    private final RecordStores records;
    private final RegionMasterLoader regionMasters;

    public PreparationTasklet(StagingStore store, RecordStores records, RegionMasterLoader regionMasters) {
        this.store = store;
        this.records = records;
        this.regionMasters = regionMasters;
    }

    @Override
    public RepeatStatus execute(StepContribution contribution, ChunkContext chunkContext) {
        RunParameters params = RunParameters.from(chunkContext.getStepContext().getStepExecution().getJobParameters());
        ExecutionContext jobContext = chunkContext.getStepContext().getStepExecution().getJobExecution()
                .getExecutionContext();
        store.clearForRun(params.run());
        records.of(params.run().jobName()).clear();
        // The launcher chose the files (stable ones only) and checksummed them; without it (a job started
        // directly), every export of the inbox is taken as it is.
        RunInputs inputs = jobContext.containsKey(RunInputs.CONTEXT_KEY)
                ? RunInputs.fromJson(jobContext.getString(RunInputs.CONTEXT_KEY))
                : RunInputs.read(params.inbox(), InboxFiles.list(params.inbox()), params.wilayahKerja());
        Path master = params.wilayahKerja();
        for (RunInputs.Berkas b : inputs.berkas()) {
            Path f = inputs.folder().resolve(b.nama());
            long size = size(f);
            if (size != b.ukuran()) {
                throw new IllegalStateException("Berkas " + b.nama() + " berubah sejak proses dimulai (ukuran " + b.ukuran()
                        + " menjadi " + size + " byte); jalankan lagi.");
            }
            String kind = null;
            if (master == null || f.toAbsolutePath().normalize().equals(master.toAbsolutePath().normalize())) {
                kind = regionMasterKind(f);
                if (kind != null && master == null) {
                    master = f;
                }
            }
            store.saveFile(params.run(), b.nama(), kind, b.sha256(), b.ukuran(), null, 0);
        }
        log.info("Masukan {}: {} berkas", inputs.folder(), inputs.berkas().size());
        if (master == null) {
            throw new JobDefinitionException("Master wilayah kerja tidak ditemukan: sebutkan 'wilayah_kerja' di definisi "
                    + "job atau letakkan berkasnya di inbox.");
        }
        if (!master.toAbsolutePath().normalize().getParent().equals(inputs.folder())) {
            RunInputs.Berkas m = inputs.wilayahKerja();
            store.saveFile(params.run(), master.getFileName().toString(), SourceKind.REGION_MASTER.code(),
                    m != null ? m.sha256() : InboxFiles.sha256(master), m != null ? m.ukuran() : size(master), null, 0);
        }
        RegionMasterLoader.Loaded loaded = regionMasters.load(master);
        store.insertRejects(params.run(), loaded.rejects());
        store.addCounts(params.run(), master.getFileName().toString(), loaded.rows() + loaded.rejects().size(),
                loaded.rows(), loaded.rejects().size(), 0);
        jobContext.putString(WILAYAH_KERJA, master.toAbsolutePath().normalize().toString());
        for (int i = 0; i < inputs.berkas().size(); i++) {
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
