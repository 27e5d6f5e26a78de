package id.rekon.pispk.sample;

import id.rekon.pispk.model.Sex;
import id.rekon.pispk.model.StatusKawin;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Set;

/**
 * KUA-01 (married at KUA after the visit, Belum Kawin in PIS-PK), KUA-02 (a married couple the survey
 * does not know, optionally with one spouse's NIK broken) and KUA-03 (registered, akad within 90 days,
 * with its edges at 0, 1, 90 and 91 days).
 */
final class KuaInjector implements RuleInjector {

    /** Which spouse of a KUA-02 couple has a broken NIK, and how. */
    private enum BrokenSpouse {
        NONE,
        /** The groom's NIK as a numeric cell in the XLS (NIK-02). */
        GROOM_NUMERIC,
        /** The bride's NIK invalid (NIK-01). */
        BRIDE_INVALID
    }

    private final InjectionKit kit;

    KuaInjector(InjectionKit kit) {
        this.kit = kit;
    }

    @Override
    public Set<Injection> cases() {
        return EnumSet.of(Injection.KUA01, Injection.KUA03_PISPK, Injection.KUA02, Injection.KUA02_NIK_NUMERIC,
                Injection.KUA02_NIK_INVALID, Injection.KUA03_OUTSIDERS, Injection.KUA03_EDGE_1,
                Injection.KUA03_EDGE_90, Injection.KUA03_EDGE_0_NONE, Injection.KUA03_EDGE_91_NONE);
    }

    @Override
    public boolean plant(Injection k, Family f) {
        return switch (k) {
            case KUA01 -> surveyed(f, true);
            case KUA03_PISPK -> surveyed(f, false);
            case KUA02 -> kua02(f, BrokenSpouse.NONE);
            case KUA02_NIK_NUMERIC -> kua02(f, BrokenSpouse.GROOM_NUMERIC);
            case KUA02_NIK_INVALID -> kua02(f, BrokenSpouse.BRIDE_INVALID);
            // the days are drawn before the couple is made
            case KUA03_OUTSIDERS -> kua03Outsiders(f, kit.rng.between(5, 85), Expect.MUST);
            case KUA03_EDGE_1 -> kua03Outsiders(f, 1, Expect.MUST);
            case KUA03_EDGE_90 -> kua03Outsiders(f, 90, Expect.MUST);
            case KUA03_EDGE_0_NONE -> kua03Outsiders(f, 0, Expect.NONE);
            case KUA03_EDGE_91_NONE -> kua03Outsiders(f, 91, Expect.NONE);
            default -> throw new IllegalArgumentException(k.name());
        };
    }

    /** KUA-01 (Nikah) or KUA-03 (Terdaftar, akad soon) for an unmarried grown child of the family. */
    private boolean surveyed(Family f, boolean nikah) {
        LocalDate run = kit.run;
        if (!f.muslim || nikah && !f.visit.plusDays(7).isBefore(run.minusDays(7))) {
            return false;
        }
        Person p = kit.adult(f, a -> "Anak".equals(a.hubungan) && a.kawin == StatusKawin.BELUM_KAWIN
                && a.tahunPada(run) >= 19);
        if (p == null) {
            return false;
        }
        Person partner = kit.factory.outsider(p.sex == Sex.L ? Sex.P : Sex.L, 19, 32, true);
        LocalDate akad = nikah
                ? f.visit.plusDays(7 + kit.rng.between(0, (int) (run.minusDays(7).toEpochDay() - f.visit.plusDays(7).toEpochDay())))
                : run.plusDays(kit.rng.between(5, 85));
        KuaCouple c = p.sex == Sex.L ? kit.factory.couple(f, p, partner, nikah, akad)
                : kit.factory.couple(f, partner, p, nikah, akad);
        f.couples.add(c);
        String pkm = InjectionKit.pkm(f);
        if (nikah) {
            kit.mb.must("KUA-01", c.noPendaftaran, pkm, "kua", p.nik, p.name, p.dob,
                    "Nikah on " + akad + " after the visit " + f.visit + "; the " + (p.sex == Sex.P ? "bride" : "groom")
                            + " is Belum Kawin in PIS-PK");
        } else {
            kit.mb.must("KUA-03", c.noPendaftaran, pkm, "kua", p.nik, p.name, p.dob,
                    "Terdaftar, akad " + akad + "; the " + (p.sex == Sex.P ? "bride" : "groom") + " is in the survey");
        }
        return true;
    }

    /** KUA-02: a married couple neither of whom the survey knows; optionally one NIK broken. */
    private boolean kua02(Family f, BrokenSpouse broken) {
        Person suami = broken == BrokenSpouse.GROOM_NUMERIC ? kit.outsiderBorn(Sex.L, 31, true)
                : kit.factory.outsider(Sex.L, 20, 35, true);
        Person istri = broken == BrokenSpouse.BRIDE_INVALID ? kit.outsiderBorn(Sex.P, 31, true)
                : kit.factory.outsider(Sex.P, 19, 32, true);
        if (suami.dob == null || istri.dob == null) {
            return false;
        }
        KuaCouple c = kit.factory.couple(f, suami, istri, true, kit.run.minusDays(kit.rng.between(5, 300)));
        f.couples.add(c);
        String pkm = InjectionKit.pkm(f);
        kit.mb.must("KUA-02", c.noPendaftaran, pkm, "kua", "", istri.name, null,
                "Nikah on " + c.akad + " in desa " + f.desa.nama() + "; neither spouse in the survey");
        switch (broken) {
            case GROOM_NUMERIC -> {
                c.nikSuami = ExcelDamage.NUMERIC_CELL.of(suami.nik);
                kit.mb.must("NIK-02", suami.nik, pkm, "kua", c.nikSuami.digits(), suami.name, suami.dob,
                        "groom's NIK as a numeric cell in the XLS");
            }
            case BRIDE_INVALID -> {
                InvalidNiks.Made invalid = kit.invalidNiks.make(istri, false);
                c.nikIstri = invalid.nik();
                kit.mb.must("NIK-01", istri.nik, pkm, "kua", c.nikIstri.digits(), istri.name, istri.dob,
                        "bride's NIK invalid: " + invalid.form().description);
            }
            case NONE -> {
            }
        }
        return true;
    }

    private boolean kua03Outsiders(Family f, int days, Expect expect) {
        Person suami = kit.factory.outsider(Sex.L, 20, 35, true);
        Person istri = kit.factory.outsider(Sex.P, 19, 32, true);
        KuaCouple c = kit.factory.couple(f, suami, istri, false, kit.run.plusDays(days));
        f.couples.add(c);
        String note = (days <= 1 || days >= 90 ? "boundary: " : "") + "Terdaftar, akad " + c.akad
                + " (run date + " + days + " days); neither in the survey";
        kit.mb.expect(expect, "KUA-03", c.noPendaftaran, InjectionKit.pkm(f), "kua", "", istri.name, null, note);
        return true;
    }
}
