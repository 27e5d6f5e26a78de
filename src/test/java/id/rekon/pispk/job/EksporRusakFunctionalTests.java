package id.rekon.pispk.job;

import id.rekon.pispk.job.cli.RekonRunner;
import id.rekon.pispk.sample.GeneratorSettings;
import id.rekon.pispk.sample.Manifest;
import id.rekon.pispk.sample.SampleDataGenerator;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.DefaultApplicationArguments;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The real job on a small kabupaten whose largest two-CSV puskesmas sent its PIS-PK members export
 * with every NIK damaged by Excel ({@code 5.30201E+15}): the findings are exactly the manifest's and
 * probable matching meets issue 10's measure (H2).
 */
@SpringBootTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class EksporRusakFunctionalTests {

    private static final LocalDate RUN_DATE = LocalDate.of(2026, 11, 1);

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) throws IOException {
        Path root = AbstractRekonJobFunctionalTests.workDirectory(registry, "rekon-rusak");
        registry.add("spring.datasource.url", () -> "jdbc:h2:file:" + root.resolve("db/rekon").toAbsolutePath()
                + ";DB_CLOSE_ON_EXIT=FALSE;LAZY_QUERY_EXECUTION=TRUE");
    }

    @Autowired
    RekonRunner runner;

    @Value("${rekon.test.root}")
    Path root;

    private Manifest manifest;
    private String kode;
    private List<CSVRecord> temuan;

    @BeforeAll
    void generateAndRun() throws IOException {
        Path data = root.resolve("sample");
        GeneratorSettings s = GeneratorSettings.defaults().withOut(data).withKeluarga(600).withSeed(11)
                .withRunDate(RUN_DATE);
        kode = SampleDataGenerator.generate(s.withOut(root.resolve("probe"))).puskesmas().stream()
                .filter(p -> p.pispkLayout().equals("pispk-csv"))
                .max(Comparator.comparingInt(Manifest.PuskesmasInfo::desa)).orElseThrow().kode();
        manifest = SampleDataGenerator.generate(s.withEksporRusak(kode));
        Path out = root.resolve("out");
        runner.run(new DefaultApplicationArguments("run", "--inbox", data.resolve("inbox").toString(), "--out",
                out.toString(), "--wilayah-kerja", data.resolve(manifest.regionMaster()).toString(), "--run-date",
                RUN_DATE.toString(), "--name", "rusak"));
        try (Reader r = Files.newBufferedReader(out.resolve(RUN_DATE.toString()).resolve("temuan.csv"),
                StandardCharsets.UTF_8);
                CSVParser p = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get().parse(r)) {
            temuan = p.getRecords();
        }
    }

    @Test
    void findingsAreTheManifestsWithAWholeExportDamaged() {
        ManifestCheck.Result result = ManifestCheck.compare(temuan, manifest);
        assertThat(result.nearMissesFlagged()).as("near misses must not be flagged").isEmpty();
        // Every age is paired (spec rule 2), children over five at the run date included.
        assertThat(result.missing()).as("expected findings the job did not report").isEmpty();
        assertThat(result.unexpected()).as("findings of complete rules the generator did not expect").isEmpty();
    }

    @Test
    void probablePairsOfTheDamagedExportAreProposed() {
        long damaged = manifest.findings().stream().filter(f -> f.rule().equals("MATCH-01")
                && f.kodePuskesmas().equals(kode) && f.note().startsWith("whole export damaged")).count();
        assertThat(damaged).as("pairs caused by the damaged export").isGreaterThan(50);
        ManifestCheck.MatchQuality match = ManifestCheck.matchQuality(temuan, manifest);
        assertThat(match.recall()).as("share of injected pairs proposed").isGreaterThanOrEqualTo(0.98);
        assertThat(match.wrongShare()).as("share of MATCH-01 proposals that are wrong").isLessThanOrEqualTo(0.01);
        assertThat(match.lookAlikesProposed()).as("look-alikes proposed").isZero();
    }
}
