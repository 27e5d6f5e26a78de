package id.rekon.pispk.sample;

import id.rekon.pispk.model.Sex;
import id.rekon.pispk.model.StatusKawin;
import id.rekon.pispk.model.Umur;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;

/**
 * MATCH-01, the identity family's probable pairs: records without a usable NIK that the matcher must
 * pair (a newborn under a dummy NIK, an adult whose PIS-PK NIK is damaged, invalid or blank, a KUA
 * spouse with a damaged NIK) and look-alikes it must not (father and son of one name, namesakes,
 * twins). Every designed pair is born on day 27, reserved for them, so nothing else can pair with it.
 */
final class PencocokanInjector implements RuleInjector {

    private final InjectionKit kit;

    PencocokanInjector(InjectionKit kit) {
        this.kit = kit;
    }

    @Override
    public Set<Injection> cases() {
        return EnumSet.of(Injection.MATCH01_DUMMY_ZERO, Injection.MATCH01_DUMMY_MOTHER, Injection.MATCH01_BY_NY,
                Injection.MATCH01_PCARE_DAMAGED, Injection.MATCH01_PCARE_INVALID, Injection.MATCH01_PCARE_BLANK,
                Injection.MATCH01_KUA_DAMAGED, Injection.MATCH01_NONE_FATHER_SON, Injection.MATCH01_NONE_NAMESAKE,
                Injection.MATCH01_NONE_TWIN);
    }

    @Override
    public boolean plant(Injection k, Family f) {
        return switch (k) {
            case MATCH01_DUMMY_ZERO -> newborn(f, DummyNik.ZEROS, false);
            case MATCH01_DUMMY_MOTHER -> newborn(f, DummyNik.MOTHERS, false);
            case MATCH01_BY_NY -> newborn(f, DummyNik.ZEROS, true);
            case MATCH01_PCARE_DAMAGED, MATCH01_PCARE_INVALID, MATCH01_PCARE_BLANK -> pcare(f, k);
            case MATCH01_KUA_DAMAGED -> kua(f);
            case MATCH01_NONE_FATHER_SON -> lookAlikePcare(f, true);
            case MATCH01_NONE_NAMESAKE -> lookAlikePcare(f, false);
            case MATCH01_NONE_TWIN -> twin(f);
            default -> throw new IllegalArgumentException(k.name());
        };
    }

    /**
     * Moves a person's birth to day 27 of the same month (reserved for designed probable pairs, so
     * nothing else can pair with it) and gives the person a NIK that encodes the new date.
     */
    private void reserveDay27(Person p) {
        p.dob = p.dob.withDayOfMonth(27);
        p.nik = kit.factory.niks().allocate(p.nik.substring(0, 6), p.dob, p.sex);
    }

    /** An adult the NIK of whom nothing else of the family refers to (not a parent of its children). */
    private Person looseAdult(Family f, Predicate<Person> ok) {
        return kit.adult(f, a -> a != f.mother && a != f.father && !"Kepala Keluarga".equals(a.hubungan) && ok.test(a));
    }

    /** A newborn listed in the survey without a NIK, in e-PPGBM under a dummy NIK (and as BY NY, if asked). */
    private boolean newborn(Family f, DummyNik dummyNik, boolean byNy) {
        if (f.mother == null || f.mother.nik == null || f.childAdded) {
            return false;
        }
        LocalDate dob = kit.onDay(27, f.visit.minusDays(45), f.visit.minusDays(10));
        if (dob == null) {
            return false;
        }
        Person c = kit.factory.newChild(f, dob, kit.anySex());
        if (c.measurements.isEmpty()) {
            return false;
        }
        c.nik = null;
        c.pcare = null;
        kit.factory.cleanAnswers(c, f);
        c.jkn = false;
        c.pemantauan = null;
        c.asi = null;
        c.used = true;
        NikOut dummy = dummyNik.of(f);
        c.eppgbmNik = dummy;
        c.nikIbu = f.mother.nik;
        String eName = byNy ? "BY NY " + Names.fold(f.mother.name) : Names.fold(c.name);
        if (byNy) {
            c.eppgbmName = eName;
        }
        f.members.add(c);
        f.childAdded = true;
        String pkm = InjectionKit.pkm(f);
        String pair = InjectionKit.side("pispk", "", c.name, dob) + "|" + InjectionKit.side("eppgbm", dummy.digits(), eName, dob);
        kit.mb.must("MATCH-01", pair, pkm, "eppgbm", dummy.digits(), c.name, dob,
                "newborn listed without NIK; in e-PPGBM as '" + eName + "' under a dummy NIK ("
                        + (dummyNik == DummyNik.MOTHERS ? "the mother's" : "kecamatan code and zeros")
                        + "), same birth date and sex");
        kit.mb.must("NIK-03", InjectionKit.nonik("eppgbm", dummy.digits(), eName, dob), pkm, "eppgbm", dummy.digits(),
                eName, dob, "dummy NIK of the newborn's e-PPGBM record");
        return true;
    }

