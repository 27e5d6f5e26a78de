package id.rekon.pispk.sample;

import id.rekon.pispk.model.Jawaban;
import id.rekon.pispk.model.Umur;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Set;

/**
 * BALITA-01 (a child under five in e-PPGBM whom the survey does not list: omitted, born after the
 * visit under a dummy NIK, or with a NIK damaged by Excel) and BALITA-02 (a surveyed child under five
 * e-PPGBM does not know), each with its 59/60-month edge.
 */
final class BalitaInjector implements RuleInjector {

    private final InjectionKit kit;

    BalitaInjector(InjectionKit kit) {
        this.kit = kit;
    }

    @Override
    public Set<Injection> cases() {
        return EnumSet.of(Injection.BALITA01_OMITTED, Injection.BALITA01_EDGE_59, Injection.BALITA01_EDGE_60_NONE,
                Injection.BALITA01_DUMMY_ZERO, Injection.BALITA01_DUMMY_MOTHER, Injection.BALITA01_DUMMY_THEN_REAL,
                Injection.BALITA01_NIK_NUMERIC, Injection.BALITA01_NIK_SCIENTIFIC, Injection.BALITA02_NO_EPPGBM,
                Injection.BALITA02_BLANK_NIK, Injection.BALITA02_EDGE_59, Injection.BALITA02_EDGE_60_NONE);
    }

    @Override
    public boolean plant(Injection k, Family f) {
        return switch (k) {
            // the age is drawn before anything else is checked, even when the family turns out unsuitable
            case BALITA01_OMITTED -> omitted(f, kit.rng.between(3, 56), Expect.MUST);
            case BALITA01_EDGE_59 -> omitted(f, 59, Expect.MUST);
            case BALITA01_EDGE_60_NONE -> omitted(f, 60, Expect.NONE);
            case BALITA01_DUMMY_ZERO -> newborn(f, DummyNik.ZEROS, false);
            case BALITA01_DUMMY_MOTHER -> newborn(f, DummyNik.MOTHERS, false);
            case BALITA01_DUMMY_THEN_REAL -> newborn(f, DummyNik.ZEROS, true);
            case BALITA01_NIK_NUMERIC -> damaged(f, ExcelDamage.NUMERIC_CELL);
            case BALITA01_NIK_SCIENTIFIC -> damaged(f, ExcelDamage.SCIENTIFIC_TEXT);
            case BALITA02_NO_EPPGBM -> noEppgbm(f);
            case BALITA02_BLANK_NIK -> blankNik(f);
            case BALITA02_EDGE_59 -> balita02Edge(f, 59, Expect.MUST);
            case BALITA02_EDGE_60_NONE -> balita02Edge(f, 60, Expect.NONE);
            default -> throw new IllegalArgumentException(k.name());
        };
    }

    /** A birth date with {@code months} whole months on the run date, on a clean day. */
    private LocalDate dobAged(int months, LocalDate latest) {
        LocalDate d = kit.run.minusMonths(months);
        for (int k = 0; k < 60; k++) {
            LocalDate c = d.minusDays(k);
            if (Umur.bulan(c, kit.run) == months && c.getDayOfMonth() >= 2 && c.getDayOfMonth() <= 25
                    && !c.isAfter(latest)) {
                return c;
            }
        }
        return null;
    }

    private boolean omitted(Family f, int months, Expect expect) {
        if (f.mother == null || f.childAdded) {
            return false;
        }
        LocalDate dob = dobAged(months, f.visit.minusDays(20));
        if (dob == null) {
            return false;
        }
        Person c = kit.factory.newChild(f, dob, kit.anySex());
        if (c.measurements.isEmpty()) {
            return false;
        }
        c.inPispk = false;
        f.eppgbmOnly.add(c);
        f.childAdded = true;
        kit.expect(expect, "BALITA-01", c, f, "eppgbm", (months >= 59 ? "boundary: " : "")
                + "child of this family aged " + months + " months on the run date, in e-PPGBM, not listed in the survey");
        return true;
    }

