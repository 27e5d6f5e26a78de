package id.rekon.pispk.job.launch;

import id.rekon.pispk.rules.RuleSettings;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class JobDefinitionLoaderTest {

    @TempDir
    Path dir;

    @Test
    void operations_keys_default_to_30_seconds_an_archive_under_the_outputs_and_moving() throws Exception {
        JobDefinition def = load("nama: a\ninbox: in\nkeluaran: out\n");

        assertThat(def.inboxStabilDetik()).isEqualTo(30);
        assertThat(def.folderArsip()).isEqualTo(Path.of("out", "arsip"));
        assertThat(def.pindahkanKeArsip()).isTrue();
        assertThat(def.simpanArsipHari()).as("kept for ever unless asked").isZero();
    }

    @Test
    void operations_keys_are_read() throws Exception {
        JobDefinition def = load("nama: a\ninbox: in\nkeluaran: out\ninbox_stabil_detik: 0\narsip: /srv/arsip\n"
                + "pindahkan_ke_arsip: false\njadwal: \"0 30 1 * * *\"\nsimpan_arsip_hari: 90\n");

        assertThat(def.simpanArsipHari()).isEqualTo(90);
        assertThat(def.inboxStabilDetik()).isZero();
        assertThat(def.folderArsip()).isEqualTo(Path.of("/srv/arsip"));
        assertThat(def.pindahkanKeArsip()).isFalse();
        assertThat(def.jadwal()).isEqualTo("0 30 1 * * *");
    }

    @Test
    void the_sample_job_reads_at_once_and_keeps_its_inbox() {
        JobDefinition def = new JobDefinitionLoader().load(Path.of("jobs", "contoh.yml"));

        assertThat(def.inboxStabilDetik()).isZero();
        assertThat(def.pindahkanKeArsip()).isFalse();
        assertThat(def.jadwal()).isEqualTo("0 0 1 * * *");
    }

    @Test
    void wrong_values_are_refused_with_the_key_named() {
        assertThatThrownBy(() -> load("nama: a\ninbox: in\nkeluaran: out\ninbox_stabil_detik: -1\n"))
                .hasMessageContaining("inbox_stabil_detik");
        assertThatThrownBy(() -> load("nama: a\ninbox: in\nkeluaran: out\npindahkan_ke_arsip: mungkin\n"))
                .hasMessageContaining("pindahkan_ke_arsip");
        assertThatThrownBy(() -> load("nama: a\ninbox: in\nkeluaran: out\nsimpan_arsip_hari: sebulan\n"))
                .hasMessageContaining("simpan_arsip_hari");
    }

    @Test
    void rule_settings_are_bound_by_name_and_the_rest_keep_the_spec_defaults() throws Exception {
        JobDefinition def = load("nama: a\ninbox: in\nkeluaran: out\naturan:\n  tumbuh_window_days: 14\n"
                + "  name_similarity_threshold: 0.9\n");

        assertThat(def.aturan()).isEqualTo(RuleSettings.builder().tumbuhWindowDays(14).nameSimilarityThreshold(0.9)
                .build());
        assertThat(load("nama: a\ninbox: in\nkeluaran: out\n").aturan()).isEqualTo(RuleSettings.defaults());
    }

    @Test
    void a_wrong_rule_setting_is_refused_with_its_key_named() {
        assertThatThrownBy(() -> load("nama: a\ninbox: in\nkeluaran: out\naturan:\n  kua_akad_days: sebulan\n"))
                .isInstanceOf(JobDefinitionException.class).hasMessageContaining("kua_akad_days");
        assertThatThrownBy(() -> load("nama: a\ninbox: in\nkeluaran: out\naturan:\n  kua_akad_hari: 30\n"))
                .isInstanceOf(JobDefinitionException.class).hasMessageContaining("kua_akad_hari");
    }

    private JobDefinition load(String yaml) throws Exception {
        Path f = dir.resolve("job.yml");
        Files.writeString(f, yaml);
        return new JobDefinitionLoader().load(f);
    }
}
