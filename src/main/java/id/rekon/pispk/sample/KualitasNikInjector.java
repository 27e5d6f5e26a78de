package id.rekon.pispk.sample;

import id.rekon.pispk.model.Sex;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * The NIK quality rules: NIK-01 (invalid), NIK-02 (damaged by Excel), NIK-04 (one NIK, two people)
 * and NIK-05 (the NIK's date or sex disagrees), in PIS-PK, PCare and e-PPGBM. NIK-03 (dummy NIKs)
 * comes with the newborns of {@link BalitaInjector} and {@link PencocokanInjector}.
 *
 * <p>A PIS-PK member whose NIK is made unusable is isolated (no PCare row, Kartu JKN Tidak, no
 * hypertension Y) and born on day 29, reserved for PIS-PK records without a usable NIK, so the NIK
 * finding is the only one.
 */
final class KualitasNikInjector implements RuleInjector {

    private final InjectionKit kit;

    KualitasNikInjector(InjectionKit kit) {
        this.kit = kit;
    }

    @Override
    public Set<Injection> cases() {
        return EnumSet.of(Injection.NIK01_PISPK, Injection.NIK02_PISPK_NUMERIC, Injection.NIK02_PISPK_SCIENTIFIC,
                Injection.NIK05_DATE, Injection.NIK05_SEX, Injection.NIK04_PISPK, Injection.NIK01_PCARE,
                Injection.NIK02_PCARE_SCIENTIFIC, Injection.NIK02_EPPGBM_PARTIAL);
    }

    @Override
    public boolean plant(Injection k, Family f) {
        return switch (k) {
            case NIK01_PISPK, NIK05_DATE, NIK05_SEX -> pispk(f, k);
            // each damage only where the puskesmas's export would show it
            case NIK02_PISPK_NUMERIC -> f.puskesmas.rawSurvei() && pispk(f, k);
            case NIK02_PISPK_SCIENTIFIC -> !f.puskesmas.rawSurvei() && pispk(f, k);
            case NIK04_PISPK -> nik04(f);
            case NIK01_PCARE -> pcareOnly(f, false);
            case NIK02_PCARE_SCIENTIFIC -> f.puskesmas.pcareCsv() && pcareOnly(f, true);
            case NIK02_EPPGBM_PARTIAL -> eppgbmPartial(f);
            default -> throw new IllegalArgumentException(k.name());
        };
    }

    /** Moves an adult's birth date to day 29 (reserved for PIS-PK records without a usable NIK). */
    private static void reserveDay29(Person p) {
        LocalDate d = p.dob;
        p.dob = d.lengthOfMonth() >= 29 ? d.withDayOfMonth(29) : d.plusMonths(1).withDayOfMonth(29);
    }

    /** An isolated adult whose PIS-PK NIK is invalid, damaged, or encodes another date or sex. */
    private boolean pispk(Family f, Injection k) {
        Person p = kit.adult(f, a -> true);
        if (p == null) {
            return false;
        }
        InjectionKit.isolate(p);
        String pkm = InjectionKit.pkm(f);
        switch (k) {
            case NIK01_PISPK -> {
                reserveDay29(p);
                InvalidNiks.Made invalid = kit.invalidNiks.make(p, true);
                p.pispkNik = invalid.nik();
                kit.mb.must("NIK-01", p.nik, pkm, "pispk", p.pispkNik.digits(), p.name, p.dob,
                        "PIS-PK NIK invalid: " + invalid.form().description);
            }
            case NIK02_PISPK_NUMERIC -> {
                reserveDay29(p);
                p.pispkNik = ExcelDamage.NUMERIC_CELL.of(p.nik);
                kit.mb.must("NIK-02", p.nik, pkm, "pispk", p.pispkNik.digits(), p.name, p.dob,
                        "NIK as a numeric cell in the raw survey workbook (last digit lost)");
            }
            case NIK02_PISPK_SCIENTIFIC -> {
                reserveDay29(p);
                p.pispkNik = ExcelDamage.SCIENTIFIC_TEXT.of(p.nik);
                kit.mb.must("NIK-02", p.nik, pkm, "pispk", p.pispkNik.digits(), p.name, p.dob,
                        "NIK as '" + p.pispkNik.text() + "' in the members CSV");
            }
            case NIK05_DATE -> {
                LocalDate wrong = p.dob.minusYears(1).plusDays(p.dob.getDayOfMonth() < 20 ? 3 : -3);
                p.nik = kit.factory.niks().allocate(p.nik.substring(0, 6), wrong, p.sex);
                kit.mb.must("NIK-05", p.nik, pkm, "pispk", p.nik, p.name, p.dob,
                        "NIK encodes " + wrong + ", Tanggal Lahir " + p.dob);
            }
            case NIK05_SEX -> {
                p.nik = kit.factory.niks().allocate(p.nik.substring(0, 6), p.dob, p.sex == Sex.L ? Sex.P : Sex.L);
                kit.mb.must("NIK-05", p.nik, pkm, "pispk", p.nik, p.name, p.dob,
                        "NIK encodes the other sex (JK " + p.sex + ")");
            }
            default -> throw new IllegalArgumentException(k.name());
        }
        return true;
    }

    private boolean nik04(Family f) {
        Person a = kit.adult(f, p -> p.tahunPada(f.visit) <= 60);
        if (a == null) {
            return false;
        }
        InjectionKit.isolate(a);
        Person b = kit.factory.addAdult(f, a.sex, a.dob, kit.dissimilarName(a), "Famili Lain");
        b.pispkNik = NikOut.clean(a.nik);
        b.used = true;
        InjectionKit.isolate(b);
        kit.mb.must("NIK-04", a.nik, InjectionKit.pkm(f), "pispk", a.nik, a.name, a.dob,
                "NIK also given to " + b.name + " (same birth date and sex) in the same family");
        return true;
    }

    /** A PCare participant not in the survey, its NIK invalid or as scientific text. */
    private boolean pcareOnly(Family f, boolean scientific) {
        Person o = kit.outsiderBorn(kit.rng.chance(0.5) ? Sex.L : Sex.P, 31, f.muslim);
        if (o.dob == null) {
            return false;
        }
        PcareEntry e = kit.factory.pcare(o, f.puskesmas, true);
        String pkm = InjectionKit.pkm(f);
        if (scientific) {
            e.nik = ExcelDamage.SCIENTIFIC_TEXT.of(o.nik);
            kit.mb.must("NIK-02", o.nik, pkm, "pcare", e.nik.digits(), o.name, o.dob,
                    "PCare-only participant, NIK as '" + e.nik.text() + "' in the CSV");
        } else {
            InvalidNiks.Made invalid = kit.invalidNiks.make(o, false);
            e.nik = invalid.nik();
            kit.mb.must("NIK-01", o.nik, pkm, "pcare", e.nik.digits(), o.name, o.dob,
                    "PCare-only participant, NIK invalid: " + invalid.form().description);
        }
        f.pcareOnly.add(e);
        return true;
    }

    /** One e-PPGBM row of a surveyed child damaged by Excel: its other rows still match by NIK. */
    private boolean eppgbmPartial(Family f) {
        Person c = kit.pick(f, p -> p.measurements.size() >= 2
                && p.measurements.stream().anyMatch(m -> !InjectionKit.inWindow(m.tanggal, f.visit)));
        if (c == null) {
            return false;
        }
        List<Measurement> out = c.measurements.stream().filter(m -> !InjectionKit.inWindow(m.tanggal, f.visit)).toList();
        Measurement m = kit.rng.pick(out);
        m.nik = ExcelDamage.NUMERIC_CELL.of(c.nik);
        String pkm = InjectionKit.pkm(f);
        kit.mb.must("NIK-02", c.nik, pkm, "eppgbm", m.nik.digits(), c.name, c.dob,
                "one e-PPGBM row (" + m.tanggal + ") has the NIK as a numeric cell");
        kit.mb.may("MATCH-01", InjectionKit.side("pispk", c.nik, c.name, c.dob) + "|"
                        + InjectionKit.side("eppgbm", m.nik.digits(), c.name, c.dob),
                pkm, "eppgbm", m.nik.digits(), c.name, c.dob,
                "the damaged row may be proposed as a pair for the surveyed child it belongs to");
        if (c.bulanPada(kit.run) < 60) {
            kit.mb.may("BALITA-01", c.nik, pkm, "eppgbm", m.nik.digits(), c.name, c.dob,
                    "the damaged row, if no pair is proposed, is a child the survey does not list");
        }
        return true;
    }
}
