package id.rekon.pispk.normalise;

import id.rekon.pispk.model.StatusKawin;

/**
 * Reads a PIS-PK member's marital status, case-insensitively, punctuation ignored:
 * <ul>
 *   <li>{@code Belum Kawin}, {@code Belum Menikah}, {@code Lajang}, {@code Tidak Kawin},
 *       Dukcapil code {@code 1}: {@link StatusKawin#BELUM_KAWIN};</li>
 *   <li>{@code Kawin}, {@code Menikah}, {@code Nikah}, {@code Kawin Tercatat},
 *       {@code Kawin Belum Tercatat}, code {@code 2}: {@link StatusKawin#KAWIN};</li>
 *   <li>{@code Cerai Hidup}, {@code Cerai}, code {@code 3}: {@link StatusKawin#CERAI_HIDUP};</li>
 *   <li>{@code Cerai Mati}, code {@code 4}: {@link StatusKawin#CERAI_MATI}.</li>
 * </ul>
 * {@code Janda}/{@code Duda} (either kind of divorce), blank and anything else give {@code null}.
 * Immutable and thread-safe.
 */
public final class StatusKawinParser {

    public StatusKawin parse(String text) {
        String k = TextKey.words(text);
        if (k.isEmpty()) {
            return null;
        }
        switch (k) {
            case "1", "BELUM KAWIN", "BELUM MENIKAH", "BELUM NIKAH", "LAJANG", "TIDAK KAWIN", "BK":
                return StatusKawin.BELUM_KAWIN;
            case "3", "CERAI HIDUP", "CERAI", "CH":
                return StatusKawin.CERAI_HIDUP;
            case "4", "CERAI MATI", "CM":
                return StatusKawin.CERAI_MATI;
            case "2", "K":
                return StatusKawin.KAWIN;
            default:
                break;
        }
        if (k.startsWith("KAWIN") || k.startsWith("MENIKAH") || k.startsWith("NIKAH") || k.startsWith("SUDAH")) {
            return StatusKawin.KAWIN;
        }
        return null;
    }
}
