package id.rekon.pispk.umpanbalik;

import id.rekon.pispk.model.CellValue;

import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;

/**
 * One data row of a rule family sheet of a returned workbook.
 *
 * @param lembar       the sheet name
 * @param baris        the spreadsheet row number (1-based, as the team sees it)
 * @param idTemuan     the {@code ID Temuan} cell, trimmed; empty when blank
 * @param tindakLanjut the {@code Tindak Lanjut} cell as typed or picked, trimmed
 * @param catatan      the {@code Catatan} cell, trimmed
 * @param identitas    the cells of the {@link IdentityColumn}s, each present
 */
public record ReturnedRow(String lembar, long baris, String idTemuan, String tindakLanjut, String catatan,
                          Map<IdentityColumn, CellValue> identitas) {

    public ReturnedRow {
        Objects.requireNonNull(lembar, "lembar");
        idTemuan = idTemuan == null ? "" : idTemuan.trim();
        tindakLanjut = tindakLanjut == null ? "" : tindakLanjut.trim();
        catatan = catatan == null ? "" : catatan.trim();
        EnumMap<IdentityColumn, CellValue> copy = new EnumMap<>(IdentityColumn.class);
        for (IdentityColumn c : IdentityColumn.values()) {
            CellValue v = identitas == null ? null : identitas.get(c);
            copy.put(c, v == null ? CellValue.EMPTY : v);
        }
        identitas = Map.copyOf(copy);
    }

    /** Where the row is, for reports: {@code JKN baris 7}. */
    public String tempat() {
        return lembar + " baris " + baris;
    }
}