    /**
     * An adult in PIS-PK whose NIK is unusable there (damaged by Excel, invalid or blank) and valid
     * in his PCare row: the pair must be proposed (MATCH-01), and nothing compares JKN or HT.
     */
    private boolean pcare(Family f, Injection k) {
        Person p = looseAdult(f, a -> true);
        if (p == null) {
            return false;
        }
        reserveDay27(p);
        p.pcare = kit.factory.pcare(p, f.puskesmas, true);
        p.jkn = true;
        String pkm = InjectionKit.pkm(f);
        String how;
        switch (k) {
            case MATCH01_PCARE_DAMAGED -> {
                p.pispkNik = ExcelDamage.ofPispk(f.puskesmas).of(p.nik);
                how = "damaged by Excel";
                kit.mb.must("NIK-02", p.nik, pkm, "pispk", p.pispkNik.digits(), p.name, p.dob,
                        "PIS-PK NIK damaged by Excel; the PCare row has it right");
            }
            case MATCH01_PCARE_INVALID -> {
                InvalidNiks.Made invalid = kit.invalidNiks.make(p, false);
                p.pispkNik = invalid.nik();
                how = "invalid (" + invalid.form().description + ")";
                kit.mb.must("NIK-01", p.nik, pkm, "pispk", p.pispkNik.digits(), p.name, p.dob,
                        "PIS-PK NIK invalid: " + invalid.form().description + "; the PCare row has it right");
            }
            case MATCH01_PCARE_BLANK -> {
                p.pispkNik = NikOut.blank();
                how = "blank";
            }
            default -> throw new IllegalArgumentException(k.name());
        }
        String pair = InjectionKit.side("pispk", p.pispkNik.digits(), p.name, p.dob) + "|"
                + InjectionKit.side("pcare", p.nik, p.name, p.dob);
        kit.mb.must("MATCH-01", pair, pkm, "pcare", p.pispkNik.digits(), p.name, p.dob,
                "adult whose PIS-PK NIK is " + how + ", in PCare with a valid NIK, same name, birth date and sex");
        return true;
    }

    /**
     * An unmarried adult of the family in KUA (Nikah) under a NIK damaged by Excel: the spouse is
     * proposed with the PIS-PK member (MATCH-01), so neither KUA-02 (the spouse is there) nor KUA-01
     * (a probable match never feeds it).
     */
    private boolean kua(Family f) {
        Person p = looseAdult(f, a -> a.kawin == StatusKawin.BELUM_KAWIN && a.tahunPada(kit.run) >= 19);
        if (p == null) {
            return false;
        }
        reserveDay27(p);
        InjectionKit.isolate(p);
        Person partner = kit.factory.outsider(p.sex == Sex.L ? Sex.P : Sex.L, 19, 32, true);
        KuaCouple c = p.sex == Sex.L ? kit.factory.couple(f, p, partner, true, kit.run.minusDays(kit.rng.between(5, 300)))
                : kit.factory.couple(f, partner, p, true, kit.run.minusDays(kit.rng.between(5, 300)));
        NikOut damaged = ExcelDamage.NUMERIC_CELL.of(p.nik);
        if (p.sex == Sex.L) {
            c.nikSuami = damaged;
        } else {
            c.nikIstri = damaged;
        }
        f.couples.add(c);
        String pkm = InjectionKit.pkm(f);
        kit.mb.must("NIK-02", p.nik, pkm, "kua", damaged.digits(), p.name, p.dob,
                "the " + (p.sex == Sex.L ? "groom" : "bride") + "'s NIK as a numeric cell in the KUA export");
        String pair = InjectionKit.side("pispk", p.nik, p.name, p.dob) + "|" + InjectionKit.side("kua", damaged.digits(), p.name, p.dob);
        kit.mb.must("MATCH-01", pair, pkm, "kua", p.nik, p.name, p.dob,
                "KUA spouse with a damaged NIK, in the survey with a valid NIK: proposed instead of KUA-02");
        return true;
    }

