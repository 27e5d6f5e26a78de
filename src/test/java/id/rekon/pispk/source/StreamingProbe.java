package id.rekon.pispk.source;

import java.nio.file.Path;

/**
 * Reads a file through {@link SourceFiles} and prints its kind and data row count; run by
 * {@link XlsxStreamingTest} in a JVM with a small heap.
 */
public final class StreamingProbe {

    private StreamingProbe() {
    }

    public static void main(String[] args) {
        try (OpenedSource source = SourceFiles.open(Path.of(args[0]))) {
            long rows = 0;
            while (source.next() != null) {
                rows++;
            }
            System.out.println(source.error().orElse(source.kind() + " " + rows));
        }
    }
}
