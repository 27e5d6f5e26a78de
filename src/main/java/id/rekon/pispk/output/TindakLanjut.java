package id.rekon.pispk.output;

import java.util.List;

/**
 * The choices of the {@code Tindak Lanjut} dropdown in the puskesmas workbook. The labels are what
 * teams pick and what the returned-workbook reader gets back; keep them stable.
 */
public enum TindakLanjut {
    BELUM("Belum"),
    SUDAH_DIKUNJUNGI("Sudah dikunjungi"),
    PISPK_DIPERBARUI("Data PIS-PK diperbarui"),
    PROGRAM_DIPERBARUI("Data program diperbarui"),
    BUKAN_MASALAH("Bukan masalah");

    private final String label;

    TindakLanjut(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** All labels, in dropdown order. */
    public static List<String> labels() {
        return java.util.Arrays.stream(values()).map(TindakLanjut::label).toList();
    }
}
