package id.rekon.pispk.sample;

import id.rekon.pispk.model.Jawaban;

import java.util.EnumSet;
import java.util.Set;

/** HT-01 (hypertension treated per PIS-PK, not Prolanis HT) and HT-02 (Prolanis HT, PIS-PK blank or T). */
final class HipertensiInjector implements RuleInjector {

    private final InjectionKit kit;

    HipertensiInjector(InjectionKit kit) {
        this.kit = kit;
    }

    @Override
    public Set<Injection> cases() {
        return EnumSet.of(Injection.HT01, Injection.HT02);
    }

    @Override
    public boolean plant(Injection k, Family f) {
        return switch (k) {
            case HT01 -> ht01(f);
            case HT02 -> ht02(f);
            default -> throw new IllegalArgumentException(k.name());
        };
    }

    private boolean ht01(Family f) {
        Person p = kit.adult(f, a -> a.tahunPada(f.visit) >= 35
                && (a.pcare == null || a.pcare.aktif && !a.pcare.prolanisHt()));
        if (p == null) {
            return false;
        }
        if (p.pcare == null) {
            p.pcare = kit.factory.pcare(p, f.puskesmas, true);
        }
        p.jkn = true;
        p.ht = Jawaban.Y;
        kit.must("HT-01", p, f, "pcare", "Hipertensi Y in PIS-PK, PCare Prolanis '" + p.pcare.prolanis + "'");
        return true;
    }

    private boolean ht02(Family f) {
        Person p = kit.adult(f, a -> a.tahunPada(f.visit) >= 40);
        if (p == null) {
            return false;
        }
        if (p.pcare == null) {
            p.pcare = kit.factory.pcare(p, f.puskesmas, true);
        }
        p.pcare.aktif = true;
        p.pcare.status = "AKTIF";
        p.pcare.prolanis = kit.rng.chance(0.7) ? "HT" : "HT+DM";
        p.jkn = true;
        p.ht = kit.rng.chance(0.5) ? Jawaban.T : null;
        kit.must("HT-02", p, f, "pcare", "Prolanis " + p.pcare.prolanis + " in PCare, Hipertensi "
                + (p.ht == null ? "blank" : "T") + " in PIS-PK");
        return true;
    }
}
