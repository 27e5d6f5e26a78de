package id.rekon.pispk.sample;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Injects discrepancies into clean families, person by person, through one {@link RuleInjector} per
 * rule family ({@link RuleInjectors}), and through them records every finding each one causes in the
 * manifest, with its owner puskesmas.
 *
 * <p>Pacing ({@link Pacing}): each {@link Injection} has a target count for the run; it is made in
 * the first family past its due point (spread evenly over the run) that has a suitable person, at
 * most three injections per family and one per person. The injections are tried in
 * {@link Injection}'s declaration order, starting at a place that turns with the family's index; the
 * generated data depends on that order, since every injector draws from the one {@link Rng}.
 * Injected people are chosen or built so that one injection causes exactly the findings recorded:
 * <ul>
 *   <li>a PIS-PK person whose NIK is made unusable (invalid, damaged, duplicate, inconsistent) is
 *   isolated: no PCare row, Kartu JKN Tidak, no hypertension Y, not in KUA, an adult (no roster);</li>
 *   <li>records without a usable NIK are born on reserved days (27 for designed probable pairs,
 *   29 for PIS-PK, 31 for other sources; the clean base uses days 2 to 25 only) so no accidental
 *   probable match can silence a roster rule or add a MATCH-01;</li>
 *   <li>a baby without a NIK in PIS-PK has blank Pemantauan and ASI answers and Kartu JKN Tidak,
 *   so no rule that needs a NIK match can fire on it whatever its reading.</li>
 * </ul>
 * Assumptions the expectations rest on, stated in the manifest: a blank NIK is not a NIK finding;
 * a damaged No KK is not a NIK finding; one NIK-04 per NIK and source; one MATCH-01 per pair.
 */
final class Injector {

    private static final int MAX_PER_FAMILY = 3;

    private final Pacing pacing;
    /** Every injection but SURVEI-01's, in declaration order: the order they are tried in. */
    private final Injection[] order;
    private final Map<Injection, RuleInjector> plantedBy = new EnumMap<>(Injection.class);
    private final SurveiInjector survei;
    /** The whole damaged export, or {@code null}. */
    private final EksporRusakInjector eksporRusak;

    Injector(FamilyFactory factory, Kabupaten kab, Rng rng, ManifestBuilder mb, int families) {
        this(factory, kab, rng, mb, families, null);
    }

    Injector(FamilyFactory factory, Kabupaten kab, Rng rng, ManifestBuilder mb, int families, String eksporRusak) {
        this(new InjectionKit(factory, kab, rng, mb), families, eksporRusak);
    }

    private Injector(InjectionKit kit, int families, String eksporRusak) {
        this.pacing = new Pacing(families);
        this.survei = new SurveiInjector(kit, pacing);
        this.eksporRusak = eksporRusak == null ? null : new EksporRusakInjector(kit, eksporRusak);
        for (RuleInjector r : RuleInjectors.all(kit)) {
            for (Injection k : r.cases()) {
                RuleInjector before = plantedBy.put(k, r);
                if (before != null) {
                    throw new IllegalStateException(k + " is planted by both " + before.getClass().getSimpleName()
                            + " and " + r.getClass().getSimpleName());
                }
            }
        }
        List<Injection> persons = new ArrayList<>();
        for (Injection k : Injection.values()) {
            if (!k.survei()) {
                if (!plantedBy.containsKey(k)) {
                    throw new IllegalStateException(k + " has no injector in RuleInjectors");
                }
                persons.add(k);
            }
        }
        this.order = persons.toArray(new Injection[0]);
    }

    /** How many of each injection were made, in declaration order. */
    Map<String, Integer> counts() {
        Map<String, Integer> m = new LinkedHashMap<>(pacing.counts());
        if (eksporRusak != null) {
            m.put("EKSPOR_RUSAK_NIK", eksporRusak.niks());
        }
        return m;
    }

    /** The visit plan of family {@code index}: SURVEI-01 families are made here. */
    FamilyFactory.VisitPlan planVisit(int index) {
        return survei.planVisit(index);
    }

    /** Records the SURVEI-01 finding of a family made with a non-normal plan. */
    void visitPlanned(Family f, FamilyFactory.VisitPlan plan) {
        survei.visitPlanned(f, plan);
    }

    /** Plants the injections due in family {@code f} (or damages its whole export), then orders its members. */
    void apply(Family f) {
        boolean rusak = eksporRusak != null && eksporRusak.covers(f);
        int start = f.index % order.length;
        for (int j = 0; j < order.length && f.injections < MAX_PER_FAMILY && !rusak; j++) {
            Injection k = order[(start + j) % order.length];
            if (pacing.due(k, f.index) && plantedBy.get(k).plant(k, f)) {
                pacing.done(k, f);
            }
        }
        f.members.sort(Comparator.comparingInt(Injector::rank));
        f.renumber();
        if (rusak) {
            eksporRusak.damage(f);
        }
    }

    private static int rank(Person p) {
        return switch (p.hubungan) {
            case "Kepala Keluarga" -> 0;
            case "Istri", "Suami" -> 1;
            case "Anak" -> 2;
            case "Cucu" -> 3;
            case "Orang Tua" -> 4;
            default -> 5;
        };
    }
}
