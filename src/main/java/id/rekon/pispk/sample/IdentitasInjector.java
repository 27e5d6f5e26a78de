package id.rekon.pispk.sample;

import id.rekon.pispk.model.Sex;

import java.util.EnumSet;
import java.util.Set;

/**
 * DEMO-01 to DEMO-03 (PCare's birth date, sex or name disagree with PIS-PK for one NIK; a wrong date
 * or sex also disagrees with the NIK, hence NIK-05) and DEMO-04 (a child measured at another
 * puskesmas). MATCH-01, the family's other rule, is {@link PencocokanInjector}'s.
 */
final class IdentitasInjector implements RuleInjector {

    private final InjectionKit kit;

    IdentitasInjector(InjectionKit kit) {
        this.kit = kit;
    }

    @Override
    public Set<Injection> cases() {
        return EnumSet.of(Injection.DEMO01, Injection.DEMO02, Injection.DEMO03, Injection.DEMO04);
    }

    @Override
    public boolean plant(Injection k, Family f) {
        return switch (k) {
            case DEMO01, DEMO02, DEMO03 -> pcare(f, k);
            case DEMO04 -> demo04(f);
            default -> throw new IllegalArgumentException(k.name());
        };
    }

    /** An adult whose PCare row disagrees with PIS-PK on the birth date (DEMO01), sex (DEMO02) or name (DEMO03). */
    private boolean pcare(Family f, Injection k) {
        Person p = kit.adult(f, a -> a.pcare == null || a.pcare.aktif && a.pcare.prolanis.isEmpty());
        if (p == null) {
            return false;
        }
        if (p.pcare == null) {
            p.pcare = kit.factory.pcare(p, f.puskesmas, true);
        }
        p.jkn = true;
        String pkm = InjectionKit.pkm(f);
        switch (k) {
            case DEMO01 -> {
                p.pcare.tanggalLahir = kit.rng.chance(0.5) ? p.dob.minusYears(1) : p.dob.plusYears(1);
                kit.must("DEMO-01", p, f, "pcare", "PCare Tgl Lahir " + p.pcare.tanggalLahir + ", PIS-PK " + p.dob);
                kit.mb.must("NIK-05", p.nik, pkm, "pcare", p.nik, p.name, p.pcare.tanggalLahir,
                        "PCare record's birth date disagrees with the date in its NIK (cascade of DEMO-01)");
            }
            case DEMO02 -> {
                p.pcare.sex = p.sex == Sex.L ? Sex.P : Sex.L;
                kit.must("DEMO-02", p, f, "pcare", "PCare JK " + p.pcare.sex + ", PIS-PK " + p.sex);
                kit.mb.must("NIK-05", p.nik, pkm, "pcare", p.nik, p.name, p.dob,
                        "PCare record's sex disagrees with the NIK (cascade of DEMO-02)");
            }
            default -> {
                String other = kit.dissimilarName(p);
                p.pcare.nama = other;
                kit.must("DEMO-03", p, f, "pcare", "PCare name '" + other + "' for this NIK");
            }
        }
        return true;
    }

    private boolean demo04(Family f) {
        Person c = kit.pick(f, p -> !p.measurements.isEmpty());
        if (c == null) {
            return false;
        }
        c.eppgbmPuskesmas = kit.kab.other(f.puskesmas, kit.rng);
        c.eppgbmDesa = kit.rng.pick(c.eppgbmPuskesmas.desa());
        kit.must("DEMO-04", c, f, "eppgbm", "all e-PPGBM rows at " + c.eppgbmPuskesmas.nama()
                + ", family surveyed by " + f.puskesmas.nama());
        return true;
    }
}
