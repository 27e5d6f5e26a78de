package id.rekon.pispk.output;

import java.util.Objects;

/**
 * One input row that could not be read.
 *
 * @param file   the input file's name (no folder), e.g. {@code eppgbm-agustus.xlsx}
 * @param baris  the row number in the file, 1-based as a spreadsheet shows it (header included)
 * @param alasan Indonesian reason
 * @param isi    the raw row as read (cells joined by the reader), may be empty
 */
public record Ditolak(String file, long baris, String alasan, String isi) {

    public Ditolak {
        Objects.requireNonNull(file, "file");
        alasan = alasan == null ? "" : alasan;
        isi = isi == null ? "" : isi;
    }
}
