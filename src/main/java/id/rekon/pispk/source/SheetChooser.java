package id.rekon.pispk.source;

import id.rekon.pispk.model.SourceKind;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * Picks the sheet of a workbook that holds the data: the spec says "the first sheet unless a sheet
 * name matches the kind". Every visible sheet's first rows are recognised, then the first of these
 * wins: a recognised sheet whose name suggests its kind ({@code Data Balita} for e-PPGBM), a
 * recognised sheet, a sheet whose kind is known but lacks a required column, the first sheet that
 * is not empty. Empty sheets are passed over. Only one sheet of a workbook is read.
 *
 * <p>The look-ahead is bounded ({@link ReadLimits}): only the first {@value ReadLimits#MAX_SHEETS_EXAMINED}
 * visible sheets are looked at (each one looked at holds a reader open), and within a sheet only its
 * first {@value ReadLimits#MAX_ROWS_EXAMINED} physical rows, so a workbook of hundreds of sheets or a
 * sheet of a million blank rows costs no more than a real export.
 */
final class SheetChooser {

    private static final Logger LOG = LoggerFactory.getLogger(SheetChooser.class);

    /** A sheet looked at: its reader (positioned after {@code head}), its first non-blank rows and what they were recognised as. */
    record Scan(String name, RowReader reader, List<RawRow> head, Recognition recognition) {

        /** Rows of {@code head} after the header row: the first data rows. */
        List<RawRow> rowsAfterHeader() {
            int at = head.indexOf(recognition.headerRow());
            return at < 0 ? List.of() : head.subList(at + 1, head.size());
        }
    }

    private final HeaderRecogniser recogniser = new HeaderRecogniser();

    /**
     * The chosen sheet, or empty when every sheet is empty. The readers of the other sheets are
     * closed; the chosen one's reader is the caller's to close.
     */
    Optional<Scan> choose(TabularFile file) throws IOException {
        List<Scan> scans = new ArrayList<>();
        try {
            List<String> names = file.sheetNames();
            if (names.size() > ReadLimits.MAX_SHEETS_EXAMINED) {
                LOG.warn("Buku kerja berisi {} lembar; hanya {} lembar pertama yang diperiksa", names.size(),
                        ReadLimits.MAX_SHEETS_EXAMINED);
            }
            for (int i = 0; i < Math.min(names.size(), ReadLimits.MAX_SHEETS_EXAMINED); i++) {
                Scan scan = scan(names.get(i), file.rows(i));
                if (scan.head().isEmpty()) {
                    scan.reader().close();
                } else {
                    scans.add(scan);
                }
            }
        } catch (IOException | RuntimeException e) {
            closeAll(scans, null);
            throw e;
        }
        Optional<Scan> chosen = first(scans, s -> s.recognition().complete() && nameSuggests(s))
                .or(() -> first(scans, s -> s.recognition().complete()))
                .or(() -> first(scans, s -> s.recognition().kind() != null))
                .or(() -> first(scans, s -> true));
        closeAll(scans, chosen.orElse(null));
        return chosen;
    }

    private Scan scan(String name, RowReader reader) throws IOException {
        List<RawRow> head = new ArrayList<>();
        try {
            RawRow row;
            int examined = 0;
            while (head.size() < HeaderRecogniser.SCAN_ROWS && examined++ < ReadLimits.MAX_ROWS_EXAMINED
                    && (row = reader.next()) != null) {
                if (!row.isBlank()) {
                    head.add(row);
                }
            }
        } catch (IOException | RuntimeException e) {
            reader.close();
            throw e;
        }
        return new Scan(name, reader, head, recogniser.recognise(head));
    }

    private static Optional<Scan> first(List<Scan> scans, Predicate<Scan> test) {
        return scans.stream().filter(test).findFirst();
    }

    private static void closeAll(List<Scan> scans, Scan keep) {
        for (Scan scan : scans) {
            if (scan != keep) {
                try {
                    scan.reader().close();
                } catch (IOException e) {
                    // A sheet we will not read: nothing to recover.
                }
            }
        }
    }

    /** Whether a sheet's name suggests the kind it was recognised as. */
    static boolean nameSuggests(Scan scan) {
        return nameSuggests(scan.name(), scan.recognition().kind());
    }

    static boolean nameSuggests(String sheetName, SourceKind kind) {
        return SourceKinds.of(kind).sheetHint().suggestedBy(HeaderKey.of(sheetName));
    }
}
