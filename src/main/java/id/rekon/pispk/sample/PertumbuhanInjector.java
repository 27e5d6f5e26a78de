package id.rekon.pispk.sample;

import id.rekon.pispk.model.Jawaban;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.Set;

/**
 * TUMBUH-01 (Pemantauan Y, no e-PPGBM measurement in the 31 days before the visit) and TUMBUH-02
 * (Pemantauan T, measured in that window), with the window's edges: one measurement placed just
 * outside it, on its first day, or on the visit day itself.
 */
final class PertumbuhanInjector implements RuleInjector {

    /** A child with a single measurement near the window, and what the job must make of it. */
    private enum Edge {
        OUT_32(32, Jawaban.Y, Expect.MUST, "TUMBUH-01"),
        IN_31_T(31, Jawaban.T, Expect.MUST, "TUMBUH-02"),
        IN_31_Y(31, Jawaban.Y, Expect.NONE, "TUMBUH-01"),
        ON_VISIT_Y(0, Jawaban.Y, Expect.NONE, "TUMBUH-01");

        final int daysBefore;
        final Jawaban answer;
        final Expect expect;
        final String rule;

        Edge(int daysBefore, Jawaban answer, Expect expect, String rule) {
            this.daysBefore = daysBefore;
            this.answer = answer;
            this.expect = expect;
            this.rule = rule;
        }
    }

    private final InjectionKit kit;

    PertumbuhanInjector(InjectionKit kit) {
        this.kit = kit;
    }

    @Override
    public Set<Injection> cases() {
        return EnumSet.of(Injection.TUMBUH01, Injection.TUMBUH02, Injection.TUMBUH01_EDGE_OUT_32,
                Injection.TUMBUH02_EDGE_IN_31, Injection.TUMBUH_EDGE_IN_31_NONE, Injection.TUMBUH_EDGE_VISIT_NONE);
    }

    @Override
    public boolean plant(Injection k, Family f) {
        return switch (k) {
            case TUMBUH01 -> tumbuh01(f);
            case TUMBUH02 -> tumbuh02(f);
            case TUMBUH01_EDGE_OUT_32 -> edge(f, Edge.OUT_32);
            case TUMBUH02_EDGE_IN_31 -> edge(f, Edge.IN_31_T);
            case TUMBUH_EDGE_IN_31_NONE -> edge(f, Edge.IN_31_Y);
            case TUMBUH_EDGE_VISIT_NONE -> edge(f, Edge.ON_VISIT_Y);
            default -> throw new IllegalArgumentException(k.name());
        };
    }

    private boolean tumbuh01(Family f) {
        Person c = kit.child(f, 3, 58,
                p -> p.measurements.stream().anyMatch(m -> !InjectionKit.inWindow(m.tanggal, f.visit)));
        if (c == null) {
            return false;
        }
        c.measurements.removeIf(m -> InjectionKit.inWindow(m.tanggal, f.visit));
        c.pemantauan = Jawaban.Y;
        kit.must("TUMBUH-01", c, f, "eppgbm", "Pemantauan Y at " + c.bulanPada(f.visit)
                + " months, no e-PPGBM measurement from visit-31 to visit " + f.visit);
        return true;
    }

    private boolean tumbuh02(Family f) {
        Person c = kit.child(f, 3, 58, p -> p.hasMeasurementBetween(f.visit.minusDays(31), f.visit));
        if (c == null) {
            return false;
        }
        c.pemantauan = Jawaban.T;
        kit.must("TUMBUH-02", c, f, "eppgbm", "Pemantauan T at " + c.bulanPada(f.visit)
                + " months, measured in e-PPGBM within 31 days before the visit " + f.visit);
        return true;
    }

    /** A single measurement {@code daysBefore} the visit replaces those in the window. */
    private boolean edge(Family f, Edge e) {
        Person c = kit.child(f, 3, 58, p -> true);
        if (c == null) {
            return false;
        }
        LocalDate d = f.visit.minusDays(e.daysBefore);
        c.measurements.removeIf(m -> InjectionKit.inWindow(m.tanggal, f.visit) || m.tanggal.equals(d));
        c.measurements.add(new Measurement(d));
        c.measurements.sort(Comparator.comparing(m -> m.tanggal));
        c.pemantauan = e.answer;
        kit.expect(e.expect, e.rule, c, f, "eppgbm", "boundary: Pemantauan " + e.answer
                + ", only measurement near the window on visit-" + e.daysBefore + " (" + d + ", visit " + f.visit + ")");
        return true;
    }
}
