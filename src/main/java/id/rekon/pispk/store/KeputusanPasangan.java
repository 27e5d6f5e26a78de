package id.rekon.pispk.store;

import java.util.Objects;

/**
 * A team's decision on a MATCH-01 pair, read from a returned workbook ({@code docs/pencocokan.md}).
 *
 * @param idTemuan      the MATCH-01 finding the team answered
 * @param kodePuskesmas the puskesmas whose workbook it was (the finding's owner): who decided
 * @param kunciPasangan the pair: the finding's subject, both record keys in sorted order. Holds names
 *                      and NIK digits, so it is stored, never logged
 * @param keputusan     what was decided
 * @param fileName      the returned workbook's file name, for tracing
 */
public record KeputusanPasangan(String idTemuan, String kodePuskesmas, String kunciPasangan, Keputusan keputusan,
                                String fileName) {

    /** The choices a MATCH-01 row can hold; the names are what the table stores. */
    public enum Keputusan {
        /** The two records are one person: the pair stays proposed until the NIK is fixed at the source. */
        SAMA,
        /** Two different people: the pair is never proposed again. */
        BUKAN,
        /** The team took back an earlier decision ({@code Belum}): the pair is proposed as any other. */
        BELUM
    }

    public KeputusanPasangan {
        Objects.requireNonNull(idTemuan, "idTemuan");
        Objects.requireNonNull(kodePuskesmas, "kodePuskesmas");
        Objects.requireNonNull(kunciPasangan, "kunciPasangan");
        Objects.requireNonNull(keputusan, "keputusan");
        Objects.requireNonNull(fileName, "fileName");
    }
}
