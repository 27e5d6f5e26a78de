package id.rekon.pispk.sample;

import id.rekon.pispk.model.Jawaban;

import java.util.List;

/**
 * A whole PIS-PK members export damaged by Excel ({@code --ekspor-rusak}): every NIK of one
 * puskesmas's families written in scientific notation, and the findings that causes. Not a rule
 * family: the damage replaces every other injection in those families.
 */
final class EksporRusakInjector {

    private final InjectionKit kit;
    /** The puskesmas whose whole PIS-PK members export is damaged by Excel. */
    private final String puskesmas;
    private int niks;

    EksporRusakInjector(InjectionKit kit, String puskesmas) {
        this.kit = kit;
        this.puskesmas = puskesmas;
    }

    /** Whether family {@code f} belongs to the damaged export. */
    boolean covers(Family f) {
        return f.puskesmas.kode().equals(puskesmas);
    }

    /** How many NIKs were damaged. */
    int niks() {
        return niks;
    }

    /** Marks a pair of a child over five with his e-PPGBM record (spec: probable matching at every age). */
    static final String OVER_FIVE = "(child over five at the run date)";

    /**
     * A grandchild ({@code Cucu}) whose parents, as e-PPGBM names them, are not members of the family,
     * while the family has an {@code Anak} or {@code Menantu} at least 12 years older: the probable
     * matcher takes those as the PIS-PK side's parents (see {@code match.NamaOrangTua}), so the pair
     * stands or falls on whether two unrelated names happen to look alike.
     */
    private static boolean parentsElsewhere(Family f, Person c) {
        if (!"Cucu".equals(c.hubungan) || c.namaIbu == null && c.namaAyah == null) {
            return false;
        }
        for (Person m : f.members) {
            if (m != c && m.inPispk && ("Anak".equals(m.hubungan) || "Menantu".equals(m.hubungan))
                    && !m.dob.plusYears(12).isAfter(c.dob)) {
                return true;
            }
        }
        return false;
    }