    /** A baby born after the visit, in e-PPGBM only, under a dummy NIK (and later its real one). */
    private boolean newborn(Family f, DummyNik dummyNik, boolean thenReal) {
        if (f.mother == null || f.mother.nik == null || f.childAdded) {
            return false;
        }
        LocalDate dob = kit.onDay(31, f.visit.plusDays(5), kit.run.minusDays(thenReal ? 70 : 15));
        if (dob == null) {
            return false;
        }
        Person c = kit.factory.newChild(f, dob, kit.anySex());
        if (c.measurements.size() < (thenReal ? 2 : 1)) {
            return false;
        }
        c.inPispk = false;
        String placeholder = "BY NY " + Names.fold(f.mother.name);
        NikOut dummy = dummyNik.of(f);
        c.nikIbu = f.mother.nik;
        String dummySubject = InjectionKit.nonik("eppgbm", dummy.digits(), placeholder, dob);
        String kind = dummyNik == DummyNik.MOTHERS ? "the mother's NIK (NIK Ortu shows it)" : "a kecamatan code and zeros";
        String pkm = InjectionKit.pkm(f);
        if (thenReal) {
            int half = c.measurements.size() / 2;
            for (int i = 0; i < half; i++) {
                c.measurements.get(i).nik = dummy;
                c.measurements.get(i).nama = placeholder;
            }
            kit.mb.must("NIK-03", dummySubject, pkm, "eppgbm", dummy.digits(), placeholder, dob,
                    "newborn's first " + half + " measurements under dummy NIK (" + kind + ")");
            kit.mb.must("BALITA-01", dummySubject, pkm, "eppgbm", dummy.digits(), placeholder, dob,
                    "born after the visit; the dummy-NIK rows are a record of their own");
            kit.mb.must("BALITA-01", c.nik, pkm, "eppgbm", c.nik, c.name, dob,
                    "born after the visit; later rows carry the real NIK, not in the survey");
        } else {
            c.nik = null;
            c.eppgbmNik = dummy;
            c.eppgbmName = placeholder;
            kit.mb.must("NIK-03", dummySubject, pkm, "eppgbm", dummy.digits(), placeholder, dob,
                    "newborn under dummy NIK (" + kind + ")");
            kit.mb.must("BALITA-01", dummySubject, pkm, "eppgbm", dummy.digits(), placeholder, dob,
                    "born after the visit " + f.visit + ", not in the survey, no probable match");
        }
        f.eppgbmOnly.add(c);
        f.childAdded = true;
        return true;
    }

    /** A child only e-PPGBM knows, its NIK damaged by Excel on every row. */
    private boolean damaged(Family f, ExcelDamage damage) {
        if (f.mother == null || f.childAdded) {
            return false;
        }
        LocalDate dob = kit.onDay(31, kit.run.minusMonths(56), f.visit.minusDays(20));
        if (dob == null || Umur.bulan(dob, kit.run) < 3) {
            return false;
        }
        Person c = kit.factory.newChild(f, dob, kit.anySex());
        if (c.measurements.isEmpty()) {
            return false;
        }
        c.inPispk = false;
        c.eppgbmNik = damage.of(c.nik);
        f.eppgbmOnly.add(c);
        f.childAdded = true;
        String how = damage == ExcelDamage.NUMERIC_CELL ? "numeric cells (last digit lost)"
                : "'" + c.eppgbmNik.text() + "' text";
        String pkm = InjectionKit.pkm(f);
        kit.mb.must("NIK-02", c.nik, pkm, "eppgbm", c.eppgbmNik.digits(), c.name, dob,
                "child only in e-PPGBM, NIK as " + how + " on every row");
        kit.mb.must("BALITA-01", c.nik, pkm, "eppgbm", c.eppgbmNik.digits(), c.name, dob,
                "not in the survey; damaged NIK, no probable match (born on a reserved day)");
        return true;
    }

    private boolean noEppgbm(Family f) {
        Person c = kit.pick(f, p -> {
            int m = p.bulanPada(kit.run);
            return m >= 3 && m <= 56 && !p.measurements.isEmpty();
        });
        if (c == null) {
            return false;
        }
        c.measurements.clear();
        int m = c.bulanPada(f.visit);
        c.pemantauan = m >= 2 && m <= 59 ? Jawaban.T : null;
        c.asi = null;
        kit.must("BALITA-02", c, f, "eppgbm", "child " + c.bulanPada(kit.run) + " months on the run date, no e-PPGBM rows");
        return true;
    }

    private boolean blankNik(Family f) {
        if (f.mother == null || f.childAdded) {
            return false;
        }
        LocalDate dob = kit.onDay(29, kit.run.minusMonths(56), f.visit.minusDays(20));
        if (dob == null || Umur.bulan(dob, kit.run) < 2) {
            return false;
        }
        Person c = kit.factory.newChild(f, dob, kit.anySex());
        c.measurements.clear();
        c.nik = null;
        kit.factory.cleanAnswers(c, f);
        c.pemantauan = null;
        c.asi = null;
        c.jkn = false;
        c.used = true;
        f.members.add(c);
        f.childAdded = true;
        kit.mb.must("BALITA-02", InjectionKit.nonik("pispk", "", c.name, dob), InjectionKit.pkm(f), "eppgbm", "",
                c.name, dob, "child without NIK in the survey (blank), nowhere in e-PPGBM");
        return true;
    }

    private boolean balita02Edge(Family f, int months, Expect expect) {
        if (f.mother == null || f.childAdded) {
            return false;
        }
        LocalDate dob = dobAged(months, f.visit.minusDays(20));
        if (dob == null) {
            return false;
        }
        Person c = kit.factory.newChild(f, dob, kit.anySex());
        c.measurements.clear();
        kit.factory.cleanAnswers(c, f);
        c.asi = null;
        c.used = true;
        f.members.add(c);
        f.childAdded = true;
        kit.expect(expect, "BALITA-02", c, f, "eppgbm",
                "boundary: child " + months + " months on the run date, no e-PPGBM rows");
        return true;
    }
}
