package id.rekon.pispk.output;

import java.util.Objects;

/**
 * A finding that no puskesmas could be found for, with why.
 *
 * @param row    the finding (its {@code kodePuskesmas} is normally {@code null})
 * @param alasan Indonesian reason, e.g. {@code Nama puskesmas e-PPGBM tidak ada di master wilayah}
 */
public record TemuanTidakTerarah(TemuanRow row, String alasan) {

    public TemuanTidakTerarah {
        Objects.requireNonNull(row, "row");
        alasan = alasan == null ? "" : alasan;
    }
}