    /**
     * A family of the puskesmas whose members CSV was opened and saved in Excel: every NIK is
     * written in scientific notation. Such families get no other injection, so the findings are
     * exactly these, per member with a NIK:
     * <ul>
     *   <li>NIK-02 for the PIS-PK record;</li>
     *   <li>MATCH-01 with each record of the member in PCare, e-PPGBM and KUA owned by the same
     *   puskesmas (the matcher's block): the member is no longer matched by NIK, so the program
     *   record is a candidate; spec rule 4 then silences JKN-01, HT-01, TUMBUH-01, BALITA-01/02 and
     *   KUA-02 for that program;</li>
     *   <li>a program record owned elsewhere (a PCare row at another PPK, e-PPGBM at another
     *   puskesmas) cannot be paired: BALITA-01 for the e-PPGBM child, BALITA-02 for the PIS-PK one;
     *   JKN-01 and HT-01 compare only people matched by NIK, so none; TUMBUH-01 is {@code may}
     *   (a child with no usable NIK and no pair: the spec's TUMBUH-01 row leaves it open);</li>
     *   <li>a grandchild whose e-PPGBM parents are not in the family: MATCH-01 and BALITA-01/02 are
     *   {@code may} (see {@link #parentsElsewhere});</li>
     *   <li>a child under five with no e-PPGBM record is BALITA-02 under the damaged digits.</li>
     * </ul>
     */
    void damage(Family f) {
        String pkm = InjectionKit.pkm(f);
        for (Person p : f.members) {
            if (!p.inPispk || p.nik == null) {
                continue;
            }
            p.pispkNik = NikOut.scientificText(p.nik);
            niks++;
            String digits = p.pispkNik.digits();
            String pispkSide = InjectionKit.side("pispk", digits, p.name, p.dob);
            kit.mb.must("NIK-02", p.nik, pkm, "pispk", digits, p.name, p.dob,
                    "whole members export damaged by Excel: NIK as '" + p.pispkNik.text() + "'");
            if (p.pcare != null && p.pcare.ppk.kode().equals(pkm)) {
                kit.mb.must("MATCH-01", pispkSide + "|" + InjectionKit.side("pcare", p.nik, p.name, p.dob), pkm, "pcare", digits,
                        p.name, p.dob, "whole export damaged: the member's PCare row at the same puskesmas");
            }
            // JKN-01 and HT-01 compare only people matched by NIK (spec rule 4): none for this member,
            // paired or not
            boolean eppgbmPaired = false;
            if (!p.measurements.isEmpty()) {
                String eName = p.eppgbmName != null ? p.eppgbmName : p.name;
                String eDigits = p.eppgbmNikOut().digits();
                if (p.eppgbmPuskesmas.kode().equals(pkm) && parentsElsewhere(f, p)) {
                    // the matcher compares the parents: e-PPGBM names the grandchild's own parents,
                    // PIS-PK offers the family's Anak/Menantu; whether any two names look alike is chance
                    String why = "whole export damaged: grandchild whose e-PPGBM parents are not in the family; "
                            + "paired only if a parent name looks like one of the family's Anak/Menantu";
                    kit.mb.may("MATCH-01", pispkSide + "|" + InjectionKit.side("eppgbm", eDigits, eName, p.dob), pkm, "eppgbm",
                            digits, p.name, p.dob, why);
                    if (p.bulanPada(kit.run) < 60) {
                        kit.mb.may("BALITA-01", p.nik, pkm, "eppgbm", eDigits, eName, p.dob, why);
                        kit.mb.may("BALITA-02", p.nik, pkm, "eppgbm", digits, p.name, p.dob, why);
                    }
                    eppgbmPaired = true;
                } else if (p.eppgbmPuskesmas.kode().equals(pkm)) {
                    eppgbmPaired = true;
                    kit.mb.must("MATCH-01", pispkSide + "|" + InjectionKit.side("eppgbm", eDigits, eName, p.dob), pkm, "eppgbm",
                            digits, p.name, p.dob, "whole export damaged: the child's e-PPGBM record"
                                    + (p.bulanPada(kit.run) >= 60 ? " " + OVER_FIVE : ""));
                } else if (p.bulanPada(kit.run) < 60) {
                    kit.mb.must("BALITA-01", p.nik, p.eppgbmPuskesmas.kode(), "eppgbm", eDigits, eName, p.dob,
                            "whole export damaged: e-PPGBM record at another puskesmas, nothing to pair");
                }
            }
            if (!eppgbmPaired && p.bulanPada(kit.run) < 60) {
                kit.mb.must("BALITA-02", p.nik, pkm, "eppgbm", digits, p.name, p.dob,
                        "whole export damaged: child under five not paired with any e-PPGBM record");
            }
            int atVisit = p.bulanPada(f.visit);
            if (!eppgbmPaired && p.pemantauan == Jawaban.Y && atVisit >= 2 && atVisit <= 59) {
                kit.mb.may("TUMBUH-01", p.nik, pkm, "eppgbm", digits, p.name, p.dob,
                        "whole export damaged: Pemantauan Y, no e-PPGBM record to pair");
            }
        }
        for (KuaCouple c : f.couples) {
            for (Person p : List.of(c.suami, c.istri)) {
                if (p.inPispk && p.nik != null && f.members.contains(p) && c.kua.kode().equals(pkm)) {
                    NikOut k = p == c.suami ? c.nikSuami : c.nikIstri;
                    kit.mb.must("MATCH-01", InjectionKit.side("pispk", p.pispkNik.digits(), p.name, p.dob) + "|"
                                    + InjectionKit.side("kua", k.digits(), p.name, p.dob), pkm, "kua", p.pispkNik.digits(),
                            p.name, p.dob, "whole export damaged: the member's KUA registration ("
                                    + (p == c.suami ? "groom" : "bride") + ")");
                }
            }
        }
    }
}
