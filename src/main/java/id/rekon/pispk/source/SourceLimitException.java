package id.rekon.pispk.source;

import java.io.IOException;

/**
 * A file goes beyond one of the {@link ReadLimits}: a cell past column XFD, a line of megabytes,
 * the reading time budget. The message is Indonesian, says which limit, and quotes no cell content;
 * the file is refused with it.
 */
public class SourceLimitException extends IOException {

    public SourceLimitException(String message) {
        super(message);
    }
}
