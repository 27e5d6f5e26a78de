package id.rekon.pispk.output;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * Deletes the dated folders ({@code <root>/<yyyy-MM-dd>/}) of an archive or a quarantine once they are
 * older than the retention the job asks for ({@code simpan_arsip_hari}): kept inputs are a kabupaten's
 * personal data, and UU 27/2022 asks that it be kept no longer than needed. Only folders named as a date
 * are touched; each deletion is logged. Symbolic links are deleted, never followed.
 */
public final class Retention {

    private static final Logger log = LoggerFactory.getLogger(Retention.class);

    private Retention() {
    }

    /**
     * Deletes the dated folders of {@code root} before {@code runDate} minus {@code days}.
     *
     * @param days 0 keeps everything
     * @return the dates deleted
     */
    public static List<LocalDate> apply(Path root, LocalDate runDate, int days) throws IOException {
        List<LocalDate> deleted = new ArrayList<>();
        if (days <= 0 || !Files.isDirectory(root, LinkOption.NOFOLLOW_LINKS)) {
            return deleted;
        }
        LocalDate oldestKept = runDate.minusDays(days);
        List<Path> dated;
        try (Stream<Path> s = Files.list(root)) {
            dated = s.filter(p -> Files.isDirectory(p, LinkOption.NOFOLLOW_LINKS)).sorted().toList();
        }
        for (Path folder : dated) {
            LocalDate date;
            try {
                date = LocalDate.parse(folder.getFileName().toString());
            } catch (DateTimeParseException e) {
                continue; // not one of ours
            }
            if (!date.isBefore(oldestKept)) {
                continue;
            }
            deleteTree(folder);
            deleted.add(date);
            log.info("{} tanggal {} dihapus: lebih tua dari {} hari (simpan_arsip_hari)", root.toAbsolutePath().normalize(),
                    date, days);
        }
        return deleted;
    }

    private static void deleteTree(Path folder) throws IOException {
        try (Stream<Path> s = Files.walk(folder)) {
            for (Path p : s.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }
}
