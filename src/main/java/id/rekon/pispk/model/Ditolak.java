package id.rekon.pispk.model;

import java.util.List;
import java.util.Objects;

/**
 * One input row that could not be read.
 *
 * @param file   the input file's name (no folder), e.g. {@code eppgbm-agustus.xlsx}
 * @param baris  the row number in the file, 1-based as a spreadsheet shows it (header included)
 * @param alasan Indonesian reason
 * @param isi    the raw row as read (cells joined by the reader with {@code " | "}), may be empty
 * @param kolom  the file's header texts in column order, to name each value; empty when unknown
 */
public record Ditolak(String file, long baris, String alasan, String isi, List<String> kolom) {

    public Ditolak {
        Objects.requireNonNull(file, "file");
        alasan = alasan == null ? "" : alasan;
        isi = isi == null ? "" : isi;
        kolom = kolom == null ? List.of() : List.copyOf(kolom);
    }

    /** A rejected row whose file's header is not known. */
    public Ditolak(String file, long baris, String alasan, String isi) {
        this(file, baris, alasan, isi, List.of());
    }

    /** The same row, its values named by {@code headers}. */
    public Ditolak withKolom(List<String> headers) {
        return new Ditolak(file, baris, alasan, isi, headers);
    }

    /**
     * Each non-blank value with its column: {@code Nama: SITI; Tgl Lahir: 31/02/2020}. The raw row as
     * read when the header is unknown or the cells do not line up with it (a value holding
     * {@code " | "} itself).
     */
    public String isiPerKolom() {
        if (kolom.isEmpty() || isi.isEmpty()) {
            return isi;
        }
        String[] values = isi.split(" \\| ", -1);
        if (values.length > kolom.size()) {
            return isi;
        }
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < values.length; i++) {
            if (values[i].isBlank()) {
                continue;
            }
            if (!sb.isEmpty()) {
                sb.append("; ");
            }
            String header = kolom.get(i).isBlank() ? "kolom " + (i + 1) : kolom.get(i).trim();
            sb.append(header).append(": ").append(values[i].trim());
        }
        return sb.toString();
    }
}
