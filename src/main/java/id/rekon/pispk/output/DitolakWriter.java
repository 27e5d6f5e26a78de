package id.rekon.pispk.output;

import id.rekon.pispk.model.Ditolak;

import id.rekon.pispk.model.PersonalData;
import org.apache.commons.csv.CSVPrinter;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Writes the {@code ditolak/} folder (spec "Outputs of one run", item 4: nothing read is lost
 * without a trace):
 * <ul>
 *   <li>{@code ditolak/<input file name>.csv}, one per input file that has rejected rows, columns
 *       {@code file,baris,alasan,isi_baris,isi_per_kolom,cara_memperbaiki}: the raw row, the same
 *       values each named by its column ({@link Ditolak#isiPerKolom()}), and how to fix the row at
 *       its source ({@link CaraMemperbaiki});</li>
 *   <li>{@code ditolak/berkas.csv}, only when some file could not be read at all, columns
 *       {@code file,jenis,alasan}.</li>
 * </ul>
 * Same CSV dialect as {@code temuan.csv} (UTF-8 BOM, CRLF), formula-like text neutralised (raw
 * rows come from outside and are opened in Excel). Rows may arrive in any file order: one file is
 * open per input file. Each file is written atomically; CSV files of an earlier run in the same
 * folder that this run did not write are deleted, so the folder describes this run only.
 * Stateless.
 */
public final class DitolakWriter {

    public static final String FOLDER = "ditolak";
    public static final String BERKAS = "berkas.csv";
    private static final String[] HEADER = {"file", "baris", "alasan", "isi_baris", "isi_per_kolom",
        "cara_memperbaiki"};
    private static final String[] BERKAS_HEADER = {"file", "jenis", "alasan"};

    /** Header of the per-file CSVs. */
    public static String[] header() {
        return HEADER.clone();
    }

    /** Header of {@code berkas.csv}. */
    public static String[] berkasHeader() {
        return BERKAS_HEADER.clone();
    }

    /**
     * @param ditolak rejected rows, any order, read once
     * @param berkas  file-level errors, may be empty
     * @param folder  the {@code ditolak/} folder, created when missing
     */
    public DitolakResult write(Iterator<Ditolak> ditolak, List<BerkasDitolak> berkas, Path folder)
            throws IOException {
        Objects.requireNonNull(ditolak, "ditolak");
        Objects.requireNonNull(folder, "folder");
        OwnerOnly.createDirectories(folder);
        FileNames names = new FileNames();
        Map<String, Open> open = new LinkedHashMap<>();
        long rows = 0;
        try {
            while (ditolak.hasNext()) {
                Ditolak d = ditolak.next();
                Open file = open.get(d.file());
                if (file == null) {
                    file = Open.of(folder.resolve(names.forInput(d.file())));
                    open.put(d.file(), file);
                }
                file.printer.printRecord(SafeText.forCsv(d.file()), d.baris(), SafeText.forCsv(d.alasan()),
                        SafeText.forCsv(d.isi()), SafeText.forCsv(d.isiPerKolom()),
                        SafeText.forCsv(CaraMemperbaiki.of(d.alasan())));
                rows++;
            }
            for (Open file : open.values()) {
                file.printer.close();
                file.file.commit();
            }
        } finally {
            for (Open file : open.values()) {
                file.file.close();
            }
        }

        Set<String> written = new HashSet<>();
        Map<String, Path> perBerkas = new LinkedHashMap<>();
        open.forEach((input, file) -> {
            perBerkas.put(input, file.file.target());
            written.add(file.file.target().getFileName().toString());
        });
        List<BerkasDitolak> files = berkas == null ? List.of() : berkas;
        if (!files.isEmpty()) {
            AtomicFile.write(folder.resolve(BERKAS), out -> {
                try (CSVPrinter printer = CsvOutput.open(out, BERKAS_HEADER)) {
                    for (BerkasDitolak b : files) {
                        // the reason goes through the log's masking too: it is a summary, not a data file
                        printer.printRecord(SafeText.forCsv(b.file()), SafeText.forCsv(b.jenis()),
                                SafeText.forCsv(PersonalData.mask(b.alasan())));
                    }
                }
            });
            written.add(BERKAS);
        }
        deleteStale(folder, written);
        return new DitolakResult(folder, perBerkas, rows, files.size());
    }

    /** The CSV name for an input file's rejects: {@code <name>.csv}, Windows safe, never {@code berkas.csv}. */
    public static String fileNameFor(String inputFile) {
        String name = SafeFileName.of(inputFile, ".csv", "tanpa-nama");
        return name.equalsIgnoreCase(BERKAS) ? "_" + name : name;
    }

    private static void deleteStale(Path folder, Set<String> written) throws IOException {
        List<Path> stale = new ArrayList<>();
        try (Stream<Path> files = Files.list(folder)) {
            files.filter(Files::isRegularFile)
                    .filter(p -> p.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".csv"))
                    .filter(p -> !written.contains(p.getFileName().toString()))
                    .forEach(stale::add);
        }
        for (Path p : stale) {
            Files.deleteIfExists(p);
        }
    }

    /** Distinct names even when two inputs clean to the same name (or differ only by case). */
    private static final class FileNames {
        private final Set<String> used = new HashSet<>();

        String forInput(String inputFile) {
            String name = fileNameFor(inputFile);
            String candidate = name;
            for (int n = 2; !used.add(candidate.toLowerCase(Locale.ROOT)); n++) {
                candidate = name.substring(0, name.length() - ".csv".length()) + " (" + n + ").csv";
            }
            return candidate;
        }
    }

    private record Open(AtomicFile file, CSVPrinter printer) {
        static Open of(Path target) throws IOException {
            AtomicFile file = AtomicFile.begin(target);
            try {
                return new Open(file, CsvOutput.open(file.output(), HEADER));
            } catch (IOException | RuntimeException e) {
                file.close();
                throw e;
            }
        }
    }
}
