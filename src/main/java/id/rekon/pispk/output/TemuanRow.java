package id.rekon.pispk.output;

import id.rekon.pispk.model.Temuan;

import java.time.LocalDate;
import java.util.Objects;

/**
 * One finding as the outputs show it: the finding of tonight's run plus what the history knows
 * about it.
 *
 * @param temuan          the finding, never {@code null}
 * @param status          {@link #BARU} or {@link #MASIH_TERBUKA} (for a resolved finding listed in
 *                        the summary, whatever the history calls it); blank becomes {@link #BARU}
 * @param pertamaTerlihat run date on which the finding was first seen; {@code null} when unknown
 * @param tindakLanjut    the team's follow-up carried from their returned workbook, or empty (the
 *                        workbook then writes {@link TindakLanjut#BELUM})
 * @param catatan         the team's note carried from their returned workbook, or empty
 * @param ditolak         what the team last returned for this finding and was refused, with the
 *                        reason; {@code null} when nothing was refused
 */
public record TemuanRow(Temuan temuan, String status, LocalDate pertamaTerlihat, String tindakLanjut,
                        String catatan, IsianDitolak ditolak) {

    /** Status of a finding seen for the first time tonight. */
    public static final String BARU = "Baru";
    /** Status of a finding already reported on an earlier run and still present. */
    public static final String MASIH_TERBUKA = "Masih terbuka";

    public TemuanRow {
        Objects.requireNonNull(temuan, "temuan");
        status = status == null || status.isBlank() ? BARU : status;
        tindakLanjut = tindakLanjut == null ? "" : tindakLanjut;
        catatan = catatan == null ? "" : catatan;
    }

    /** A finding with no refused feedback. */
    public TemuanRow(Temuan temuan, String status, LocalDate pertamaTerlihat, String tindakLanjut, String catatan) {
        this(temuan, status, pertamaTerlihat, tindakLanjut, catatan, null);
    }

    /** A new finding with no history. */
    public static TemuanRow baru(Temuan temuan, LocalDate tanggalProses) {
        return new TemuanRow(temuan, BARU, tanggalProses, "", "");
    }

    /** The same row showing the team's refused feedback (its values and the reason). */
    public TemuanRow withDitolak(IsianDitolak refused) {
        return new TemuanRow(temuan, status, pertamaTerlihat, tindakLanjut, catatan, refused);
    }

    /** The follow-up the workbook shows: the team's refused value when there is one, else what is held. */
    String tindakLanjutShown() {
        String value = ditolak != null && !ditolak.tindakLanjut().isBlank() ? ditolak.tindakLanjut() : tindakLanjut;
        return value.isBlank() ? TindakLanjut.BELUM.label() : value;
    }

    /** The note the workbook shows: the team's refused note when there is one, else what is held. */
    String catatanShown() {
        return ditolak != null && !ditolak.catatan().isBlank() ? ditolak.catatan() : catatan;
    }
}
