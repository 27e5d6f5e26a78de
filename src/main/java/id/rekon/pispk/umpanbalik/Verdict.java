package id.rekon.pispk.umpanbalik;

import id.rekon.pispk.store.KeputusanPasangan;
import id.rekon.pispk.store.UmpanBalik;

import java.util.Objects;
import java.util.Optional;

/**
 * The decision on one returned row.
 *
 * @param hasil     what became of it
 * @param alasan    why, in Indonesian, naming columns but never a NIK or name; empty when taken whole,
 *                  except that a MATCH-01 decision taken says what it will do
 * @param simpan    the feedback to store, present for {@link Hasil#DITERIMA} and {@link Hasil#SEBAGIAN}
 * @param keputusan the MATCH-01 decision to store, present only when {@link Hasil#DITERIMA} changed a
 *                  MATCH-01 row's choice
 */
public record Verdict(Hasil hasil, String alasan, Optional<UmpanBalik> simpan,
                      Optional<KeputusanPasangan> keputusan) {

    public Verdict {
        Objects.requireNonNull(hasil, "hasil");
        alasan = alasan == null ? "" : alasan;
        simpan = simpan == null ? Optional.empty() : simpan;
        keputusan = keputusan == null ? Optional.empty() : keputusan;
        if (simpan.isPresent() != (hasil == Hasil.DITERIMA || hasil == Hasil.SEBAGIAN)) {
            throw new IllegalArgumentException("simpan must be present exactly when the row is taken: " + hasil);
        }
        if (keputusan.isPresent() && hasil != Hasil.DITERIMA) {
            throw new IllegalArgumentException("a pair decision comes only with a row taken whole: " + hasil);
        }
    }

    /** A verdict without a MATCH-01 decision. */
    public Verdict(Hasil hasil, String alasan, Optional<UmpanBalik> simpan) {
        this(hasil, alasan, simpan, Optional.empty());
    }

    static Verdict ditolak(String alasan) {
        return new Verdict(Hasil.DITOLAK, alasan, Optional.empty());
    }
}
