package id.rekon.pispk.job;

import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Stream;

/**
 * What a run left in its output folder, in a form two runs can be compared by: the files there (names),
 * the {@code temuan.csv} rows as a set (and how many there were, so a duplicate shows), and each workbook's
 * sheets with their row counts. {@code ringkasan.json} holds times and paths, so only its presence counts.
 */
record RunOutputs(Set<String> files, Set<String> temuanRows, int temuanLines, Map<String, Map<String, Integer>> sheets) {

    static RunOutputs of(Path outDir) throws IOException {
        Set<String> files = new TreeSet<>();
        try (Stream<Path> s = Files.walk(outDir)) {
            s.filter(Files::isRegularFile).forEach(p -> files.add(outDir.relativize(p).toString()));
        }
        List<String> lines = new ArrayList<>(Files.readAllLines(outDir.resolve("temuan.csv"), StandardCharsets.UTF_8));
        lines.remove(0);
        Map<String, Map<String, Integer>> sheets = new TreeMap<>();
        try (Stream<Path> s = Files.list(outDir.resolve("puskesmas"))) {
            for (Path wb : s.sorted().toList()) {
                Map<String, Integer> rows = new TreeMap<>();
                try (InputStream in = Files.newInputStream(wb); Workbook w = new XSSFWorkbook(in)) {
                    for (Sheet sheet : w) {
                        rows.put(sheet.getSheetName(), sheet.getPhysicalNumberOfRows());
                    }
                }
                sheets.put(wb.getFileName().toString(), rows);
            }
        }
        return new RunOutputs(files, new TreeSet<>(lines), lines.size(), sheets);
    }
}
