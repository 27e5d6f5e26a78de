package id.rekon.pispk.region;

import java.util.Optional;

/**
 * Routes a program record to the puskesmas responsible for it, by the clues each source gives.
 * An empty answer is a routing error the job reports (the record is kept, never dropped).
 * Implementations are thread-safe.
 */
public interface PuskesmasRouter {

    /**
     * e-PPGBM: by the puskesmas name first ({@code Pukesmas} column, aliases included); when it
     * does not resolve, by kecamatan and desa.
     *
     * @return the Kemenkes puskesmas code, or empty when unknown or ambiguous
     */
    Optional<String> routeEppgbm(String namaPuskesmas, String kecamatan, String desa);

    /** PCare: by the BPJS facility code ({@code Kode PPK}). */
    Optional<String> routePcare(String kodePpk);

    /**
     * KUA: by the KUA's kecamatan ({@code Kota Soe} or {@code KUA Kota Soe}) together with the
     * bride's desa, since desa names repeat across kecamatan.
     */
    Optional<String> routeKua(String kua, String desa);
}
