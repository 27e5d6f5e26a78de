package id.rekon.pispk.sample;

import id.rekon.pispk.model.Jawaban;
import id.rekon.pispk.model.Sex;
import id.rekon.pispk.model.StatusKawin;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

/**
 * What every {@link RuleInjector} plants with: the run's factory, kabupaten, randomness and manifest,
 * and the ways of choosing a suitable person that all families share.
 *
 * <p>Every method that draws from {@link Rng} is listed as doing so: the generated data depends on
 * the order of the draws, so an injector must call them exactly where it always has.
 */
final class InjectionKit {

    final FamilyFactory factory;
    final Kabupaten kab;
    final Rng rng;
    final ManifestBuilder mb;
    /** The run date. */
    final LocalDate run;
    final InvalidNiks invalidNiks = new InvalidNiks();

    InjectionKit(FamilyFactory factory, Kabupaten kab, Rng rng, ManifestBuilder mb) {
        this.factory = factory;
        this.kab = kab;
        this.rng = rng;
        this.mb = mb;
        this.run = factory.runDate();
    }

    // ------------------------------------------------------------------ candidates (one draw each)

    /**
     * A surveyed member with a clean NIK, not yet used by an injection, for whom {@code ok} holds;
     * drawn at random and marked used; {@code null} (no draw) when there is none.
     */
    Person pick(Family f, Predicate<Person> ok) {
        List<Person> c = new ArrayList<>();
        for (Person p : f.members) {
            if (p.inPispk && !p.used && p.nik != null && p.pispkNik == null && p.eppgbmNik == null && ok.test(p)) {
                c.add(p);
            }
        }
        if (c.isEmpty()) {
            return null;
        }
        Person p = rng.pick(c);
        p.used = true;
        return p;
    }

    /** An adult (20 or more at the visit) not in KUA and never measured, as {@link #pick}. */
    Person adult(Family f, Predicate<Person> ok) {
        return pick(f, p -> !p.inKua && p.tahunPada(f.visit) >= 20 && p.measurements.isEmpty() && ok.test(p));
    }

    /** A child aged from {@code minMonthsAtVisit} to {@code maxMonthsAtVisit} at the visit, as {@link #pick}. */
    Person child(Family f, int minMonthsAtVisit, int maxMonthsAtVisit, Predicate<Person> ok) {
        return pick(f, p -> {
            int m = p.bulanPada(f.visit);
            return m >= minMonthsAtVisit && m <= maxMonthsAtVisit && ok.test(p);
        });
    }

    static boolean noProlanis(Person p) {
        return p.pcare == null || p.pcare.prolanis.isEmpty();
    }

    /** Cuts a person off every rule that compares a NIK match: no PCare row, Kartu JKN Tidak, no hypertension Y. */
    static void isolate(Person p) {
        p.pcare = null;
        p.jkn = false;
        if (p.ht == Jawaban.Y) {
            p.ht = Jawaban.N;
        }
    }

    /** A name unlike {@code p}'s (similarity under 0.7), folded; draws until one is found (at most 50 tries). */
    String dissimilarName(Person p) {
        for (int i = 0; i < 50; i++) {
            String n = Names.join(factory.names().given(p.sex, !p.muslim), factory.names().surname(!p.muslim));
            if (Names.similarity(n, p.name) < 0.7) {
                return Names.fold(n);
            }
        }
        return p.sex == Sex.L ? "ZAKARIAS OENUNU" : "WARDAH HASYIM";
    }

    /**
     * Someone the survey does not know, 20 to 30 years old, born on day {@code day} (a reserved day),
     * his NIK issued in another province when the region master knows one. His {@code dob} is
     * {@code null} when no such date exists.
     */
    Person outsiderBorn(Sex sex, int day, boolean muslim) {
        LocalDate dob = onDay(day, run.minusYears(30), run.minusYears(20));
        String region = kab.wilayah().lainProvinsi().isEmpty() ? kab.puskesmas().get(0).kodeKecamatan()
                : rng.pick(kab.wilayah().lainProvinsi());
        Person p = factory.person(sex, dob, Names.join(factory.names().given(sex, muslim),
                factory.names().surname(muslim)), muslim, region);
        p.inPispk = false;
        p.kawin = StatusKawin.BELUM_KAWIN;
        return p;
    }

    // ------------------------------------------------------------------ dates and sexes

    /** A date on day {@code day} of a month, within {@code [from, to]}, drawn; {@code null} (no draw) if none. */
    LocalDate onDay(int day, LocalDate from, LocalDate to) {
        List<LocalDate> c = new ArrayList<>();
        for (LocalDate m = from.withDayOfMonth(1); !m.isAfter(to); m = m.plusMonths(1)) {
            if (m.lengthOfMonth() >= day) {
                LocalDate d = m.withDayOfMonth(day);
                if (!d.isBefore(from) && !d.isAfter(to)) {
                    c.add(d);
                }
            }
        }
        return c.isEmpty() ? null : rng.pick(c);
    }

    /** One draw. */
    Sex anySex() {
        return rng.chance(0.5) ? Sex.L : Sex.P;
    }

    /** Whether {@code d} is in the TUMBUH window: from the visit minus 31 days to the visit, both included. */
    static boolean inWindow(LocalDate d, LocalDate visit) {
        return FamilyFactory.inside(d, visit.minusDays(31), visit);
    }

    // ------------------------------------------------------------------ the manifest

    static String pkm(Family f) {
        return f.puskesmas.kode();
    }

    /** A finding about a person under his own NIK, owned by the family's puskesmas. */
    void expect(Expect e, String rule, Person p, Family f, String source, String note) {
        mb.expect(e, rule, p.nik, pkm(f), source, p.nik, p.name, p.dob, note);
    }

    void must(String rule, Person p, Family f, String source, String note) {
        expect(Expect.MUST, rule, p, f, source, note);
    }

    /** The subject of a finding about a record without a usable NIK. */
    static String nonik(String source, String digits, String name, LocalDate dob) {
        return "nonik:" + source + ":" + digits + ":" + Names.normal(name) + ":" + dob;
    }

    /** One side of a MATCH-01 pair's subject. */
    static String side(String source, String digits, String name, LocalDate dob) {
        return source + ":" + digits + ":" + Names.normal(name) + ":" + dob;
    }
}
