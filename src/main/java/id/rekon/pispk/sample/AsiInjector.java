package id.rekon.pispk.sample;

import id.rekon.pispk.model.Jawaban;

import java.time.Period;
import java.util.EnumSet;
import java.util.Set;

/** ASI-01 and ASI-02: PIS-PK's ASI Eksklusif answer the opposite of e-PPGBM's. */
final class AsiInjector implements RuleInjector {

    private final InjectionKit kit;

    AsiInjector(InjectionKit kit) {
        this.kit = kit;
    }

    @Override
    public Set<Injection> cases() {
        return EnumSet.of(Injection.ASI01, Injection.ASI02);
    }

    @Override
    public boolean plant(Injection k, Family f) {
        return switch (k) {
            case ASI01 -> plant(f, Jawaban.Y);
            case ASI02 -> plant(f, Jawaban.T);
            default -> throw new IllegalArgumentException(k.name());
        };
    }

    /** A child measured at six months or older whose PIS-PK answer is {@code pispk}, e-PPGBM saying otherwise. */
    private boolean plant(Family f, Jawaban pispk) {
        Person c = kit.child(f, 8, 22, p -> p.measurements.stream()
                .anyMatch(m -> Period.between(p.dob, m.tanggal).toTotalMonths() >= 6));
        if (c == null) {
            return false;
        }
        boolean pispkYes = pispk == Jawaban.Y;
        c.asiEksklusif = !pispkYes;
        c.asi = pispk;
        kit.must(pispkYes ? "ASI-01" : "ASI-02", c, f, "eppgbm", "ASI Eksklusif " + c.asi + " in PIS-PK at "
                + c.bulanPada(f.visit) + " months, e-PPGBM says " + (pispkYes ? "Tidak" : "Ya"));
        return true;
    }
}
