package id.rekon.pispk.output;

import java.util.Objects;

/**
 * A team's {@code Tindak Lanjut} and {@code Catatan} for one finding, returned in a workbook and
 * refused by the checks (docs/riwayat.md). The next workbook shows them back in the row, with the
 * reason, so the team sees its work was not taken and why, instead of a silent {@code Belum}.
 *
 * @param idTemuan     the finding
 * @param tindakLanjut what the team typed or picked, as returned (may be outside the list)
 * @param catatan      the team's note as returned
 * @param alasan       why it was not taken, in Indonesian
 */
public record IsianDitolak(String idTemuan, String tindakLanjut, String catatan, String alasan) {

    public IsianDitolak {
        Objects.requireNonNull(idTemuan, "idTemuan");
        tindakLanjut = tindakLanjut == null ? "" : tindakLanjut.trim();
        catatan = catatan == null ? "" : catatan;
        alasan = alasan == null ? "" : alasan;
    }
}
