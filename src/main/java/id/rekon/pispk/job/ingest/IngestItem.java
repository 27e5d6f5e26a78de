package id.rekon.pispk.job.ingest;

import id.rekon.pispk.model.SourceKind;
import id.rekon.pispk.source.MappedRow;

/** What the inbox reader hands on: a data row, or the end of a file with its outcome. */
public sealed interface IngestItem permits IngestItem.DataRow, IngestItem.FileDone {

    String fileName();

    /** A data row of a recognised file. */
    record DataRow(SourceKind kind, MappedRow row) implements IngestItem {
        @Override
        public String fileName() {
            return row.file();
        }
    }

    /**
     * A file is finished (or refused).
     *
     * @param kind    spec code of the recognised kind, or {@code null}
     * @param error   file-level problem (Indonesian), or {@code null}
     * @param skipped totals rows skipped
     */
    record FileDone(String fileName, String kind, String error, long skipped) implements IngestItem {
    }
}
