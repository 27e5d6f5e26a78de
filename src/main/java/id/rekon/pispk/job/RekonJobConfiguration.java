package id.rekon.pispk.job;

import id.rekon.pispk.job.cakupan.CakupanTasklet;
import id.rekon.pispk.job.history.RiwayatTasklet;
import id.rekon.pispk.job.history.UmpanBalikTasklet;
import id.rekon.pispk.job.ingest.BacaProgress;
import id.rekon.pispk.job.ingest.BerkasPartitioner;
import id.rekon.pispk.job.ingest.InboxItemReader;
import id.rekon.pispk.job.ingest.IngestItem;
import id.rekon.pispk.job.ingest.IngestItemProcessor;
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
import id.rekon.pispk.job.progress.TestOnlyPause;
import id.rekon.pispk.job.rules.Evaluasi;
import id.rekon.pispk.job.rules.KonkordansiVoter;
import id.rekon.pispk.job.rules.RuleCaseItemReader;
import id.rekon.pispk.job.rules.RuleCaseProcessor;
import id.rekon.pispk.job.rules.TemuanItemWriter;
import id.rekon.pispk.normalise.NikClassifier;
import id.rekon.pispk.normalise.TanggalParser;
import id.rekon.pispk.region.Kemendagri;
import id.rekon.pispk.rules.CoupleRule;
import id.rekon.pispk.rules.KeluargaRule;
import id.rekon.pispk.rules.KonkordansiCalculator;
import id.rekon.pispk.rules.PersonRule;
import id.rekon.pispk.rules.RuleContext;
import id.rekon.pispk.security.DataAtRest;
import id.rekon.pispk.store.ChildCandidates;
import id.rekon.pispk.store.PayloadCodec;
import id.rekon.pispk.store.PersonCandidates;
import id.rekon.pispk.store.RecordStore;
import id.rekon.pispk.store.RecordStores;
import id.rekon.pispk.store.RiwayatStore;
import id.rekon.pispk.store.StagingStore;
import id.rekon.pispk.store.StoreCipher;
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
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;
import org.springframework.core.task.SimpleAsyncTaskExecutor;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;

import javax.sql.DataSource;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Year;
import java.util.List;

/**
 * The nightly job, a page of beans: prepare the run, read the inbox (a partition per file), arrange
 * tonight's records, check coverage, read the teams' returned workbooks (before matching, so a pair
 * a team rejected in them is not proposed tonight), propose probable matches, apply the rules, fold
 * the findings into the history, write the outputs. Each step's work lives in its own class.
 */
@Configuration
public class RekonJobConfiguration {

    @Bean
    PayloadCodec payloadCodec() {
        return new PayloadCodec();
    }

    @Bean
    StagingStore stagingStore(JdbcTemplate jdbc) {
        return new StagingStore(jdbc);
    }

    /** Tonight's records: one DuckDB file per job under {@code <data dir>/malam} (docs/performance.md). */
    @Bean(destroyMethod = "close")
    RecordStores recordStores(@Value("${rekon.data-dir}") String dataDir,
            @Value("${rekon.malam.memori:1GB}") String memoryLimit,
            @Value("${rekon.malam.thread:2}") int threads,
            @Value("${rekon.malam.checkpoint:256MB}") String checkpoint, Environment env) {
        Path dir = Path.of(dataDir, "malam");
        // The same key as the H2 file's (docs/keamanan.md): encrypts NIKs, names and payloads in the store.
        return new RecordStores(dir, new RecordStore.Settings(memoryLimit, threads, dir.resolve("tmp"), checkpoint),
                StoreCipher.of(DataAtRest.key(env)));
    }

