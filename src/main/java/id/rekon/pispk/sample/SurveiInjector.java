package id.rekon.pispk.sample;

import id.rekon.pispk.model.Umur;

/**
 * SURVEI-01 (a visit 12 whole months or more before the run date) and its edges. Unlike the other
 * families it is not planted into a made family: the visit date is chosen when the family is made
 * ({@link FamilyFactory.VisitPlan}), so the plan is asked for first and the finding recorded after.
 */
final class SurveiInjector {

    private final InjectionKit kit;
    private final Pacing pacing;

    SurveiInjector(InjectionKit kit, Pacing pacing) {
        this.kit = kit;
        this.pacing = pacing;
    }

    /** The visit plan of family {@code index}: the first SURVEI-01 case due, or a normal visit. */
    FamilyFactory.VisitPlan planVisit(int index) {
        for (Injection k : new Injection[]{Injection.SURVEI01_EDGE_12, Injection.SURVEI01_EDGE_11_NONE,
            Injection.SURVEI01}) {
            if (pacing.due(k, index)) {
                return switch (k) {
                    case SURVEI01_EDGE_12 -> FamilyFactory.VisitPlan.EDGE_12;
                    case SURVEI01_EDGE_11_NONE -> FamilyFactory.VisitPlan.EDGE_11;
                    default -> FamilyFactory.VisitPlan.OLD;
                };
            }
        }
        return FamilyFactory.VisitPlan.NORMAL;
    }

    /** Records the SURVEI-01 finding of a family made with a non-normal plan. */
    void visitPlanned(Family f, FamilyFactory.VisitPlan plan) {
        String pkm = InjectionKit.pkm(f);
        switch (plan) {
            case OLD -> {
                kit.mb.must("SURVEI-01", f.kode, pkm, "pispk", "", f.head().name, null,
                        "visit " + f.visit + ", " + Umur.bulan(f.visit, kit.run) + " months before the run date");
                pacing.done(Injection.SURVEI01, f);
            }
            case EDGE_12 -> {
                kit.mb.must("SURVEI-01", f.kode, pkm, "pispk", "", f.head().name, null,
                        "boundary: visit " + f.visit + " is exactly 12 whole months before the run date");
                pacing.done(Injection.SURVEI01_EDGE_12, f);
            }
            case EDGE_11 -> {
                kit.mb.none("SURVEI-01", f.kode, pkm, "pispk", "", f.head().name, null,
                        "boundary: visit " + f.visit + " is 12 months minus one day (11 whole months) before");
                pacing.done(Injection.SURVEI01_EDGE_11_NONE, f);
            }
            default -> {
            }
        }
    }
}
