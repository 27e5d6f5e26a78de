package id.rekon.pispk.job.ingest;

import id.rekon.pispk.model.SourceKind;
import id.rekon.pispk.source.MappedRow;
import id.rekon.pispk.source.OpenedSource;
import id.rekon.pispk.source.SourceFiles;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.infrastructure.item.ItemStreamReader;

import java.nio.file.Path;
import java.util.List;

/**
 * Reads exports of the inbox in the given order, one data row at a time, and a {@link IngestItem.FileDone}
 * after each file. A file that cannot be recognised or read is reported (its FileDone carries the
 * error) and the reader goes on with the next one.
 *
 * <p>The read step gives each partition one file. A restarted partition reads its file again from
 * the start: its writer first removes what the failed attempt stored (see {@link StagingItemWriter}),
 * which is simpler and safer than resuming mid-file in a store that does not share the step's
 * transaction. A file is a few seconds of reading.
 */
public class InboxItemReader implements ItemStreamReader<IngestItem> {

    private static final Logger log = LoggerFactory.getLogger(InboxItemReader.class);

    private final Path inbox;
    private final List<String> files;
    private int fileIndex;
    private long rowsOfFile;
    private OpenedSource current;

    /** @param files the names of the files to read, in order (the region master excluded) */
    public InboxItemReader(Path inbox, List<String> files) {
        this.inbox = inbox;
        this.files = files;
    }

    @Override
    public IngestItem read() {
        while (fileIndex < files.size()) {
            String name = files.get(fileIndex);
            if (current == null) {
                current = SourceFiles.open(inbox.resolve(name));
                if (current.error().isPresent()) {
                    return finish(name, current.kind(), current.error().get());
                }
                // JSON has no header row (its field names are the columns): "baris 0" would puzzle an operator
                log.info("Membaca {} sebagai {} ({})", name, current.kind().code(), current.headerRowNumber() > 0
                        ? "judul kolom di baris " + current.headerRowNumber() : "nama kolom dari objek JSON");
                if (current.kind() == SourceKind.REGION_MASTER) {
                    return finish(name, current.kind(), null);
                }
            }
            MappedRow row;
            try {
                row = current.next();
            } catch (RuntimeException e) {
                log.warn("Berkas {} rusak setelah {} baris: {}", name, rowsOfFile, e.getMessage());
                return finish(name, current.kind(), "Berkas rusak atau terpotong setelah " + rowsOfFile
                        + " baris data; baris sebelumnya sudah dibaca. Ekspor ulang berkas ini. (" + e.getMessage() + ")");
            }
            if (row == null) {
                return finish(name, current.kind(), null);
            }
            rowsOfFile++;
            return new IngestItem.DataRow(current.kind(), row);
        }
        return null;
    }

    private IngestItem.FileDone finish(String name, SourceKind kind, String error) {
        long skipped = current == null ? 0 : current.skippedTotalsRows();
        if (error != null) {
            log.warn("Berkas {} tidak dapat dipakai: {}", name, error);
        } else {
            log.info("Selesai {}: {} baris data, {} baris total dilewati", name, rowsOfFile, skipped);
        }
        closeCurrent();
        fileIndex++;
        rowsOfFile = 0;
        return new IngestItem.FileDone(name, kind == null ? null : kind.code(), error, skipped);
    }

    private void closeCurrent() {
        if (current != null) {
            try {
                current.close();
            } catch (Exception e) {
                log.debug("closing {}", e.getMessage());
            }
            current = null;
        }
    }

    @Override
    public void close() {
        closeCurrent();
    }
}