    @Bean
    TemuanStore temuanStore(DataSource dataSource, PayloadCodec codec) {
        return new TemuanStore(dataSource, codec);
    }

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
            IngestItemProcessor ingestProcessor, StagingItemWriter stagingWriter, BacaProgress progress,
            @Value("${rekon.chunk-size:5000}") int chunk) {
        return new StepBuilder("bacaBerkas", repository).<IngestItem, IngestResult>chunk(chunk)
                .transactionManager(tx)
                .reader(inboxReader).processor(ingestProcessor).writer(stagingWriter)
                .listener(progress)
                .listener(new TestOnlyPause("baca"))
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
    IngestItemProcessor ingestProcessor(@Value("#{stepExecution}") StepExecution step, RegionMasterLoader loader,
            Kemendagri kemendagri) {
        String master = step.getJobExecution().getExecutionContext().getString(PreparationTasklet.WILAYAH_KERJA);
        RunParameters p = RunParameters.from(step.getJobParameters());
        return new IngestItemProcessor(new NikClassifier(kemendagri), new TanggalParser(Year.from(p.run().runDate())),
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
    ChildCandidates childCandidates(PayloadCodec codec) {
        return new ChildCandidates(codec);
    }

    @Bean
    PersonCandidates personCandidates(PayloadCodec codec) {
        return new PersonCandidates(codec);
    }

    @Bean
    Step cakupan(JobRepository repository, PlatformTransactionManager tx, StagingStore store, RiwayatStore riwayat) {
        return new StepBuilder("cakupan", repository).tasklet(new CakupanTasklet(store, riwayat), tx)
                .listener(new StepLog("cakupan"))
                .build();
    }

    @Bean
    Step aturan(JobRepository repository, PlatformTransactionManager tx, RuleCaseItemReader ruleReader,
            RuleCaseProcessor ruleProcessor, TemuanItemWriter temuanWriter) {
        return new StepBuilder("aturan", repository).<Object, Evaluasi>chunk(500)
                .transactionManager(tx)
                .reader(ruleReader).processor(ruleProcessor).writer(temuanWriter)
                .listener(temuanWriter)
                .listener(new ProgressListener("aturan", "kasus"))
                .listener(new TestOnlyPause("aturan"))
                .build();
    }

    @Bean
    @StepScope
    RuleCaseItemReader ruleReader(@Value("#{stepExecution}") StepExecution step, RecordStores records,
            PayloadCodec codec, TemuanStore temuanStore) {
        RunParameters p = RunParameters.from(step.getJobParameters());
        return new RuleCaseItemReader(records.of(p.run().jobName()), codec, temuanStore, p.run());
    }

    @Bean
    @StepScope
    RuleCaseProcessor ruleProcessor(@Value("#{stepExecution}") StepExecution step, List<PersonRule> personRules,
            List<KeluargaRule> keluargaRules, List<CoupleRule> coupleRules, StagingStore store) {
        RunParameters p = RunParameters.from(step.getJobParameters());
        KonkordansiCalculator calculator = new KonkordansiCalculator();
        KonkordansiVoter voter = (person, context, votes) -> calculator.evaluate(person, context,
                (puskesmas, indikator, setuju) -> votes.accept(new Evaluasi.Vote(puskesmas, indikator.label(), setuju)));
        return new RuleCaseProcessor(personRules, keluargaRules, coupleRules, voter,
                new RuleContext(p.run().runDate(), p.settings(), store.cakupan(p.run())));
    }

    @Bean
    @StepScope
    TemuanItemWriter temuanWriter(@Value("#{stepExecution}") StepExecution step, TemuanStore store,
            StagingStore staging) {
        return new TemuanItemWriter(store, staging, RunParameters.from(step.getJobParameters()).run());
    }

    @Bean
    RiwayatStore riwayatStore(DataSource dataSource) {
        return new RiwayatStore(dataSource);
    }

    @Bean
    UmpanBalikStore umpanBalikStore(DataSource dataSource, PayloadCodec codec) {
        return new UmpanBalikStore(dataSource, codec);
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
            RegionMasterLoader loader) {
        return new StepBuilder("tulis", repository).tasklet(new OutputTasklet(staging, temuanStore, loader), tx)
                .listener(new LeftoverTempFiles())
                .listener(new StepLog("tulis"))
                .build();
    }
}
