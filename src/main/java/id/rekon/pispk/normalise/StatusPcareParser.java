package id.rekon.pispk.normalise;

import java.util.Optional;

/**
 * Reads whether a PCare participant is active.
 *
 * <p>The JSON {@code aktif} flag ({@code true}/{@code false}, also {@code 1}/{@code 0},
 * {@code Y}/{@code T}) wins when readable. Otherwise the status text ({@code Status Peserta},
 * JSON {@code ketAktif}) is read, case-insensitively, punctuation ignored: it is active when it
 * starts with {@code AKTIF}; inactive when it starts with {@code TIDAK AKTIF}, {@code TDK AKTIF},
 * {@code NON AKTIF}, {@code NONAKTIF}, {@code NON-AKTIF}, {@code NA} or {@code PASIF}, or names
 * an ending ({@code MENINGGAL}, {@code KELUAR}, {@code MUTASI}, {@code DIBLOKIR}, {@code DITANGGUHKAN},
 * {@code PENANGGUHAN}, {@code NONAKTIF ...}), so {@code "Tidak Aktif - Menunggak"} is inactive.
 * Anything else is empty. Immutable and thread-safe.
 */
public final class StatusPcareParser {

    private final YaTidakParser flag = new YaTidakParser();

    /**
     * @param aktifFlag  the JSON {@code aktif} value or an "Aktif" column, or {@code null}
     * @param keterangan the status text, or {@code null}
     * @return whether active; empty when neither can be read
     */
    public Optional<Boolean> aktif(String aktifFlag, String keterangan) {
        Boolean fromFlag = flag.parse(aktifFlag);
        if (fromFlag != null) {
            return Optional.of(fromFlag);
        }
        String k = TextKey.words(keterangan);
        if (k.isEmpty()) {
            return Optional.empty();
        }
        String c = k.replace(" ", "");
        if (c.startsWith("TIDAKAKTIF") || c.startsWith("TDKAKTIF") || c.startsWith("NONAKTIF") || k.equals("NA")
                || c.startsWith("PASIF") || c.startsWith("MENINGGAL") || c.startsWith("KELUAR")
                || c.startsWith("MUTASI") || c.startsWith("DIBLOKIR") || c.startsWith("DITANGGUHKAN")
                || c.startsWith("PENANGGUHAN")) {
            return Optional.of(false);
        }
        if (c.startsWith("AKTIF")) {
            return Optional.of(true);
        }
        return Optional.empty();
    }
}
