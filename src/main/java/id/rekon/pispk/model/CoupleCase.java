package id.rekon.pispk.model;

import java.util.List;

/**
 * A KUA couple with the PIS-PK members matched by NIK to each spouse.
 *
 * @param probableMatch whether a MATCH-01 pair was proposed for a spouse (KUA-02 then stays silent)
 */
public record CoupleCase(
        PernikahanKua pernikahan,
        List<AnggotaDiKeluarga> suamiDiPispk,
        List<AnggotaDiKeluarga> istriDiPispk,
        boolean probableMatch) {

    public CoupleCase {
        suamiDiPispk = List.copyOf(suamiDiPispk);
        istriDiPispk = List.copyOf(istriDiPispk);
    }
}
