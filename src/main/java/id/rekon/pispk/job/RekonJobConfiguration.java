package id.rekon.pispk.job;

import id.rekon.pispk.job.arsip.ArchiveTasklet;
import id.rekon.pispk.job.cakupan.CakupanTasklet;
import id.rekon.pispk.job.riwayat.RiwayatTasklet;
import id.rekon.pispk.job.umpanbalik.UmpanBalikTasklet;
import id.rekon.pispk.job.ingest.BacaProgress;
import id.rekon.pispk.job.ingest.BerkasPartitioner;
import id.rekon.pispk.job.ingest.InboxItemReader;
import id.rekon.pispk.job.ingest.IngestMapper;
import id.rekon.pispk.job.ingest.IngestReader;
import id.rekon.pispk.job.ingest.IngestResult;
import id.rekon.pispk.job.ingest.StagingItemWriter;
import id.rekon.pispk.job.ingest.SusunTasklet;
import id.rekon.pispk.job.launch.RecordStoreCleanup;
import id.rekon.pispk.job.launch.RunParameters;
import id.rekon.pispk.job.launch.RunningJobs;
import id.rekon.pispk.job.match.ProbableMatchTasklet;
import id.rekon.pispk.job.output.LeftoverTempFiles;
import id.rekon.pispk.job.output.OutputTasklet;
import id.rekon.pispk.job.persiapan.PreparationTasklet;
import id.rekon.pispk.job.persiapan.RegionMasterLoader;
import id.rekon.pispk.job.progress.ProgressListener;
import id.rekon.pispk.job.progress.StepLog;
import id.rekon.pispk.job.progress.StepProgress;
import id.rekon.pispk.job.progress.ChunkProgress;
import id.rekon.pispk.job.rules.Dinilai;
import id.rekon.pispk.job.rules.Evaluasi;
import id.rekon.pispk.job.rules.KonkordansiVoter;
import id.rekon.pispk.job.rules.RuleCaseItemReader;
import id.rekon.pispk.job.rules.RuleCaseProcessor;
import id.rekon.pispk.job.rules.RuleEvaluator;
import id.rekon.pispk.job.rules.TemuanItemWriter;
import id.rekon.pispk.normalise.NikClassifier;
import id.rekon.pispk.normalise.TanggalParser;
import id.rekon.pispk.region.Kemendagri;
import id.rekon.pispk.rules.CoupleRule;
import id.rekon.pispk.rules.KeluargaRule;
import id.rekon.pispk.rules.KonkordansiCalculator;
import id.rekon.pispk.rules.PersonRule;
import id.rekon.pispk.rules.RuleContext;
import id.rekon.pispk.store.ChildCandidates;
import id.rekon.pispk.store.PayloadCodec;
import id.rekon.pispk.store.PersonCandidates;
import id.rekon.pispk.store.RecordStores;
import id.rekon.pispk.store.RiwayatStore;
import id.rekon.pispk.store.StagingStore;
import id.rekon.pispk.store.TemuanStore;
import id.rekon.pispk.store.UmpanBalikStore;
import id.rekon.pispk.umpanbalik.FeedbackReceiver;
import org.springframework.batch.core.configuration.annotation.StepScope;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.builder.JobBuilder;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.Step;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.core.step.builder.StepBuilder;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.task.SimpleAsyncTaskExecutor;
import org.springframework.transaction.PlatformTransactionManager;

import java.nio.file.Path;
import java.time.Year;
import java.util.List;

/**
 * The nightly job, a page of beans: prepare the run, read the inbox (a partition per file), arrange
 * tonight's records, check coverage, read the teams' returned workbooks (before matching, so a pair
 * a team rejected in them is not proposed tonight), propose probable matches, apply the rules, fold
 * the findings into the history, write the outputs, archive the inputs. Each step's work lives in its
 * own class, in the step's subpackage; the stores are {@link StoreConfiguration}'s beans.
 */
@Configuration
public class RekonJobConfiguration {

    @Bean
    RegionMasterLoader regionMasterLoader() {
        return new RegionMasterLoader();
    }

    @Bean
    Kemendagri kemendagri() {
        return Kemendagri.fromClasspath();
    }