    /**
     * A look-alike that must NOT be paired: an adult in PIS-PK with a damaged NIK and no PCare row,
     * and a PCare-only participant of the same name and sex in the same puskesmas born on the same
     * day of the year 25 years later (father and son, or mother and daughter, of one name) or on
     * another day of the same year (namesakes in one desa). MATCH-01 for the PIS-PK adult is a
     * {@code none}.
     */
    private boolean lookAlikePcare(Family f, boolean fatherSon) {
        Person p = looseAdult(f, a -> a.tahunPada(kit.run) >= 45);
        if (p == null) {
            return false;
        }
        reserveDay27(p);
        InjectionKit.isolate(p);
        p.pispkNik = ExcelDamage.ofPispk(f.puskesmas).of(p.nik);
        String pkm = InjectionKit.pkm(f);
        kit.mb.must("NIK-02", p.nik, pkm, "pispk", p.pispkNik.digits(), p.name, p.dob,
                "PIS-PK NIK damaged by Excel (look-alike case: nobody to pair with)");
        LocalDate other = fatherSon ? p.dob.plusYears(25)
                : p.dob.withMonth(p.dob.getMonthValue() == 12 ? 6 : p.dob.getMonthValue() + 1);
        Person o = kit.factory.person(p.sex, other, p.name, p.muslim, p.nik.substring(0, 6));
        o.inPispk = false;
        f.pcareOnly.add(kit.factory.pcare(o, f.puskesmas, true));
        String pair = InjectionKit.side("pispk", p.pispkNik.digits(), p.name, p.dob) + "|"
                + InjectionKit.side("pcare", o.nik, o.name, o.dob);
        kit.mb.none("MATCH-01", pair, pkm, "pcare", p.pispkNik.digits(), p.name, p.dob,
                (fatherSon ? "father and son" : "namesakes in one desa") + " of one name: PIS-PK " + p.dob
                        + " (damaged NIK), PCare-only " + other + "; must not be paired");
        return true;
    }

    /**
     * Twins of one birth date and sex, names dissimilar: the one with a NIK is in e-PPGBM under a
     * dummy NIK and must be paired with it; the other, without a NIK and not in e-PPGBM, must not
     * (its MATCH-01 is a {@code none}; it is BALITA-02).
     */
    private boolean twin(Family f) {
        if (f.mother == null || f.mother.nik == null || f.childAdded) {
            return false;
        }
        LocalDate dob = kit.onDay(27, kit.run.minusMonths(40), f.visit.minusDays(20));
        if (dob == null || Umur.bulan(dob, kit.run) < 2) {
            return false;
        }
        Sex sex = kit.anySex();
        Person a = kit.factory.newChild(f, dob, sex);
        if (a.measurements.isEmpty()) {
            return false;
        }
        Person b = kit.factory.newChild(f, dob, sex);
        b.name = kit.dissimilarName(a);
        b.measurements.clear();
        for (Person c : List.of(a, b)) {
            c.pcare = null;
            kit.factory.cleanAnswers(c, f);
            c.jkn = false;
            c.pemantauan = null;
            c.asi = null;
            c.used = true;
            f.members.add(c);
        }
        b.nik = null;
        NikOut dummy = DummyNik.ZEROS.of(f);
        a.eppgbmNik = dummy;
        a.nikIbu = f.mother.nik;
        f.childAdded = true;
        String pkm = InjectionKit.pkm(f);
        kit.mb.must("MATCH-01", InjectionKit.side("pispk", a.nik, a.name, dob) + "|"
                        + InjectionKit.side("eppgbm", dummy.digits(), a.name, dob),
                pkm, "eppgbm", a.nik, a.name, dob, "twin with a NIK, in e-PPGBM under a dummy NIK");
        kit.mb.must("NIK-03", InjectionKit.nonik("eppgbm", dummy.digits(), a.name, dob), pkm, "eppgbm", dummy.digits(),
                a.name, dob, "dummy NIK of the twin's e-PPGBM record");
        kit.mb.none("MATCH-01", InjectionKit.side("pispk", "", b.name, dob) + "|"
                        + InjectionKit.side("eppgbm", dummy.digits(), a.name, dob),
                pkm, "eppgbm", "", b.name, dob, "the other twin (no NIK, not in e-PPGBM): must not be paired");
        kit.mb.must("BALITA-02", InjectionKit.nonik("pispk", "", b.name, dob), pkm, "eppgbm", "", b.name, dob,
                "twin without a NIK, nowhere in e-PPGBM");
        return true;
    }
}
