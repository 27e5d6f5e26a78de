package id.rekon.pispk.store;

import java.util.Objects;

/**
 * A team's word on one finding, read from a returned workbook.
 *
 * @param idTemuan      the finding
 * @param kodePuskesmas the puskesmas that returned it (the finding's owner)
 * @param tindakLanjut  one of the {@code Tindak Lanjut} dropdown labels, never blank
 * @param catatan       the note, trimmed; empty when none
 * @param fileName      the returned workbook's file name, for tracing
 */
public record UmpanBalik(String idTemuan, String kodePuskesmas, String tindakLanjut, String catatan,
                         String fileName) {

    public UmpanBalik {
        Objects.requireNonNull(idTemuan, "idTemuan");
        Objects.requireNonNull(kodePuskesmas, "kodePuskesmas");
        Objects.requireNonNull(tindakLanjut, "tindakLanjut");
        Objects.requireNonNull(fileName, "fileName");
        catatan = catatan == null ? "" : catatan;
    }
}
