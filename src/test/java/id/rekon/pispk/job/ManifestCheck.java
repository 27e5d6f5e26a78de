package id.rekon.pispk.job;

import id.rekon.pispk.sample.Manifest;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Compares a run's {@code temuan.csv} with what the generator injected ({@code manifest.json}): every
 * finding the job must report is there, no near miss is flagged, and a rule the manifest lists
 * completely reports nothing else. The end-to-end tests assert it; {@link #main} runs the same
 * comparison on a large benchmark run (docs/performance.md).
 *
 * <p>Usage: {@code ManifestCheck TEMUAN_CSV MANIFEST_JSON}
 */
public final class ManifestCheck {

    private ManifestCheck() {
    }

    /** What the comparison found; all three lists empty when the run agrees with the manifest. */
    public record Result(int must, int found, List<String> missing, List<String> nearMissesFlagged,
            List<String> unexpected) {
    }

    public static void main(String[] args) throws IOException {
        Manifest manifest = Manifest.read(Path.of(args[1]));
        List<CSVRecord> rows;
        try (Reader r = Files.newBufferedReader(Path.of(args[0]), StandardCharsets.UTF_8);
                CSVParser p = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get().parse(r)) {
            rows = p.getRecords();
        }
        Result result = compare(rows, manifest);
        System.out.printf("%d findings in temuan.csv; manifest: %d must, %d may, %d none (near misses)%n", result.found(),
                result.must(), manifest.findings().stream().filter(f -> "may".equals(f.expect())).count(),
                manifest.findings().stream().filter(f -> "none".equals(f.expect())).count());
        System.out.printf("missing %d, near misses flagged %d, unexpected in complete rules %d%n", result.missing().size(),
                result.nearMissesFlagged().size(), result.unexpected().size());
        MatchQuality q = matchQuality(rows, manifest);
        System.out.printf("MATCH-01: %d of %d injected pairs proposed (%.4f), %d of %d proposals wrong (%.4f),"
                + " %d look-alikes proposed%n", q.injectedProposed(), q.injected(), q.recall(), q.wrong(), q.proposals(),
                q.wrongShare(), q.lookAlikesProposed());
        result.missing().stream().limit(20).forEach(m -> System.out.println("  missing: " + m));
        result.unexpected().stream().limit(20).forEach(m -> System.out.println("  unexpected: " + m));
    }

    static Result compare(List<CSVRecord> rows, Manifest manifest) {
        Set<String> found = rows.stream().map(ManifestCheck::key).collect(Collectors.toSet());
        Map<String, Set<String>> foundByRule = new HashMap<>();
        rows.forEach(r -> foundByRule.computeIfAbsent(r.get("kode_aturan"), k -> new HashSet<>()).add(key(r)));
        List<String> missing = new ArrayList<>();
        List<String> nearMisses = new ArrayList<>();
        int must = 0;
        for (Manifest.Finding f : manifest.findings()) {
            String k = key(f);
            if ("must".equals(f.expect())) {
                must++;
                if (!found.contains(k)) {
                    missing.add(k + " (" + f.note() + ")");
                }
            }
            if ("none".equals(f.expect()) && found.contains(k)) {
                nearMisses.add(k + " (" + f.note() + ")");
            }
        }
        List<String> unexpected = new ArrayList<>();
        for (String rule : manifest.completeRules()) {
            Set<String> allowed = manifest.findings().stream()
                    .filter(f -> f.rule().equals(rule) && !"none".equals(f.expect()))
                    .map(ManifestCheck::key).collect(Collectors.toSet());
            foundByRule.getOrDefault(rule, Set.of()).stream().filter(k -> !allowed.contains(k)).sorted()
                    .forEach(unexpected::add);
        }
        return new Result(must, rows.size(), missing, nearMisses, unexpected);
    }

    /**
     * MATCH-01 against the injected pairs (issue 10's measure): the share of {@code must} pairs
     * proposed, the share of proposals that are neither {@code must} nor {@code may}, and the
     * look-alikes ({@code none}) proposed.
     */
    public record MatchQuality(int injected, int injectedProposed, int proposals, int wrong, int lookAlikesProposed) {

        public double recall() {
            return injected == 0 ? 1.0 : (double) injectedProposed / injected;
        }

        public double wrongShare() {
            return proposals == 0 ? 0.0 : (double) wrong / proposals;
        }
    }

    static MatchQuality matchQuality(List<CSVRecord> rows, Manifest manifest) {
        Set<String> proposed = rows.stream().filter(r -> "MATCH-01".equals(r.get("kode_aturan")))
                .map(ManifestCheck::key).collect(Collectors.toSet());
        Map<String, Set<String>> byExpect = new HashMap<>();
        manifest.findings().stream().filter(f -> "MATCH-01".equals(f.rule()))
                .forEach(f -> byExpect.computeIfAbsent(f.expect(), k -> new HashSet<>()).add(key(f)));
        Set<String> must = byExpect.getOrDefault("must", Set.of());
        Set<String> may = byExpect.getOrDefault("may", Set.of());
        Set<String> none = byExpect.getOrDefault("none", Set.of());
        int hit = (int) must.stream().filter(proposed::contains).count();
        int wrong = (int) proposed.stream().filter(k -> !must.contains(k) && !may.contains(k)).count();
        int lookAlikes = (int) none.stream().filter(proposed::contains).count();
        return new MatchQuality(must.size(), hit, proposed.size(), wrong, lookAlikes);
    }

    static String key(CSVRecord r) {
        String rule = r.get("kode_aturan");
        if (rule.startsWith("KUA-")) {
            // a couple: the registration number the finding shows in nilai_program
            java.util.regex.Matcher no = java.util.regex.Pattern.compile("No\\. (\\S+?)\\)").matcher(r.get("nilai_program"));
            return rule + "|" + r.get("kode_puskesmas") + "|" + (no.find() ? no.group(1) : "?");
        }
        return key(rule, r.get("kode_puskesmas"), r.get("nik"), r.get("nama"), r.get("tanggal_lahir"),
                r.get("kode_keluarga"));
    }

    static String key(Manifest.Finding f) {
        return key(f.rule(), f.kodePuskesmas(), f.nik(), f.nama(), f.tanggalLahir(), f.subject());
    }

    static String key(String rule, String puskesmas, String nik, String nama, String lahir, String keluarga) {
        String subject = switch (rule) {
            case "SURVEI-01" -> keluarga;
            // names as written may carry doubled spaces on one side (a damage the generator injects)
            case "KUA-01", "KUA-02", "KUA-03" -> keluarga; // the manifest's subject: No Pendaftaran
            case "MATCH-01" -> spaces(nama) + "|" + lahir;
            default -> nik + "|" + lahir;
        };
        return rule + "|" + (puskesmas == null ? "" : puskesmas) + "|" + (subject == null ? "" : subject.replace("null", ""));
    }

    static String spaces(String s) {
        // and case: the generator also writes names in mixed case ("Marthen Lakapu"), shown as written
        return s == null ? "" : s.trim().replaceAll("\\s+", " ").toUpperCase(Locale.ROOT);
    }

}
