package id.rekon.pispk.output;

import java.util.Objects;

/**
 * Concordance of one indicator in one puskesmas: of {@code total} people compared between PIS-PK
 * and the program, {@code setuju} agreed.
 *
 * @param kodePuskesmas the puskesmas, never {@code null}
 * @param indikator     Indonesian name of the indicator, e.g. {@code Kartu JKN}
 * @param setuju        people on whom both sources agree, {@code 0 <= setuju <= total}
 * @param total         people compared
 */
public record KonkordansiRow(String kodePuskesmas, String indikator, long setuju, long total) {

    public KonkordansiRow {
        Objects.requireNonNull(kodePuskesmas, "kodePuskesmas");
        Objects.requireNonNull(indikator, "indikator");
        if (setuju < 0 || total < 0 || setuju > total) {
            throw new IllegalArgumentException("setuju/total tidak masuk akal: " + setuju + "/" + total);
        }
    }

    /** Share that agrees, 0..1, or {@code null} when nothing was compared. */
    public Double persen() {
        return total == 0 ? null : (double) setuju / total;
    }
}