    @Bean
    Job rekonJob(JobRepository repository, Step persiapan, Step baca, Step susun, Step cakupan, Step cocok, Step aturan,
            Step riwayat, Step umpanBalik, Step tulis, Step arsip, RunningJobs runningJobs, RecordStores records) {
        return new JobBuilder(RunParameters.JOB_NAME, repository)
                .start(persiapan).next(baca).next(susun).next(cakupan).next(umpanBalik).next(cocok).next(aturan)
                .next(riwayat).next(tulis).next(arsip)
                .listener(runningJobs)
                .listener(new RecordStoreCleanup(records))
                .build();
    }

    @Bean
    Step persiapan(JobRepository repository, PlatformTransactionManager tx, StagingStore store,
            RecordStores records, RegionMasterLoader loader) {
        return new StepBuilder("persiapan", repository).tasklet(new PreparationTasklet(store, records, loader), tx)
                .listener(new StepLog("persiapan"))
                .build();
    }

    /**
     * The read step: one partition per input file, {@code rekon.baca.thread} files at a time (default:
     * one per core), each partition a chunk-oriented step of its own.
     */
    @Bean
    BacaProgress bacaProgress() {
        return new BacaProgress();
    }

    @Bean
    Step baca(JobRepository repository, Step bacaBerkas, BerkasPartitioner berkasPartitioner, BacaProgress progress,
            @Value("${rekon.baca.thread:0}") int threads) {
        SimpleAsyncTaskExecutor executor = new SimpleAsyncTaskExecutor("baca-");
        executor.setConcurrencyLimit(threads > 0 ? threads : Runtime.getRuntime().availableProcessors());
        return new StepBuilder("baca", repository).partitioner("bacaBerkas", berkasPartitioner)
                .step(bacaBerkas)
                .taskExecutor(executor)
                .listener(new StepLog("baca"))
                .listener(progress.startsWithStep())
                .build();
    }

    @Bean
    Step bacaBerkas(JobRepository repository, PlatformTransactionManager tx, InboxItemReader inboxReader,
            IngestMapper ingestMapper, StagingItemWriter stagingWriter, BacaProgress progress,
            ObjectProvider<StepProgress> observers, @Value("${rekon.chunk-size:5000}") int chunk) {
        return new StepBuilder("bacaBerkas", repository).<IngestResult, IngestResult>chunk(chunk)
                .transactionManager(tx)
                .reader(new IngestReader(inboxReader, ingestMapper)).writer(stagingWriter)
                .listener(progress)
                .listener(new ChunkProgress("baca", observed(observers)))
                .build();
    }

    @Bean
    @StepScope
    BerkasPartitioner berkasPartitioner(@Value("#{stepExecution}") StepExecution step, StagingStore store) {
        RunParameters p = RunParameters.from(step.getJobParameters());
        return new BerkasPartitioner(p.inbox(), store.files(p.run()));
    }

    @Bean
    @StepScope
    InboxItemReader inboxReader(@Value("#{stepExecutionContext['berkas.nama']}") String file,
            @Value("#{stepExecution}") StepExecution step) {
        return new InboxItemReader(RunParameters.from(step.getJobParameters()).inbox(), List.of(file));
    }

    @Bean
    @StepScope
    IngestMapper ingestMapper(@Value("#{stepExecution}") StepExecution step, RegionMasterLoader loader,
            Kemendagri kemendagri) {
        String master = step.getJobExecution().getExecutionContext().getString(PreparationTasklet.WILAYAH_KERJA);
        RunParameters p = RunParameters.from(step.getJobParameters());
        return new IngestMapper(new NikClassifier(kemendagri), new TanggalParser(Year.from(p.run().runDate())),
                loader.load(Path.of(master)).master());
    }

    @Bean
    @StepScope
    StagingItemWriter stagingWriter(@Value("#{stepExecution}") StepExecution step, StagingStore store,
            RecordStores records) {
        RunParameters p = RunParameters.from(step.getJobParameters());
        return new StagingItemWriter(store, records.of(p.run().jobName()), p.run(),
                step.getExecutionContext().getString(BerkasPartitioner.FILE),
                step.getExecutionContext().getInt(BerkasPartitioner.PART));
    }

    @Bean
    Step susun(JobRepository repository, PlatformTransactionManager tx, StagingStore store, RecordStores records) {
        return new StepBuilder("susun", repository).tasklet(new SusunTasklet(store, records), tx)
                .listener(new StepLog("susun"))
                .build();
    }

