package id.rekon.pispk.normalise;

import id.rekon.pispk.model.StatusNikah;

/**
 * Reads a SIMKAH registration status, case-insensitively, punctuation ignored:
 * {@code Terdaftar}, {@code Daftar}, {@code Pendaftaran}, {@code Belum Nikah}, {@code Rencana},
 * {@code Proses}, {@code Diperiksa}, {@code Catin} are {@link StatusNikah#TERDAFTAR};
 * {@code Nikah}, {@code Menikah}, {@code Sudah Nikah}, {@code Telah Nikah}, {@code Selesai},
 * {@code Tercatat} are {@link StatusNikah#NIKAH}. Blank and anything else give {@code null}.
 * Immutable and thread-safe.
 */
public final class StatusNikahParser {

    public StatusNikah parse(String text) {
        String k = TextKey.words(text);
        if (k.isEmpty()) {
            return null;
        }
        if (k.startsWith("TERDAFTAR") || k.startsWith("DAFTAR") || k.startsWith("PENDAFTARAN")
                || k.startsWith("BELUM") || k.startsWith("RENCANA") || k.startsWith("PROSES")
                || k.startsWith("DIPERIKSA") || k.startsWith("PEMERIKSAAN") || k.startsWith("CATIN")) {
            return StatusNikah.TERDAFTAR;
        }
        if (k.equals("NIKAH") || k.equals("MENIKAH") || k.startsWith("SUDAH") || k.startsWith("TELAH")
                || k.startsWith("SELESAI") || k.equals("TERCATAT") || k.startsWith("NIKAH ")) {
            return StatusNikah.NIKAH;
        }
        return null;
    }
}
