package id.rekon.pispk.sample;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.TreeSet;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Checks the manifest's findings against {@link RuleOracle}, an independent and deliberately
 * plain evaluation of the rules over the files as written: every {@code must} is found, nothing
 * is found outside {@code must} and {@code may}, no {@code none} is found. This is what makes the
 * clean base trustworthy: the oracle sees every record, not only the injected ones.
 */
class ManifestOracleTest {

    @TempDir
    Path tmp;

    @Test
    void defaultSampleFindingsAreExactlyTheManifests() throws IOException {
        check(DefaultSample.dir(), DefaultSample.manifest());
    }

    @Test
    void anotherSeedAndSizeToo() throws IOException {
        GeneratorSettings s = DefaultSample.settings(tmp.resolve("o")).withSeed(2026).withKeluarga(800);
        check(s.out(), SampleDataGenerator.generate(s));
    }

    /**
     * One puskesmas's whole PIS-PK members export damaged by Excel (every NIK as {@code 5.30201E+15}):
     * its NIK-02 findings, the MATCH-01 pairs with PCare, e-PPGBM and KUA, and the absence findings
     * that stay or are silenced (spec rule 4) are exactly the manifest's.
     */
    @Test
    void wholeExportDamagedByExcel() throws IOException {
        String kode = csvPuskesmas(DefaultSample.manifest());
        GeneratorSettings s = DefaultSample.settings(tmp.resolve("rusak")).withSeed(7).withKeluarga(800)
                .withEksporRusak(kode);
        Manifest m = SampleDataGenerator.generate(s);
        assertThat(m.injections().get("EKSPOR_RUSAK_NIK")).as("damaged NIKs").isGreaterThan(100);
        assertThat(m.findings()).filteredOn(f -> f.rule().equals("MATCH-01") && f.kodePuskesmas().equals(kode)
                && f.expect().equals("must")).hasSizeGreaterThan(50);
        String csv = Files.readString(s.out().resolve("inbox/pispk_anggota_" + kode + ".csv"),
                java.nio.charset.Charset.forName("windows-1252"));
        // every member's NIK damaged (rejected extra rows keep theirs: they never reach matching)
        assertThat(csv.split("E\\+15", -1).length - 1).isEqualTo(m.injections().get("EKSPOR_RUSAK_NIK"));
        check(s.out(), m);
    }

    /** The CSV-layout puskesmas with the most desa: a whole export worth damaging. */
    static String csvPuskesmas(Manifest m) {
        return m.puskesmas().stream().filter(p -> p.pispkLayout().equals("pispk-csv"))
                .max(java.util.Comparator.comparingInt(Manifest.PuskesmasInfo::desa)).orElseThrow().kode();
    }

    /** Opt-in: {@code -Dsample.oracle.keluarga=20000} checks a bigger run the same way. */
    @Test
    @EnabledIfSystemProperty(named = "sample.oracle.keluarga", matches = "\\d+")
    void biggerRunOnRequest() throws IOException {
        int n = Integer.parseInt(System.getProperty("sample.oracle.keluarga"));
        GeneratorSettings s = DefaultSample.settings(tmp.resolve("big")).withSeed(99).withKeluarga(n);
        check(s.out(), SampleDataGenerator.generate(s));
    }

    private void check(Path out, Manifest m) throws IOException {
        Set<String> found = new RuleOracle(out, m, provinces()).evaluate();
        Set<String> must = new LinkedHashSet<>();
        Set<String> allowed = new HashSet<>();
        Set<String> none = new HashSet<>();
        for (Manifest.Finding f : m.findings()) {
            String k = RuleOracle.key(f);
            switch (f.expect()) {
                case "must" -> {
                    must.add(k);
                    allowed.add(k);
                }
                case "may" -> allowed.add(k);
                default -> none.add(k);
            }
        }
        Set<String> missing = new TreeSet<>(must);
        missing.removeAll(found);
        Set<String> unexpected = new TreeSet<>(found);
        unexpected.removeAll(allowed);
        Set<String> nearMissesFound = new TreeSet<>(none);
        nearMissesFound.retainAll(found);
        assertThat(missing).as("must findings the oracle does not find").isEmpty();
        assertThat(unexpected).as("oracle findings the manifest does not expect").isEmpty();
        assertThat(nearMissesFound).as("near misses the oracle reports").isEmpty();
    }

    static Set<String> provinces() throws IOException {
        Set<String> out = new HashSet<>();
        try (Reader r = Files.newBufferedReader(DefaultSample.WILAYAH.resolve("provinces.csv"))) {
            for (CSVRecord rec : CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get().parse(r)) {
                out.add(rec.get("code"));
            }
        }
        return out;
    }
}
