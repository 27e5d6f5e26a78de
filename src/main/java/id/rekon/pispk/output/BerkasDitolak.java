package id.rekon.pispk.output;

import java.util.Objects;

/**
 * An input file that could not be read at all (unknown header, not a spreadsheet, unreadable).
 *
 * @param file   the input file's name
 * @param jenis  the kind recognised ({@code SourceKind.code()}), or empty when unknown
 * @param alasan Indonesian reason
 */
public record BerkasDitolak(String file, String jenis, String alasan) {

    public BerkasDitolak {
        Objects.requireNonNull(file, "file");
        jenis = jenis == null ? "" : jenis;
        alasan = alasan == null ? "" : alasan;
    }
}
