package id.rekon.pispk.source;

import id.rekon.pispk.model.CellValue;

import id.rekon.pispk.model.SourceKind;

import java.io.IOException;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * One inbox file opened by {@link SourceFiles#open}: its kind and header, and a pull cursor over its
 * data rows as {@link MappedRow}s. Either readable ({@link #error()} empty) or carrying a
 * file-level error, in which case {@link #next()} returns {@code null} straight away.
 *
 * <p>Rows come back as the file holds them (no cleaning). Blank rows are skipped silently; totals
 * rows ({@link TotalsRows}) are skipped and counted. For JSON the header is the key set of the
 * first object and {@link #headerRowNumber()} is 0.
 *
 * <p>Not thread-safe: one consumer. Close it (it holds the file open).
 */
public final class OpenedSource implements AutoCloseable {

    private final String fileName;
    private final String error;
    private final SourceKind kind;
    private final RawRow headerRow;
    private final Map<SourceColumn, Integer> columns;
    private final TabularFile file;
    private final RowReader reader;
    private final Deque<RawRow> pending;
    private final TotalsRows totals;
    private long skippedTotals;
    private final long deadline;
    private long lastRowNumber;
    private boolean finished;

    private OpenedSource(String fileName, String error, Recognition recognition, TabularFile file,
                         RowReader reader, List<RawRow> pending, long deadline) {
        this.fileName = fileName;
        this.deadline = deadline;
        this.error = error;
        this.kind = recognition == null ? null : recognition.kind();
        this.headerRow = recognition == null ? null : recognition.headerRow();
        this.columns = recognition == null ? Map.of() : recognition.columns();
        this.file = file;
        this.reader = reader;
        this.pending = new ArrayDeque<>(pending);
        this.totals = new TotalsRows(columns);
        this.lastRowNumber = headerRow == null ? 0 : headerRow.rowNumber();
        this.finished = error != null;
    }

    /** A file that cannot be read; {@code recognition} may be {@code null} when nothing was recognised. */
    static OpenedSource failed(String fileName, String error, Recognition recognition) {
        return new OpenedSource(fileName, error, recognition, null, null, List.of(), 0);
    }

    /**
     * A readable file: data rows are {@code pending} (rows already read after the header) followed
     * by the rest of {@code reader}. Takes ownership of {@code file} and {@code reader}. Rows are
     * refused once {@link System#nanoTime()} passes {@code deadline} (the file's time budget).
     */
    static OpenedSource reading(String fileName, Recognition recognition, TabularFile file,
                                RowReader reader, List<RawRow> pending, long deadline) {
        return new OpenedSource(fileName, null, recognition, file, reader, pending, deadline);
    }

    /** The file name without folder. */
    public String fileName() {
        return fileName;
    }

    /** The file-level problem (Indonesian, names the file, says what to do), if any. */
    public Optional<String> error() {
        return Optional.ofNullable(error);
    }

    /** The recognised kind; {@code null} when the kind could not be told (then {@link #error()} is present). */
    public SourceKind kind() {
        return kind;
    }

    /** Row number of the header as the user sees it (0 for JSON, and when there is no header). */
    public long headerRowNumber() {
        return headerRow == null ? 0 : headerRow.rowNumber();
    }

    /** Header texts as in the file, in column order (blank cells included); empty when there is no header. */
    public List<String> headers() {
        return headerRow == null ? List.of() : headerRow.cells().stream().map(CellValue::text).toList();
    }

    /** Column index of every column found in the header (unmodifiable); empty when unrecognised. */
    public Map<SourceColumn, Integer> columns() {
        return columns;
    }

    /**
     * The next data row, or {@code null} at the end (or at once when {@link #error()} is present).
     *
     * @throws SourceReadException when the file is corrupt further down, goes beyond a
     *                             {@link ReadLimits read limit} or its time budget; the rows returned
     *                             before stay valid
     */
    public MappedRow next() {
        while (!finished) {
            RawRow row = pull();
            if (row == null) {
                finished = true;
                return null;
            }
            lastRowNumber = row.rowNumber();
            if (row.rusak() != null) {
                return new MappedRow(fileName, row, columns); // one reject, never a blank or totals row
            }
            if (row.isBlank()) {
                continue;
            }
            if (totals.isTotals(row)) {
                skippedTotals++;
                continue;
            }
            return new MappedRow(fileName, row, columns);
        }
        return null;
    }

    private RawRow pull() {
        RawRow row = pending.poll();
        if (row != null) {
            return row;
        }
        if (System.nanoTime() - deadline > 0) {
            finished = true;
            throw new SourceReadException(fileName, SourceMessages.tooSlow(fileName, lastRowNumber), null);
        }
        try {
            return reader.next();
        } catch (SourceLimitException e) {
            finished = true;
            throw new SourceReadException(fileName, SourceMessages.beyondLimit(fileName, e.getMessage()), e);
        } catch (IOException | RuntimeException e) {
            finished = true;
            throw new SourceReadException(fileName, SourceMessages.brokenAfter(fileName, lastRowNumber), e);
        } catch (OutOfMemoryError | StackOverflowError e) {
            // Last resort behind the read limits: whatever this file allocated is garbage once it is
            // refused, so the night can go on with the other files instead of dying here.
            finished = true;
            throw new SourceReadException(fileName, SourceMessages.tooLarge(fileName, lastRowNumber), null);
        }
    }

    /** Totals rows skipped so far. */
    public long skippedTotalsRows() {
        return skippedTotals;
    }

    @Override
    public void close() {
        try (TabularFile f = file; RowReader r = reader) {
            finished = true;
        } catch (IOException e) {
            // Nothing left to read and nothing to save: a failed close of a read-only file is harmless.
        }
    }
}
