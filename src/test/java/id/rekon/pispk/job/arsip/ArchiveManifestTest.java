package id.rekon.pispk.job.arsip;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

class ArchiveManifestTest {

    static final String SHA = "a".repeat(64);

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "pcare.json|" + "aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa  pcare.json",
            "Ekspor PIS-PK Oktober.xlsx|aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa  Ekspor PIS-PK Oktober.xlsx",
            "a\\b.csv|\\aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa  a\\\\b.csv"})
    void lines_follow_the_sha256sum_format_escapes_included(String name, String line) {
        assertThat(ArchiveTasklet.manifestLine(SHA, name)).isEqualTo(line);
    }
}
