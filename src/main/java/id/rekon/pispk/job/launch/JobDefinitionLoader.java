package id.rekon.pispk.job.launch;

import id.rekon.pispk.rules.RuleSettings;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.PropertyNamingStrategies;
import tools.jackson.databind.node.ObjectNode;
import tools.jackson.dataformat.yaml.YAMLMapper;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.Map;
import java.util.Set;

/**
 * Reads a job definition (YAML) with Jackson. Rule settings missing from the file keep the spec's
 * defaults; an unknown key is an error so a typo never silently leaves a default in force.
 */
public final class JobDefinitionLoader {

    private static final Set<String> KEYS = Set.of("nama", "inbox", "keluaran", "wilayah_kerja", "jadwal",
            "ukuran_chunk", "aturan", "umpan_balik", "inbox_stabil_detik", "arsip", "pindahkan_ke_arsip",
            "simpan_arsip_hari");

    private final YAMLMapper yaml = YAMLMapper.builder()
            .propertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE)
            .build();

    public JobDefinition load(Path file) {
        if (!Files.isRegularFile(file)) {
            throw new JobDefinitionException("Definisi job tidak ditemukan: " + file);
        }
        JsonNode root;
        try {
            root = yaml.readTree(file.toFile());
        } catch (JacksonException e) {
            throw new JobDefinitionException("Definisi job " + file + " tidak dapat dibaca: " + e.getOriginalMessage());
        }
        if (root == null || !root.isObject()) {
            throw new JobDefinitionException("Definisi job " + file + " kosong atau bukan peta kunci: nilai");
        }
        for (Iterator<String> it = root.propertyNames().iterator(); it.hasNext(); ) {
            String key = it.next();
            if (!KEYS.contains(key)) {
                throw new JobDefinitionException("Kunci tidak dikenal di " + file + ": '" + key + "'. Kunci yang "
                        + "berlaku: " + KEYS);
            }
        }
        String nama = text(root, "nama", null);
        if (nama == null || nama.isBlank()) {
            throw new JobDefinitionException("Definisi job " + file + " harus punya 'nama'");
        }
        String inbox = text(root, "inbox", null);
        String keluaran = text(root, "keluaran", null);
        if (inbox == null || keluaran == null) {
            throw new JobDefinitionException("Definisi job " + file + " harus punya 'inbox' dan 'keluaran'");
        }
        String wilayah = text(root, "wilayah_kerja", null);
        int chunk = root.has("ukuran_chunk") ? root.get("ukuran_chunk").asInt() : 1000;
        int stabil = JobDefinition.INBOX_STABIL_DETIK_BAKU;
        if (root.hasNonNull("inbox_stabil_detik")) {
            JsonNode n = root.get("inbox_stabil_detik");
            if (!n.canConvertToInt() || n.asInt() < 0) {
                throw new JobDefinitionException("'inbox_stabil_detik' di " + file + " harus bilangan bulat 0 atau lebih, "
                        + "bukan '" + n.asString() + "'");
            }
            stabil = n.asInt();
        }
        String arsip = text(root, "arsip", null);
        boolean pindah = true;
        if (root.hasNonNull("pindahkan_ke_arsip")) {
            JsonNode n = root.get("pindahkan_ke_arsip");
            if (!n.isBoolean()) {
                throw new JobDefinitionException("'pindahkan_ke_arsip' di " + file + " harus true atau false, bukan '"
                        + n.asString() + "'");
            }
            pindah = n.asBoolean();
        }
        int simpan = 0;
        if (root.hasNonNull("simpan_arsip_hari")) {
            JsonNode n = root.get("simpan_arsip_hari");
            if (!n.canConvertToInt() || n.asInt() < 0) {
                throw new JobDefinitionException("'simpan_arsip_hari' di " + file + " harus bilangan bulat 0 atau lebih, "
                        + "bukan '" + n.asString() + "'");
            }
            simpan = n.asInt();
        }
        String umpanBalik = text(root, "umpan_balik", null);
        return new JobDefinition(nama.trim(), Path.of(inbox), Path.of(keluaran), wilayah == null ? null : Path.of(wilayah),
                text(root, "jadwal", null), chunk, settings(file, root.get("aturan")),
                umpanBalik == null || umpanBalik.isBlank() ? null : Path.of(umpanBalik), stabil,
                arsip == null ? null : Path.of(arsip), pindah, simpan);
    }

    private RuleSettings settings(Path file, JsonNode overrides) {
        ObjectNode merged = yaml.valueToTree(RuleSettings.defaults());
        if (overrides != null && !overrides.isNull()) {
            if (!overrides.isObject()) {
                throw new JobDefinitionException("'aturan' di " + file + " harus berupa peta kunci: nilai");
            }
            for (Map.Entry<String, JsonNode> e : overrides.properties()) {
                if (!merged.has(e.getKey())) {
                    throw new JobDefinitionException("Pengaturan aturan tidak dikenal di " + file + ": '" + e.getKey()
                            + "'. Yang berlaku: " + merged.propertyNames());
                }
                merged.set(e.getKey(), e.getValue());
            }
        }
        // Jackson binds each key to the record component of the same name (snake_case), so the
        // settings are built by name and a new RuleSettings component is a new key with no code here.
        try {
            return yaml.treeToValue(merged, RuleSettings.class);
        } catch (JacksonException e) {
            String key = e.getPath().isEmpty() ? null : e.getPath().get(e.getPath().size() - 1).getPropertyName();
            if (key == null || !merged.has(key)) {
                throw new JobDefinitionException("Pengaturan 'aturan' di " + file + " tidak dapat dibaca: "
                        + e.getOriginalMessage());
            }
            throw new JobDefinitionException("Pengaturan aturan '" + key + "' di " + file + " bukan nilai yang sah: '"
                    + merged.get(key).asString() + "'");
        }
    }

    private static String text(JsonNode root, String key, String fallback) {
        JsonNode n = root.get(key);
        return n == null || n.isNull() ? fallback : n.asString();
    }
}
