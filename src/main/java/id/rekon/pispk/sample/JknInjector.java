package id.rekon.pispk.sample;

import java.util.EnumSet;
import java.util.Set;

/** JKN-01 (Kartu JKN Ya, no or no active PCare row) and JKN-02 (Kartu JKN Tidak, AKTIF in PCare). */
final class JknInjector implements RuleInjector {

    private final InjectionKit kit;

    JknInjector(InjectionKit kit) {
        this.kit = kit;
    }

    @Override
    public Set<Injection> cases() {
        return EnumSet.of(Injection.JKN01_ABSENT, Injection.JKN01_INACTIVE, Injection.JKN02);
    }

    @Override
    public boolean plant(Injection k, Family f) {
        return switch (k) {
            case JKN01_ABSENT -> absent(f);
            case JKN01_INACTIVE -> inactive(f);
            case JKN02 -> jkn02(f);
            default -> throw new IllegalArgumentException(k.name());
        };
    }

    private boolean absent(Family f) {
        Person p = kit.pick(f, p2 -> p2.pcare == null || p2.pcare.aktif && p2.pcare.prolanis.isEmpty());
        if (p == null) {
            return false;
        }
        boolean had = p.pcare != null;
        p.pcare = null;
        p.jkn = true;
        kit.must("JKN-01", p, f, "pcare", "Kartu JKN Ya in PIS-PK, no PCare row with this NIK"
                + (had ? " (its AKTIF row removed)" : ""));
        return true;
    }

    private boolean inactive(Family f) {
        Person p = kit.pick(f, InjectionKit::noProlanis);
        if (p == null) {
            return false;
        }
        if (p.pcare == null) {
            p.pcare = kit.factory.pcare(p, f.puskesmas, false);
        }
        p.pcare.aktif = false;
        p.pcare.status = kit.rng.pick(FamilyFactory.INACTIVE);
        p.jkn = true;
        kit.must("JKN-01", p, f, "pcare", "Kartu JKN Ya in PIS-PK, PCare status '" + p.pcare.status + "'");
        return true;
    }

    private boolean jkn02(Family f) {
        Person p = kit.pick(f, InjectionKit::noProlanis);
        if (p == null) {
            return false;
        }
        if (p.pcare == null) {
            p.pcare = kit.factory.pcare(p, f.puskesmas, true);
        }
        p.pcare.aktif = true;
        p.pcare.status = "AKTIF";
        p.jkn = false;
        kit.must("JKN-02", p, f, "pcare", "Kartu JKN Tidak in PIS-PK, AKTIF in PCare at " + p.pcare.ppk.kode());
        return true;
    }
}
