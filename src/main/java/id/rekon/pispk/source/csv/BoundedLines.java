package id.rekon.pispk.source.csv;

import id.rekon.pispk.source.ReadLimits;
import id.rekon.pispk.source.SourceLimitException;

import java.io.FilterReader;
import java.io.IOException;
import java.io.Reader;

/**
 * A reader that refuses a physical line longer than {@link ReadLimits#MAX_LINE_CHARS}: a CSV parser
 * builds a whole record before handing it over, so a file of one 50-megabyte line would otherwise be
 * held (and echoed as "its header") whole.
 *
 * <p>Given the CSV delimiter, it also follows the quoting as the CSV parser does (a quote opens a
 * field only at its start; {@code ""} inside is a quote) and refuses a <em>record</em> longer than the
 * same limit: a quoted field may span lines, but a quote that is never closed would otherwise make
 * the parser buffer the rest of the file as one field.
 */
public final class BoundedLines extends FilterReader {

    private enum State { FIELD_START, UNQUOTED, QUOTED, QUOTE_IN_QUOTED }

    /** The CSV delimiter, or -1: lines only (JSON lines). */
    private final int delimiter;
    private long lineChars;
    private long line = 1;
    private long recordChars;
    private long recordLine = 1;
    private State state = State.FIELD_START;

    public BoundedLines(Reader in) {
        this(in, -1);
    }

    /** Also bounds CSV records, quoted fields spanning lines included. */
    public BoundedLines(Reader in, char delimiter) {
        this(in, (int) delimiter);
    }

    private BoundedLines(Reader in, int delimiter) {
        super(in);
        this.delimiter = delimiter;
    }

    @Override
    public int read() throws IOException {
        int c = super.read();
        if (c >= 0) {
            count((char) c);
        }
        return c;
    }

    @Override
    public int read(char[] buffer, int offset, int length) throws IOException {
        int n = super.read(buffer, offset, length);
        for (int i = 0; i < n; i++) {
            count(buffer[offset + i]);
        }
        return n;
    }

    private void count(char c) throws SourceLimitException {
        if (c == '\n') {
            lineChars = 0;
            line++;
        } else if (++lineChars > ReadLimits.MAX_LINE_CHARS) {
            throw new SourceLimitException("baris " + line + " lebih dari " + ReadLimits.MAX_LINE_CHARS
                    + " karakter");
        }
        if (delimiter >= 0 && quoting(c) && ++recordChars > ReadLimits.MAX_LINE_CHARS) {
            throw new SourceLimitException("isian bertanda kutip mulai baris " + recordLine + " lebih dari "
                    + ReadLimits.MAX_LINE_CHARS + " karakter (tanda kutip tidak ditutup?)");
        }
    }

    /** Follows the CSV quoting; false at the end of a record (a line break outside quotes). */
    private boolean quoting(char c) {
        boolean end = false;
        switch (state) {
            case FIELD_START, UNQUOTED -> {
                if (c == '\n') {
                    end = true;
                } else if (c == delimiter) {
                    state = State.FIELD_START;
                } else if (c == '"' && state == State.FIELD_START) {
                    state = State.QUOTED;
                } else {
                    state = State.UNQUOTED;
                }
            }
            case QUOTED -> {
                if (c == '"') {
                    state = State.QUOTE_IN_QUOTED;
                }
            }
            case QUOTE_IN_QUOTED -> {
                if (c == '"') {
                    state = State.QUOTED;
                } else if (c == '\n') {
                    end = true;
                } else {
                    state = c == delimiter ? State.FIELD_START : State.UNQUOTED;
                }
            }
        }
        if (end) {
            state = State.FIELD_START;
            recordChars = 0;
            recordLine = line;
            return false;
        }
        return true;
    }
}
