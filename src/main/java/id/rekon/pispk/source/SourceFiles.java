package id.rekon.pispk.source;

import id.rekon.pispk.source.csv.CsvFile;
import id.rekon.pispk.source.json.JsonFile;
import id.rekon.pispk.source.xls.XlsFile;
import id.rekon.pispk.source.xlsx.XlsxFile;
import org.apache.poi.EncryptedDocumentException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Opens inbox files: sniffs the format from content ({@link FormatSniffer}), picks the sheet
 * ({@link SheetChooser}), finds the header and the kind ({@link HeaderRecogniser}). Stateless and
 * thread-safe; each {@link OpenedSource} it returns is for one thread.
 */
public final class SourceFiles {

    private static final Logger LOG = LoggerFactory.getLogger(SourceFiles.class);

    private SourceFiles() {
    }

    /**
     * Opens {@code file}. Never throws for bad content: a file that cannot be read, is empty, is not
     * recognised, lacks a required column or goes beyond a {@link ReadLimits read limit} comes back
     * with {@link OpenedSource#error()} set (in Indonesian, naming the file). The caller must close
     * the result.
     */
    public static OpenedSource open(Path file) {
        String name = file.getFileName().toString();
        long deadline = System.nanoTime() + ReadLimits.timePerFile().toNanos();
        FileFormat format;
        try {
            format = FormatSniffer.sniff(file);
        } catch (IOException e) {
            LOG.warn("File {} cannot be opened: {}", name, e.getClass().getName());
            return OpenedSource.failed(name, SourceMessages.cannotOpen(name), null);
        }
        TabularFile tabular = null;
        try {
            tabular = openAs(format, file);
            Optional<SheetChooser.Scan> chosen = new SheetChooser().choose(tabular);
            if (chosen.isEmpty()) {
                tabular.close();
                return OpenedSource.failed(name, SourceMessages.empty(name), null);
            }
            SheetChooser.Scan scan = chosen.get();
            Recognition recognition = scan.recognition();
            if (!recognition.complete()) {
                scan.reader().close();
                tabular.close();
                String error = recognition.kind() == null
                        ? SourceMessages.unrecognised(name, recognition.headerRow())
                        : SourceMessages.missingColumns(name, recognition.kind(), recognition.missingRequired());
                return OpenedSource.failed(name, error, recognition);
            }
            return OpenedSource.reading(name, recognition, tabular, scan.reader(), scan.rowsAfterHeader(), deadline);
        } catch (EncryptedDocumentException e) {
            // An encrypted .xlsx is an OLE2 container too, so it reaches the XLS reader, which says so.
            closeQuietly(tabular);
            return OpenedSource.failed(name, SourceMessages.encrypted(name), null);
        } catch (SourceLimitException e) {
            LOG.warn("Berkas {} melampaui batas baca: {}", name, e.getMessage());
            closeQuietly(tabular);
            return OpenedSource.failed(name, SourceMessages.beyondLimit(name, e.getMessage()), null);
        } catch (OutOfMemoryError | StackOverflowError e) {
            // Last resort behind the read limits: what this file allocated is garbage once it is refused.
            closeQuietly(tabular);
            LOG.warn("Berkas {} terlalu besar atau terlalu rumit untuk dibaca: {}", name, e.getClass().getName());
            return OpenedSource.failed(name, SourceMessages.tooLarge(name, 0), null);
        } catch (IOException | RuntimeException e) {
            // Only the exception type: parser messages can quote cell content (a NIK, a name).
            LOG.warn("File {} cannot be read as {}: {}", name, format, e.getClass().getName());
            closeQuietly(tabular);
            return OpenedSource.failed(name, SourceMessages.unreadable(name, format), null);
        }
    }

    private static TabularFile openAs(FileFormat format, Path file) throws IOException {
        return switch (format) {
            case XLSX -> XlsxFile.open(file);
            case XLS -> XlsFile.open(file);
            case JSON -> JsonFile.open(file);
            case CSV -> CsvFile.open(file);
        };
    }

    private static void closeQuietly(TabularFile tabular) {
        if (tabular != null) {
            try {
                tabular.close();
            } catch (IOException | RuntimeException e) {
                // Already failing with a clearer message.
            }
        }
    }
}
