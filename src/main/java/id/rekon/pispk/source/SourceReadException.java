package id.rekon.pispk.source;

/**
 * Thrown by {@link OpenedSource#next()} when a file that opened fine turns out corrupt further down
 * (a truncated workbook, an unclosed quote in a CSV). The message is Indonesian, names the file and
 * the last row read, and says what to do; it holds no cell content.
 */
public class SourceReadException extends RuntimeException {

    private final String fileName;

    public SourceReadException(String fileName, String message, Throwable cause) {
        super(message, cause);
        this.fileName = fileName;
    }

    /** The file name, without folder. */
    public String fileName() {
        return fileName;
    }
}
