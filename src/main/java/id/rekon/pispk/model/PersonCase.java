package id.rekon.pispk.model;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * Everything known about one person, as the person rules see it.
 *
 * <p>Either a NIK group: every record of every source whose NIK key is {@code nikKey} (so
 * {@code pispk} may hold two members with one NIK, which is NIK-04, not a match); or a record
 * without a usable NIK, alone, with {@code nikKey == null}, holding that one source's records of
 * one person (an e-PPGBM child measured twelve times under one dummy NIK is one case with twelve
 * measurements).
 *
 * @param nikKey        the 16-digit key, or {@code null} for a person without a usable NIK
 * @param subjectKey    stable key for finding ids: the NIK, or a record key built from the source,
 *                      the raw NIK digits, the normalised name and the date of birth
 * @param pasanganKemungkinan the sources of the records a MATCH-01 pair was proposed with for one of
 *                      this person's records (empty: none). The pair is the one action for that
 *                      source (spec rule 4): the roster rules (BALITA-01/02) and the absence side of
 *                      the comparisons (JKN-01, TUMBUH-01, HT-01) stay silent about that source
 */
public record PersonCase(
        String nikKey,
        String subjectKey,
        List<AnggotaDiKeluarga> pispk,
        List<Pengukuran> eppgbm,
        List<PesertaPcare> pcare,
        List<PasanganKua> kua,
        Set<Sumber> pasanganKemungkinan) {

    public PersonCase {
        pispk = List.copyOf(pispk);
        eppgbm = List.copyOf(eppgbm);
        pcare = List.copyOf(pcare);
        kua = List.copyOf(kua);
        pasanganKemungkinan = pasanganKemungkinan.isEmpty() ? Set.of()
                : Set.copyOf(EnumSet.copyOf(pasanganKemungkinan));
    }

    /**
     * A case whose probable pairs are not told apart by source: {@code true} stands for a pair with
     * every source (every absence rule silent), as before pairs existed beyond children.
     */
    public PersonCase(String nikKey, String subjectKey, List<AnggotaDiKeluarga> pispk, List<Pengukuran> eppgbm,
            List<PesertaPcare> pcare, List<PasanganKua> kua, boolean probableMatch) {
        this(nikKey, subjectKey, pispk, eppgbm, pcare, kua,
                probableMatch ? EnumSet.allOf(Sumber.class) : EnumSet.noneOf(Sumber.class));
    }

    /** Whether a MATCH-01 pair was proposed for one of this person's records. */
    public boolean probableMatch() {
        return !pasanganKemungkinan.isEmpty();
    }

    /** Whether a MATCH-01 pair was proposed between this person and a record of {@code sumber}. */
    public boolean probableMatchWith(Sumber sumber) {
        return pasanganKemungkinan.contains(sumber);
    }

    public boolean hasNik() {
        return nikKey != null;
    }

    public boolean inPispk() {
        return !pispk.isEmpty();
    }
}