    @Bean
    Step cocok(JobRepository repository, PlatformTransactionManager tx, ChildCandidates candidates,
            PersonCandidates adults, RecordStores records, TemuanStore temuanStore, UmpanBalikStore umpanBalikStore) {
        return new StepBuilder("cocok", repository)
                .tasklet(new ProbableMatchTasklet(candidates, adults, records, temuanStore, umpanBalikStore), tx)
                .listener(new StepLog("cocok"))
                .build();
    }

    @Bean
    Step cakupan(JobRepository repository, PlatformTransactionManager tx, StagingStore store, RiwayatStore riwayat) {
        return new StepBuilder("cakupan", repository).tasklet(new CakupanTasklet(store, riwayat), tx)
                .listener(new StepLog("cakupan"))
                .build();
    }

    /**
     * The rules step: the reader decodes tonight's cases ahead and evaluates them on
     * {@code rekon.aturan.thread} threads (default: one per core), handing them over in order.
     */
    @Bean
    Step aturan(JobRepository repository, PlatformTransactionManager tx, RuleCaseItemReader ruleReader,
            TemuanItemWriter temuanWriter, ObjectProvider<StepProgress> observers) {
        return new StepBuilder("aturan", repository).<Dinilai, Evaluasi>chunk(500)
                .transactionManager(tx)
                .reader(ruleReader).processor(new RuleCaseProcessor()).writer(temuanWriter)
                .listener(temuanWriter)
                .listener(new ProgressListener("aturan", "kasus"))
                .listener(new ChunkProgress("aturan", observed(observers)))
                .build();
    }

    @Bean
    @StepScope
    RuleCaseItemReader ruleReader(@Value("#{stepExecution}") StepExecution step, RecordStores records,
            PayloadCodec codec, TemuanStore temuanStore, List<PersonRule> personRules,
            List<KeluargaRule> keluargaRules, List<CoupleRule> coupleRules, StagingStore store,
            @Value("${rekon.aturan.thread:0}") int threads) {
        RunParameters p = RunParameters.from(step.getJobParameters());
        // A plain object, not a step-scoped bean: the pool's threads have no step context to resolve one.
        RuleEvaluator evaluator = new RuleEvaluator(personRules, keluargaRules, coupleRules,
                KonkordansiVoter.of(new KonkordansiCalculator(personRules)),
                new RuleContext(p.run().runDate(), p.settings(), store.cakupan(p.run())));
        return new RuleCaseItemReader(records.of(p.run().jobName()), codec, temuanStore, p.run(), evaluator,
                threads > 0 ? threads : Runtime.getRuntime().availableProcessors());
    }

    @Bean
    @StepScope
    TemuanItemWriter temuanWriter(@Value("#{stepExecution}") StepExecution step, TemuanStore store,
            StagingStore staging) {
        return new TemuanItemWriter(store, staging, RunParameters.from(step.getJobParameters()).run());
    }

    @Bean
    Step riwayat(JobRepository repository, PlatformTransactionManager tx, RiwayatStore store) {
        return new StepBuilder("riwayat", repository).tasklet(new RiwayatTasklet(store), tx)
                .listener(new StepLog("riwayat"))
                .build();
    }

    @Bean
    Step umpanBalik(JobRepository repository, PlatformTransactionManager tx, UmpanBalikStore store,
            RegionMasterLoader loader) {
        return new StepBuilder("umpanBalik", repository)
                .tasklet(new UmpanBalikTasklet(new FeedbackReceiver(store), loader), tx)
                .listener(new StepLog("umpanBalik"))
                .build();
    }

    @Bean
    Step tulis(JobRepository repository, PlatformTransactionManager tx, StagingStore staging, TemuanStore temuanStore,
            RegionMasterLoader loader, ObjectProvider<StepProgress> observers) {
        return new StepBuilder("tulis", repository)
                .tasklet(new OutputTasklet(staging, temuanStore, loader, observed(observers)), tx)
                .listener(new LeftoverTempFiles())
                .listener(new StepLog("tulis"))
                .build();
    }

    @Bean
    Step arsip(JobRepository repository, PlatformTransactionManager tx, StagingStore store,
            ObjectProvider<StepProgress> observers) {
        return new StepBuilder("arsip", repository)
                .tasklet(new ArchiveTasklet(ArchiveTasklet.RefusedInputs.from(store), observed(observers)), tx)
                .listener(new StepLog("arsip"))
                .build();
    }

    /** The {@link StepProgress} beans of the context, none in the product (see there). */
    private static StepProgress observed(ObjectProvider<StepProgress> observers) {
        return StepProgress.all(observers.orderedStream().toList());
    }
}
