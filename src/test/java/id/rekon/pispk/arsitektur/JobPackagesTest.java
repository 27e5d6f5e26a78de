package id.rekon.pispk.arsitektur;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The layout inside {@code job} (docs/pengembang.md, "The packages"), kept by reading the imports as
 * {@link LayersTest} does: the root is wiring that nothing imports back; {@code launch} and {@code progress}
 * are leaves the steps and the command line build on; only the wiring knows the command line.
 */
class JobPackagesTest {

    private static final Path JOB = Path.of("src/main/java/id/rekon/pispk/job");
    private static final Pattern PACKAGE = Pattern.compile("^package id\\.rekon\\.pispk\\.job(?:\\.(\\w+))?;", Pattern.MULTILINE);
    private static final Pattern IMPORT = Pattern.compile("^import (?:static )?id\\.rekon\\.pispk\\.job\\.([\\w.]+);",
            Pattern.MULTILINE);

    /** Source file to the {@code job} packages it imports: "" for the root, else the subpackage. */
    private static final Map<String, List<String>> IMPORTS = new TreeMap<>();
    private static final Map<String, String> PACKAGE_OF = new TreeMap<>();

    @BeforeAll
    static void read() throws IOException {
        try (Stream<Path> files = Files.walk(JOB)) {
            for (Path f : files.filter(p -> p.toString().endsWith(".java")).toList()) {
                String text = Files.readString(f);
                Matcher pkg = PACKAGE.matcher(text);
                assertThat(pkg.find()).as(f.toString()).isTrue();
                String name = JOB.relativize(f).toString();
                PACKAGE_OF.put(name, pkg.group(1) == null ? "" : pkg.group(1));
                List<String> imported = new ArrayList<>();
                Matcher m = IMPORT.matcher(text);
                while (m.find()) {
                    String first = m.group(1).split("\\.")[0];
                    imported.add(Character.isUpperCase(first.charAt(0)) ? "" : first);
                }
                IMPORTS.put(name, imported);
            }
        }
        assertThat(PACKAGE_OF.values()).contains("", "cli", "launch", "progress", "persiapan", "arsip");
    }

    @Test
    void noSubpackageImportsTheWiring() {
        assertThat(violations(pkg -> !pkg.isEmpty(), Set.of(""))).isEmpty();
    }

    @Test
    void launchAndProgressImportNoOtherJobPackage() {
        assertThat(violations(pkg -> pkg.equals("launch") || pkg.equals("progress"), null)).isEmpty();
    }

    @Test
    void onlyTheWiringKnowsTheCommandLine() {
        assertThat(violations(pkg -> !pkg.isEmpty() && !pkg.equals("cli"), Set.of("cli"))).isEmpty();
    }

    /**
     * Imports of {@code job} packages from files whose package passes {@code from}: those in {@code banned},
     * or (banned {@code null}) any other than the file's own.
     */
    private static List<String> violations(java.util.function.Predicate<String> from, Set<String> banned) {
        List<String> out = new ArrayList<>();
        IMPORTS.forEach((file, imported) -> {
            String own = PACKAGE_OF.get(file);
            if (from.test(own)) {
                imported.stream().filter(p -> !p.equals(own) && (banned == null || banned.contains(p)))
                        .forEach(p -> out.add(file + " imports job" + (p.isEmpty() ? "" : "." + p)));
            }
        });
        return out;
    }
}
