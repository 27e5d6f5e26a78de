package id.rekon.pispk.history;

import id.rekon.pispk.store.UmpanBalik;

import java.util.Objects;
import java.util.Optional;

/**
 * The decision on one returned row.
 *
 * @param hasil  what became of it
 * @param alasan why, in Indonesian, naming columns but never a NIK or name; empty when taken whole
 * @param simpan the feedback to store, present for {@link Hasil#DITERIMA} and {@link Hasil#SEBAGIAN}
 */
public record Verdict(Hasil hasil, String alasan, Optional<UmpanBalik> simpan) {

    public Verdict {
        Objects.requireNonNull(hasil, "hasil");
        alasan = alasan == null ? "" : alasan;
        simpan = simpan == null ? Optional.empty() : simpan;
        if (simpan.isPresent() != (hasil == Hasil.DITERIMA || hasil == Hasil.SEBAGIAN)) {
            throw new IllegalArgumentException("simpan must be present exactly when the row is taken: " + hasil);
        }
    }

    static Verdict ditolak(String alasan) {
        return new Verdict(Hasil.DITOLAK, alasan, Optional.empty());
    }
}
