package id.rekon.pispk.store;

import id.rekon.pispk.model.Temuan;

import java.time.LocalDate;

/**
 * A finding as the history knows it.
 *
 * @param status          {@code Baru} on the first night of its episode, {@code Masih terbuka} after;
 *                        {@code Selesai} in the list of findings resolved tonight
 * @param pertamaTerlihat the run date its current episode began (see {@link RiwayatStore})
 * @param tindakLanjut    the team's latest {@code Tindak Lanjut} from a returned workbook, or {@code null}
 * @param catatan         the team's latest {@code Catatan} from a returned workbook, or {@code null}
 */
public record TemuanTercatat(Temuan temuan, String status, LocalDate pertamaTerlihat, String tindakLanjut,
                             String catatan) {

    /** A finding without feedback. */
    public TemuanTercatat(Temuan temuan, String status, LocalDate pertamaTerlihat) {
        this(temuan, status, pertamaTerlihat, null, null);
    }
}
