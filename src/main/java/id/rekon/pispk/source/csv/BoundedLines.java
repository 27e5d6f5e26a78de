package id.rekon.pispk.source.csv;

import id.rekon.pispk.source.ReadLimits;
import id.rekon.pispk.source.SourceLimitException;

import java.io.FilterReader;
import java.io.IOException;
import java.io.Reader;

/**
 * A reader that refuses a physical line longer than {@link ReadLimits#MAX_LINE_CHARS}: a CSV parser
 * builds a whole record before handing it over, so a file of one 50-megabyte line would otherwise be
 * held (and echoed as "its header") whole. A quoted field spanning lines is fine: each line counts
 * on its own.
 */
public final class BoundedLines extends FilterReader {

    private long lineChars;
    private long line = 1;

    public BoundedLines(Reader in) {
        super(in);
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
    }
}
