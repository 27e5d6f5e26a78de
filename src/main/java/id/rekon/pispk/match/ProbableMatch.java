package id.rekon.pispk.match;

import id.rekon.pispk.model.Sumber;

import java.util.List;
import java.util.Objects;

/**
 * A proposed pair: two records that are probably one person (MATCH-01), for a person to confirm.
 *
 * @param left   the record from the {@code left} list of {@link ProbableMatcher#match}
 * @param right  the record from the {@code right} list
 * @param score  in [0, 1], rounded to 4 decimals; see {@link ProbableMatcher}
 * @param alasan why, in Indonesian, e.g. {@code nama mirip 0.93}, {@code tgl lahir tertukar hari/bulan}
 * @param penilaian the field-by-field levels, or {@code null} when not known (a pair made by hand)
 */
public record ProbableMatch(Kandidat left, Kandidat right, double score, List<String> alasan,
        PenilaianPasangan penilaian) {

    public ProbableMatch {
        Objects.requireNonNull(left, "left");
        Objects.requireNonNull(right, "right");
        alasan = List.copyOf(alasan);
    }

    /** A pair without its levels. */
    public ProbableMatch(Kandidat left, Kandidat right, double score, List<String> alasan) {
        this(left, right, score, alasan, null);
    }

    /** The reasons joined for display: {@code nama mirip 0.93, tgl lahir sama, …}. */
    public String alasanTeks() {
        return String.join(", ", alasan);
    }

    /**
     * Stable key of the pair, independent of which list each record came from: both record keys in
     * sorted order, joined by {@code " + "}.
     */
    public String pairKey() {
        return pairKey(left.recordKey(), right.recordKey());
    }

    /** {@link #pairKey()} of two record keys, in either order, before a pair is made (a pair the teams rejected is never made). */
    public static String pairKey(String a, String b) {
        return a.compareTo(b) <= 0 ? a + " + " + b : b + " + " + a;
    }

    /** The side from PIS-PK, or {@code null} when neither is. */
    public Kandidat pispk() {
        if (left.sumber() == Sumber.PISPK) {
            return left;
        }
        return right.sumber() == Sumber.PISPK ? right : null;
    }
}
