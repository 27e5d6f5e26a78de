package id.rekon.pispk.match;

import id.rekon.pispk.model.Pengukuran;
import id.rekon.pispk.model.PesertaPcare;

import java.util.List;

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
 * @param probableMatch for a person without a usable NIK: whether a MATCH-01 pair was proposed for
 *                      them, in which case roster rules (BALITA-01/02, KUA-02) stay silent
 */
public record PersonCase(
        String nikKey,
        String subjectKey,
        List<AnggotaDiKeluarga> pispk,
        List<Pengukuran> eppgbm,
        List<PesertaPcare> pcare,
        List<PasanganKua> kua,
        boolean probableMatch) {

    public PersonCase {
        pispk = List.copyOf(pispk);
        eppgbm = List.copyOf(eppgbm);
        pcare = List.copyOf(pcare);
        kua = List.copyOf(kua);
    }

    public boolean hasNik() {
        return nikKey != null;
    }

    public boolean inPispk() {
        return !pispk.isEmpty();
    }
}
