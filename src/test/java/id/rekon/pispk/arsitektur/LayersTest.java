package id.rekon.pispk.arsitektur;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The layers of the house, kept by reading the production sources' imports (no library: the rules
 * are few and an import is what a reader sees). Top-level packages are those directly under
 * {@code id.rekon.pispk}; a subpackage counts as its top-level package.
 * <ul>
 *   <li>{@code model} imports nothing of ours: the domain is plain data, testable alone;</li>
 *   <li>no cycle between top-level packages (a cycle means two packages that can only change
 *   together);</li>
 *   <li>Spring Batch only under {@code job};</li>
 *   <li>POI's writing API (SXSSF, XSSFWorkbook) only under {@code output}, and in the generator of
 *   sample data ({@code sample.SheetParts}, which writes the synthetic exports).</li>
 * </ul>
 */
class LayersTest {

    private static final Path MAIN = Path.of("src/main/java/id/rekon/pispk");
    private static final Pattern PACKAGE = Pattern.compile("^package id\\.rekon\\.pispk\\.([a-z]+)", Pattern.MULTILINE);
    private static final Pattern IMPORT = Pattern.compile("^import (?:static )?([\\w.]+)", Pattern.MULTILINE);

    /** Source file (relative to the base package) to its imports. */
    private static final Map<String, List<String>> IMPORTS = new TreeMap<>();
    private static final Map<String, String> TOP = new TreeMap<>();

    @BeforeAll
    static void read() throws IOException {
        try (Stream<Path> files = Files.walk(MAIN)) {
            for (Path f : files.filter(p -> p.toString().endsWith(".java")).toList()) {
                String text = Files.readString(f);
                Matcher pkg = PACKAGE.matcher(text);
                if (!pkg.find()) {
                    continue; // the application class in the base package
                }
                String name = MAIN.relativize(f).toString();
                TOP.put(name, pkg.group(1));
                List<String> imports = new ArrayList<>();
                Matcher m = IMPORT.matcher(text);
                while (m.find()) {
                    imports.add(m.group(1));
                }
                IMPORTS.put(name, imports);
            }
        }
        assertThat(IMPORTS).hasSizeGreaterThan(100);
    }

    @Test
    void theModelImportsNothingOfOurs() {
        assertThat(violations(f -> TOP.get(f).equals("model"), i -> i.startsWith("id.rekon.pispk."))).isEmpty();
    }

    @Test
    void noCycleBetweenTopLevelPackages() {
        assertThat(cycles(graph())).isEmpty();
    }

    @Test
    void springBatchOnlyUnderJob() {
        assertThat(violations(f -> !TOP.get(f).equals("job"), i -> i.startsWith("org.springframework.batch."))).isEmpty();
    }

    @Test
    void poiWritingOnlyUnderOutputAndTheSampleGenerator() {
        assertThat(violations(f -> !TOP.get(f).equals("output") && !f.equals("sample/SheetParts.java"),
                i -> i.startsWith("org.apache.poi.xssf.streaming.") || i.equals("org.apache.poi.xssf.usermodel.XSSFWorkbook")))
                .isEmpty();
    }

    /** The check itself, on a made-up graph: a cycle of three is found, a chain is not. */
    @Test
    void aCycleIsFound() {
        Map<String, Set<String>> g = new TreeMap<>(Map.of("a", Set.of("b"), "b", Set.of("c"), "c", Set.of("a"),
                "d", Set.of("a")));
        assertThat(cycles(g)).containsExactly("a -> b -> c -> a");
        assertThat(cycles(new TreeMap<>(Map.of("a", Set.of("b"), "b", Set.of("c"))))).isEmpty();
    }

    private static List<String> violations(java.util.function.Predicate<String> file, java.util.function.Predicate<String> imported) {
        List<String> out = new ArrayList<>();
        IMPORTS.forEach((f, imports) -> {
            if (file.test(f)) {
                imports.stream().filter(imported).forEach(i -> out.add(f + " imports " + i));
            }
        });
        return out;
    }

    private static Map<String, Set<String>> graph() {
        Map<String, Set<String>> g = new TreeMap<>();
        IMPORTS.forEach((f, imports) -> {
            String from = TOP.get(f);
            for (String i : imports) {
                if (i.startsWith("id.rekon.pispk.")) {
                    String[] parts = i.substring("id.rekon.pispk.".length()).split("\\.");
                    if (parts.length > 1 && !parts[0].equals(from)) {
                        g.computeIfAbsent(from, k -> new TreeSet<>()).add(parts[0]);
                    }
                }
            }
        });
        return g;
    }

    /** Every elementary cycle's smallest rotation, found by depth-first search from each node. */
    static Set<String> cycles(Map<String, Set<String>> g) {
        Set<String> found = new TreeSet<>();
        for (String start : g.keySet()) {
            walk(g, start, start, new ArrayList<>(List.of(start)), new HashSet<>(Set.of(start)), found);
        }
        return found;
    }

    private static void walk(Map<String, Set<String>> g, String start, String at, List<String> path, Set<String> on,
            Set<String> found) {
        for (String next : g.getOrDefault(at, Set.of())) {
            if (next.equals(start)) {
                if (path.stream().allMatch(p -> p.compareTo(start) >= 0)) { // report each cycle once, from its smallest node
                    found.add(String.join(" -> ", path) + " -> " + start);
                }
            } else if (!on.contains(next) && next.compareTo(start) > 0) {
                path.add(next);
                on.add(next);
                walk(g, start, next, path, on, found);
                path.remove(path.size() - 1);
                on.remove(next);
            }
        }
    }
}
