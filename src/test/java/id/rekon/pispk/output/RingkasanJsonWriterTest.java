package id.rekon.pispk.output;

import id.rekon.pispk.model.RuleCode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class RingkasanJsonWriterTest {

    @TempDir
    Path dir;

    private static Ringkasan sample() {
        Map<String, Long> perPuskesmas = new LinkedHashMap<>();
        perPuskesmas.put("P5301010101", 12L);
        perPuskesmas.put("P5301020202", 3L);
        return new Ringkasan(LocalDate.of(2026, 8, 5), "rekon-malam", Instant.parse("2026-08-04T18:00:00Z"),
                Instant.parse("2026-08-04T18:07:30Z"), "COMPLETED",
                List.of(new Ringkasan.Masukan("eppgbm.xlsx", "eppgbm", "ab".repeat(32), 1024, 100, 97, 2, 1, null),
                        new Ringkasan.Masukan("rusak.xlsx", null, "cd".repeat(32), 10, 0, 0, 0, 0,
                                "Bukan berkas Excel yang sah")),
                new Ringkasan.Kecocokan(List.of(new Ringkasan.PasanganSumber("PIS-PK", "e-PPGBM", 80)), 4),
                Ringkasan.JumlahTemuan.of(Map.of(RuleCode.JKN_01, 10L, RuleCode.KUA_03, 6L), perPuskesmas, 1),
                List.of(new Ringkasan.Langkah("baca-eppgbm", 1200, 100), new Ringkasan.Langkah("tulis-keluaran", 800, 16)),
                "out/2026-08-05/ditolak",
                List.of(new Ringkasan.GalatRute("eppgbm.xlsx", "eppgbm", "Puskesmas 'PKM ANTAH'", 3, 17)),
                List.of(new Ringkasan.SumberTidakAda("e-PPGBM", "P5301020202", List.of("BALITA-02", "TUMBUH-01"), true)));
    }

    @Test
    void fieldsAreSnakeCaseAndReadBack() throws IOException {
        Path target = dir.resolve(RingkasanJsonWriter.FILE_NAME);
        new RingkasanJsonWriter().write(sample(), target);

        JsonNode root = RingkasanJsonWriter.mapper().readTree(Files.readString(target));
        assertThat(root.propertyNames()).containsExactly("tanggal_proses", "nama_job", "mulai", "selesai", "status",
                "masukan", "kecocokan", "temuan", "langkah", "folder_ditolak", "galat_rute", "sumber_tidak_ada");
        JsonNode kurang = root.get("sumber_tidak_ada").get(0);
        assertThat(kurang.propertyNames()).containsExactly("sumber", "kode_puskesmas", "aturan_tidak_dinilai",
                "ada_sebelumnya");
        assertThat(kurang.get("aturan_tidak_dinilai").get(1).asString()).isEqualTo("TUMBUH-01");
        assertThat(kurang.get("ada_sebelumnya").asBoolean()).isTrue();
        assertThat(root.get("galat_rute").get(0).get("jumlah").asLong()).isEqualTo(3);
        assertThat(root.get("tanggal_proses").asString()).isEqualTo("2026-08-05");
        assertThat(root.get("mulai").asString()).isEqualTo("2026-08-04T18:00:00Z");
        assertThat(root.get("status").asString()).isEqualTo("COMPLETED");

        JsonNode masukan = root.get("masukan").get(0);
        assertThat(masukan.propertyNames()).containsExactly("nama_berkas", "jenis", "sha256", "ukuran_byte",
                "baris_dibaca", "baris_disimpan", "baris_ditolak", "baris_dilewati", "galat_berkas");
        assertThat(masukan.get("baris_ditolak").asLong()).isEqualTo(2);
        assertThat(masukan.get("galat_berkas").isNull()).isTrue();
        assertThat(root.get("masukan").get(1).get("galat_berkas").asString()).isEqualTo("Bukan berkas Excel yang sah");

        assertThat(root.get("kecocokan").get("nik_cocok").get(0).get("sumber_a").asString()).isEqualTo("PIS-PK");
        assertThat(root.get("kecocokan").get("kemungkinan_cocok").asLong()).isEqualTo(4);

        JsonNode temuan = root.get("temuan");
        assertThat(temuan.get("jumlah").asLong()).isEqualTo(16);
        assertThat(temuan.get("per_aturan").propertyNames()).hasSize(RuleCode.values().length).startsWith("JKN-01");
        assertThat(temuan.get("per_aturan").get("KUA-03").asLong()).isEqualTo(6);
        assertThat(temuan.get("per_aturan").get("HT-01").asLong()).isZero();
        assertThat(temuan.get("per_puskesmas").propertyNames()).containsExactly("P5301010101", "P5301020202");
        assertThat(temuan.get("tidak_terarah").asLong()).isEqualTo(1);

        assertThat(root.get("langkah").get(1).get("milidetik").asLong()).isEqualTo(800);
        assertThat(root.get("langkah").get(1).get("item").asLong()).isEqualTo(16);
        assertThat(root.get("folder_ditolak").asString()).isEqualTo("out/2026-08-05/ditolak");
    }

    @Test
    void theRecordRoundTripsAndTheFileIsPrettyPrinted() throws IOException {
        Path target = dir.resolve(RingkasanJsonWriter.FILE_NAME);
        new RingkasanJsonWriter().write(sample(), target);
        String text = Files.readString(target);
        assertThat(text).startsWith("{\n  \"tanggal_proses\"").endsWith("}\n");
        assertThat(RingkasanJsonWriter.mapper().readValue(text, Ringkasan.class)).isEqualTo(sample());
    }
}
