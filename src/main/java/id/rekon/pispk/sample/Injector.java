package id.rekon.pispk.sample;

import id.rekon.pispk.model.Jawaban;
import id.rekon.pispk.model.Sex;
import id.rekon.pispk.model.StatusKawin;
import id.rekon.pispk.model.Umur;

import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

/**
 * Injects discrepancies into clean families, person by person, and records every finding each one
 * causes in the manifest, with its owner puskesmas.
 *
 * <p>Pacing: each {@link Injection} has a target count for the run; it is made in the first
 * family past its due point (spread evenly over the run) that has a suitable person, at most
 * three injections per family and one per person. Injected people are chosen or built so that one
 * injection causes exactly the findings recorded:
 * <ul>
 *   <li>a PIS-PK person whose NIK is made unusable (invalid, damaged, duplicate, inconsistent) is
 *   isolated: no PCare row, Kartu JKN Tidak, no hypertension Y, not in KUA, an adult (no roster);</li>
 *   <li>records without a usable NIK are born on reserved days (27 for designed probable pairs,
 *   29 for PIS-PK, 31 for other sources; the clean base uses days 2 to 25 only) so no accidental
 *   probable match can silence a roster rule or add a MATCH-01;</li>
 *   <li>a baby without a NIK in PIS-PK has blank Pemantauan and ASI answers and Kartu JKN Tidak,
 *   so no rule that needs a NIK match can fire on it whatever its reading.</li>
 * </ul>
 * Assumptions the expectations rest on, stated in the manifest: a blank NIK is not a NIK finding;
 * a damaged No KK is not a NIK finding; one NIK-04 per NIK and source; one MATCH-01 per pair.
 */
final class Injector {

    private static final int MAX_PER_FAMILY = 3;
    private static final String[] INVALID_FORMS = {"15 digits", "serial 0000", "day 35", "month 13",
        "province 10", "31 February", "17 digits", "all one digit", "a run of digits"};

    private final FamilyFactory factory;
    private final Kabupaten kab;
    private final Rng rng;
    private final ManifestBuilder mb;
    private final LocalDate run;
    private final int families;
    private final Injection[] order;
    private final Map<Injection, Integer> target = new EnumMap<>(Injection.class);
    private final Map<Injection, Integer> applied = new EnumMap<>(Injection.class);
    private int invalidForm;
    /** The puskesmas whose whole PIS-PK members export is damaged by Excel, or {@code null}. */
    private final String eksporRusak;
    private int rusakNik;

    Injector(FamilyFactory factory, Kabupaten kab, Rng rng, ManifestBuilder mb, int families) {
        this(factory, kab, rng, mb, families, null);
    }

    Injector(FamilyFactory factory, Kabupaten kab, Rng rng, ManifestBuilder mb, int families, String eksporRusak) {
        this.eksporRusak = eksporRusak;
        this.factory = factory;
        this.kab = kab;
        this.rng = rng;
        this.mb = mb;
        this.run = factory.runDate();
        this.families = families;
        List<Injection> persons = new ArrayList<>();
        for (Injection k : Injection.values()) {
            target.put(k, k.target(families));
            applied.put(k, 0);
            if (!k.survei()) {
                persons.add(k);
            }
        }
        this.order = persons.toArray(new Injection[0]);
    }

    /** How many of each injection were made, in declaration order. */
    Map<String, Integer> counts() {
        Map<String, Integer> m = new LinkedHashMap<>();
        applied.forEach((k, v) -> m.put(k.name(), v));
        if (eksporRusak != null) {
            m.put("EKSPOR_RUSAK_NIK", rusakNik);
        }
        return m;
    }

    private boolean due(Injection k, int index) {
        int t = target.get(k);
        if (k.fixed) {
            return applied.get(k) < t && index >= families / 3;
        }
        return applied.get(k) < Math.floor((double) t * (index + 1) / families + 0.5);
    }

    private void done(Injection k, Family f) {
        applied.merge(k, 1, Integer::sum);
        f.injections++;
    }

    // ------------------------------------------------------------------ SURVEI-01

    /** The visit plan of family {@code index}: SURVEI-01 families are made here. */
    FamilyFactory.VisitPlan planVisit(int index) {
        for (Injection k : new Injection[]{Injection.SURVEI01_EDGE_12, Injection.SURVEI01_EDGE_11_NONE,
            Injection.SURVEI01}) {
            if (due(k, index)) {
                return switch (k) {
                    case SURVEI01_EDGE_12 -> FamilyFactory.VisitPlan.EDGE_12;
                    case SURVEI01_EDGE_11_NONE -> FamilyFactory.VisitPlan.EDGE_11;
                    default -> FamilyFactory.VisitPlan.OLD;
                };
            }
        }
        return FamilyFactory.VisitPlan.NORMAL;
    }

    /** Records the SURVEI-01 finding of a family made with a non-normal plan. */
    void visitPlanned(Family f, FamilyFactory.VisitPlan plan) {
        String pkm = f.puskesmas.kode();
        switch (plan) {
            case OLD -> {
                mb.must("SURVEI-01", f.kode, pkm, "pispk", "", f.head().name, null,
                        "visit " + f.visit + ", " + Umur.bulan(f.visit, run) + " months before the run date");
                done(Injection.SURVEI01, f);
            }
            case EDGE_12 -> {
                mb.must("SURVEI-01", f.kode, pkm, "pispk", "", f.head().name, null,
                        "boundary: visit " + f.visit + " is exactly 12 whole months before the run date");
                done(Injection.SURVEI01_EDGE_12, f);
            }
            case EDGE_11 -> {
                mb.none("SURVEI-01", f.kode, pkm, "pispk", "", f.head().name, null,
                        "boundary: visit " + f.visit + " is 12 months minus one day (11 whole months) before");
                done(Injection.SURVEI01_EDGE_11_NONE, f);
            }
            default -> {
            }
        }
    }

    // ------------------------------------------------------------------ person injections

    void apply(Family f) {
        boolean rusak = f.puskesmas.kode().equals(eksporRusak);
        int start = f.index % order.length;
        for (int j = 0; j < order.length && f.injections < MAX_PER_FAMILY && !rusak; j++) {
            Injection k = order[(start + j) % order.length];
            if (due(k, f.index) && inject(k, f)) {
                done(k, f);
            }
        }
        f.members.sort(Comparator.comparingInt(Injector::rank));
        f.renumber();
        if (rusak) {
            eksporRusak(f);
        }
    }

    // ------------------------------------------------------------------ a whole export damaged

    /**
     * A grandchild ({@code Cucu}) whose parents, as e-PPGBM names them, are not members of the family,
     * while the family has an {@code Anak} or {@code Menantu} at least 12 years older: the probable
     * matcher takes those as the PIS-PK side's parents (see {@code match.NamaOrangTua}), so the pair
     * stands or falls on whether two unrelated names happen to look alike.
     */
    /** Marks a pair of a child over five with his e-PPGBM record (spec: probable matching at every age). */
    static final String OVER_FIVE = "(child over five at the run date)";

    private static boolean parentsElsewhere(Family f, Person c) {
        if (!"Cucu".equals(c.hubungan) || c.namaIbu == null && c.namaAyah == null) {
            return false;
        }
        for (Person m : f.members) {
            if (m != c && m.inPispk && ("Anak".equals(m.hubungan) || "Menantu".equals(m.hubungan))
                    && !m.dob.plusYears(12).isAfter(c.dob)) {
                return true;
            }
        }
        return false;
    }

    /**
     * A family of the puskesmas whose members CSV was opened and saved in Excel: every NIK is
     * written in scientific notation. Such families get no other injection, so the findings are
     * exactly these, per member with a NIK:
     * <ul>
     *   <li>NIK-02 for the PIS-PK record;</li>
     *   <li>MATCH-01 with each record of the member in PCare, e-PPGBM and KUA owned by the same
     *   puskesmas (the matcher's block): the member is no longer matched by NIK, so the program
     *   record is a candidate; spec rule 4 then silences JKN-01, HT-01, TUMBUH-01, BALITA-01/02 and
     *   KUA-02 for that program;</li>
     *   <li>a program record owned elsewhere (a PCare row at another PPK, e-PPGBM at another
     *   puskesmas) cannot be paired: BALITA-01 for the e-PPGBM child, BALITA-02 for the PIS-PK one;
     *   JKN-01 and HT-01 compare only people matched by NIK, so none; TUMBUH-01 is {@code may}
     *   (a child with no usable NIK and no pair: the spec's TUMBUH-01 row leaves it open);</li>
     *   <li>a grandchild whose e-PPGBM parents are not in the family: MATCH-01 and BALITA-01/02 are
     *   {@code may} (see {@link #parentsElsewhere});</li>
     *   <li>a child under five with no e-PPGBM record is BALITA-02 under the damaged digits.</li>
     * </ul>
     */
    private void eksporRusak(Family f) {
        String pkm = pkm(f);
        for (Person p : f.members) {
            if (!p.inPispk || p.nik == null) {
                continue;
            }
            p.pispkNik = NikOut.scientificText(p.nik);
            rusakNik++;
            String digits = p.pispkNik.digits();
            String pispkSide = side("pispk", digits, p.name, p.dob);
            mb.must("NIK-02", p.nik, pkm, "pispk", digits, p.name, p.dob,
                    "whole members export damaged by Excel: NIK as '" + p.pispkNik.text() + "'");
            if (p.pcare != null && p.pcare.ppk.kode().equals(pkm)) {
                mb.must("MATCH-01", pispkSide + "|" + side("pcare", p.nik, p.name, p.dob), pkm, "pcare", digits,
                        p.name, p.dob, "whole export damaged: the member's PCare row at the same puskesmas");
            }
            // JKN-01 and HT-01 compare only people matched by NIK (spec rule 4): none for this member,
            // paired or not
            boolean eppgbmPaired = false;
            if (!p.measurements.isEmpty()) {
                String eName = p.eppgbmName != null ? p.eppgbmName : p.name;
                String eDigits = p.eppgbmNikOut().digits();
                if (p.eppgbmPuskesmas.kode().equals(pkm) && parentsElsewhere(f, p)) {
                    // the matcher compares the parents: e-PPGBM names the grandchild's own parents,
                    // PIS-PK offers the family's Anak/Menantu; whether any two names look alike is chance
                    String why = "whole export damaged: grandchild whose e-PPGBM parents are not in the family; "
                            + "paired only if a parent name looks like one of the family's Anak/Menantu";
                    mb.may("MATCH-01", pispkSide + "|" + side("eppgbm", eDigits, eName, p.dob), pkm, "eppgbm",
                            digits, p.name, p.dob, why);
                    if (p.bulanPada(run) < 60) {
                        mb.may("BALITA-01", p.nik, pkm, "eppgbm", eDigits, eName, p.dob, why);
                        mb.may("BALITA-02", p.nik, pkm, "eppgbm", digits, p.name, p.dob, why);
                    }
                    eppgbmPaired = true;
                } else if (p.eppgbmPuskesmas.kode().equals(pkm)) {
                    eppgbmPaired = true;
                    mb.must("MATCH-01", pispkSide + "|" + side("eppgbm", eDigits, eName, p.dob), pkm, "eppgbm",
                            digits, p.name, p.dob, "whole export damaged: the child's e-PPGBM record"
                                    + (p.bulanPada(run) >= 60 ? " " + OVER_FIVE : ""));
                } else if (p.bulanPada(run) < 60) {
                    mb.must("BALITA-01", p.nik, p.eppgbmPuskesmas.kode(), "eppgbm", eDigits, eName, p.dob,
                            "whole export damaged: e-PPGBM record at another puskesmas, nothing to pair");
                }
            }
            if (!eppgbmPaired && p.bulanPada(run) < 60) {
                mb.must("BALITA-02", p.nik, pkm, "eppgbm", digits, p.name, p.dob,
                        "whole export damaged: child under five not paired with any e-PPGBM record");
            }
            int atVisit = p.bulanPada(f.visit);
            if (!eppgbmPaired && p.pemantauan == Jawaban.Y && atVisit >= 2 && atVisit <= 59) {
                mb.may("TUMBUH-01", p.nik, pkm, "eppgbm", digits, p.name, p.dob,
                        "whole export damaged: Pemantauan Y, no e-PPGBM record to pair");
            }
        }
        for (KuaCouple c : f.couples) {
            for (Person p : List.of(c.suami, c.istri)) {
                if (p.inPispk && p.nik != null && f.members.contains(p) && c.kua.kode().equals(pkm)) {
                    NikOut k = p == c.suami ? c.nikSuami : c.nikIstri;
                    mb.must("MATCH-01", side("pispk", p.pispkNik.digits(), p.name, p.dob) + "|"
                                    + side("kua", k.digits(), p.name, p.dob), pkm, "kua", p.pispkNik.digits(),
                            p.name, p.dob, "whole export damaged: the member's KUA registration ("
                                    + (p == c.suami ? "groom" : "bride") + ")");
                }
            }
        }
    }

    private static int rank(Person p) {
        return switch (p.hubungan) {
            case "Kepala Keluarga" -> 0;
            case "Istri", "Suami" -> 1;
            case "Anak" -> 2;
            case "Cucu" -> 3;
            case "Orang Tua" -> 4;
            default -> 5;
        };
    }

    private boolean inject(Injection k, Family f) {
        return switch (k) {
            case JKN01_ABSENT -> jkn01Absent(f);
            case JKN01_INACTIVE -> jkn01Inactive(f);
            case JKN02 -> jkn02(f);
            case TUMBUH01 -> tumbuh01(f);
            case TUMBUH02 -> tumbuh02(f);
            case TUMBUH01_EDGE_OUT_32 -> tumbuhEdge(f, 32, Jawaban.Y, "must", "TUMBUH-01");
            case TUMBUH02_EDGE_IN_31 -> tumbuhEdge(f, 31, Jawaban.T, "must", "TUMBUH-02");
            case TUMBUH_EDGE_IN_31_NONE -> tumbuhEdge(f, 31, Jawaban.Y, "none", "TUMBUH-01");
            case TUMBUH_EDGE_VISIT_NONE -> tumbuhEdge(f, 0, Jawaban.Y, "none", "TUMBUH-01");
            case BALITA01_OMITTED -> balita01Omitted(f, rng.between(3, 56), "must");
            case BALITA01_EDGE_59 -> balita01Omitted(f, 59, "must");
            case BALITA01_EDGE_60_NONE -> balita01Omitted(f, 60, "none");
            case BALITA01_DUMMY_ZERO -> balita01Newborn(f, false, false);
            case BALITA01_DUMMY_MOTHER -> balita01Newborn(f, true, false);
            case BALITA01_DUMMY_THEN_REAL -> balita01Newborn(f, false, true);
            case BALITA01_NIK_NUMERIC -> balita01Damaged(f, true);
            case BALITA01_NIK_SCIENTIFIC -> balita01Damaged(f, false);
            case BALITA02_NO_EPPGBM -> balita02NoEppgbm(f);
            case BALITA02_BLANK_NIK -> balita02BlankNik(f);
            case BALITA02_EDGE_59 -> balita02Edge(f, 59, "must");
            case BALITA02_EDGE_60_NONE -> balita02Edge(f, 60, "none");
            case ASI01 -> asi(f, true);
            case ASI02 -> asi(f, false);
            case HT01 -> ht01(f);
            case HT02 -> ht02(f);
            case KUA01 -> kuaPispk(f, true);
            case KUA03_PISPK -> kuaPispk(f, false);
            case KUA02 -> kua02(f, 0);
            case KUA02_NIK_NUMERIC -> kua02(f, 1);
            case KUA02_NIK_INVALID -> kua02(f, 2);
            case KUA03_OUTSIDERS -> kua03Outsiders(f, rng.between(5, 85), "must");
            case KUA03_EDGE_1 -> kua03Outsiders(f, 1, "must");
            case KUA03_EDGE_90 -> kua03Outsiders(f, 90, "must");
            case KUA03_EDGE_0_NONE -> kua03Outsiders(f, 0, "none");
            case KUA03_EDGE_91_NONE -> kua03Outsiders(f, 91, "none");
            case DEMO01 -> demoPcare(f, 1);
            case DEMO02 -> demoPcare(f, 2);
            case DEMO03 -> demoPcare(f, 3);
            case DEMO04 -> demo04(f);
            case NIK01_PISPK -> nikPispk(f, 1);
            case NIK02_PISPK_NUMERIC -> f.puskesmas.rawSurvei() && nikPispk(f, 2);
            case NIK02_PISPK_SCIENTIFIC -> !f.puskesmas.rawSurvei() && nikPispk(f, 3);
            case NIK05_DATE -> nikPispk(f, 5);
            case NIK05_SEX -> nikPispk(f, 6);
            case NIK04_PISPK -> nik04(f);
            case NIK01_PCARE -> nikPcare(f, false);
            case NIK02_PCARE_SCIENTIFIC -> f.puskesmas.pcareCsv() && nikPcare(f, true);
            case NIK02_EPPGBM_PARTIAL -> nik02Partial(f);
            case MATCH01_DUMMY_ZERO -> match01(f, false, false);
            case MATCH01_DUMMY_MOTHER -> match01(f, true, false);
            case MATCH01_BY_NY -> match01(f, false, true);
            case MATCH01_PCARE_DAMAGED -> match01Pcare(f, 1);
            case MATCH01_PCARE_INVALID -> match01Pcare(f, 2);
            case MATCH01_PCARE_BLANK -> match01Pcare(f, 3);
            case MATCH01_KUA_DAMAGED -> match01Kua(f);
            case MATCH01_NONE_FATHER_SON -> lookAlikePcare(f, true);
            case MATCH01_NONE_NAMESAKE -> lookAlikePcare(f, false);
            case MATCH01_NONE_TWIN -> twin(f);
            default -> false;
        };
    }

    // ------------------------------------------------------------------ candidates

    private Person pick(Family f, Predicate<Person> ok) {
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

    private Person adult(Family f, Predicate<Person> ok) {
        return pick(f, p -> !p.inKua && p.tahunPada(f.visit) >= 20 && p.measurements.isEmpty() && ok.test(p));
    }

    private Person child(Family f, int minMonthsAtVisit, int maxMonthsAtVisit, Predicate<Person> ok) {
        return pick(f, p -> {
            int m = p.bulanPada(f.visit);
            return m >= minMonthsAtVisit && m <= maxMonthsAtVisit && ok.test(p);
        });
    }

    private static boolean noProlanis(Person p) {
        return p.pcare == null || p.pcare.prolanis.isEmpty();
    }

    private void isolate(Person p) {
        p.pcare = null;
        p.jkn = false;
        if (p.ht == Jawaban.Y) {
            p.ht = Jawaban.N;
        }
    }

    private String pkm(Family f) {
        return f.puskesmas.kode();
    }

    private void must(String rule, Person p, Family f, String source, String note) {
        mb.must(rule, p.nik, pkm(f), source, p.nik, p.name, p.dob, note);
    }

    static String nonik(String source, String digits, String name, LocalDate dob) {
        return "nonik:" + source + ":" + digits + ":" + Names.normal(name) + ":" + dob;
    }

    static String side(String source, String digits, String name, LocalDate dob) {
        return source + ":" + digits + ":" + Names.normal(name) + ":" + dob;
    }

    // ------------------------------------------------------------------ JKN

    private boolean jkn01Absent(Family f) {
        Person p = pick(f, p2 -> p2.pcare == null || p2.pcare.aktif && p2.pcare.prolanis.isEmpty());
        if (p == null) {
            return false;
        }
        boolean had = p.pcare != null;
        p.pcare = null;
        p.jkn = true;
        must("JKN-01", p, f, "pcare", "Kartu JKN Ya in PIS-PK, no PCare row with this NIK"
                + (had ? " (its AKTIF row removed)" : ""));
        return true;
    }

    private boolean jkn01Inactive(Family f) {
        Person p = pick(f, Injector::noProlanis);
        if (p == null) {
            return false;
        }
        if (p.pcare == null) {
            p.pcare = factory.pcare(p, f.puskesmas, false);
        }
        p.pcare.aktif = false;
        p.pcare.status = rng.pick(FamilyFactory.INACTIVE);
        p.jkn = true;
        must("JKN-01", p, f, "pcare", "Kartu JKN Ya in PIS-PK, PCare status '" + p.pcare.status + "'");
        return true;
    }

    private boolean jkn02(Family f) {
        Person p = pick(f, Injector::noProlanis);
        if (p == null) {
            return false;
        }
        if (p.pcare == null) {
            p.pcare = factory.pcare(p, f.puskesmas, true);
        }
        p.pcare.aktif = true;
        p.pcare.status = "AKTIF";
        p.jkn = false;
        must("JKN-02", p, f, "pcare", "Kartu JKN Tidak in PIS-PK, AKTIF in PCare at " + p.pcare.ppk.kode());
        return true;
    }

    // ------------------------------------------------------------------ TUMBUH

    private static boolean inWindow(LocalDate d, LocalDate visit) {
        return FamilyFactory.inside(d, visit.minusDays(31), visit);
    }

    private boolean tumbuh01(Family f) {
        Person c = child(f, 3, 58, p -> p.measurements.stream().anyMatch(m -> !inWindow(m.tanggal, f.visit)));
        if (c == null) {
            return false;
        }
        c.measurements.removeIf(m -> inWindow(m.tanggal, f.visit));
        c.pemantauan = Jawaban.Y;
        must("TUMBUH-01", c, f, "eppgbm", "Pemantauan Y at " + c.bulanPada(f.visit)
                + " months, no e-PPGBM measurement from visit-31 to visit " + f.visit);
        return true;
    }

    private boolean tumbuh02(Family f) {
        Person c = child(f, 3, 58, p -> p.hasMeasurementBetween(f.visit.minusDays(31), f.visit));
        if (c == null) {
            return false;
        }
        c.pemantauan = Jawaban.T;
        must("TUMBUH-02", c, f, "eppgbm", "Pemantauan T at " + c.bulanPada(f.visit)
                + " months, measured in e-PPGBM within 31 days before the visit " + f.visit);
        return true;
    }

    /** A single measurement {@code daysBefore} the visit replaces those in the window. */
    private boolean tumbuhEdge(Family f, int daysBefore, Jawaban answer, String expect, String rule) {
        Person c = child(f, 3, 58, p -> true);
        if (c == null) {
            return false;
        }
        LocalDate d = f.visit.minusDays(daysBefore);
        c.measurements.removeIf(m -> inWindow(m.tanggal, f.visit) || m.tanggal.equals(d));
        c.measurements.add(new Measurement(d));
        c.measurements.sort(Comparator.comparing(m -> m.tanggal));
        c.pemantauan = answer;
        String note = "boundary: Pemantauan " + answer + ", only measurement near the window on visit-"
                + daysBefore + " (" + d + ", visit " + f.visit + ")";
        if (expect.equals("must")) {
            must(rule, c, f, "eppgbm", note);
        } else {
            mb.none(rule, c.nik, pkm(f), "eppgbm", c.nik, c.name, c.dob, note);
        }
        return true;
    }

    // ------------------------------------------------------------------ BALITA

    /** A birth date with {@code months} whole months on the run date, on a clean day. */
    private LocalDate dobAged(int months, LocalDate latest) {
        LocalDate d = run.minusMonths(months);
        for (int k = 0; k < 60; k++) {
            LocalDate c = d.minusDays(k);
            if (Umur.bulan(c, run) == months && c.getDayOfMonth() >= 2 && c.getDayOfMonth() <= 25
                    && !c.isAfter(latest)) {
                return c;
            }
        }
        return null;
    }

    /** A date on day {@code day} of a month, within {@code [from, to]}, or {@code null}. */
    private LocalDate onDay(int day, LocalDate from, LocalDate to) {
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

    private Sex anySex() {
        return rng.chance(0.5) ? Sex.L : Sex.P;
    }

    private boolean balita01Omitted(Family f, int months, String expect) {
        if (f.mother == null || f.childAdded) {
            return false;
        }
        LocalDate dob = dobAged(months, f.visit.minusDays(20));
        if (dob == null) {
            return false;
        }
        Person c = factory.newChild(f, dob, anySex());
        if (c.measurements.isEmpty()) {
            return false;
        }
        c.inPispk = false;
        f.eppgbmOnly.add(c);
        f.childAdded = true;
        String note = (months >= 59 ? "boundary: " : "") + "child of this family aged " + months
                + " months on the run date, in e-PPGBM, not listed in the survey";
        if (expect.equals("must")) {
            mb.must("BALITA-01", c.nik, pkm(f), "eppgbm", c.nik, c.name, c.dob, note);
        } else {
            mb.none("BALITA-01", c.nik, pkm(f), "eppgbm", c.nik, c.name, c.dob, note);
        }
        return true;
    }

    /** A baby born after the visit, in e-PPGBM only, under a dummy NIK (and later its real one). */
    private boolean balita01Newborn(Family f, boolean motherNik, boolean thenReal) {
        if (f.mother == null || f.mother.nik == null || f.childAdded) {
            return false;
        }
        LocalDate dob = onDay(31, f.visit.plusDays(5), run.minusDays(thenReal ? 70 : 15));
        if (dob == null) {
            return false;
        }
        Person c = factory.newChild(f, dob, anySex());
        if (c.measurements.size() < (thenReal ? 2 : 1)) {
            return false;
        }
        c.inPispk = false;
        String placeholder = "BY NY " + Names.fold(f.mother.name);
        NikOut dummy = motherNik ? NikOut.tagged(f.mother.nik, "nik_dummy_mother")
                : NikOut.tagged(f.puskesmas.kodeKecamatan() + "0000000000", "nik_dummy_zero");
        c.nikIbu = f.mother.nik;
        String dummySubject = nonik("eppgbm", dummy.digits(), placeholder, dob);
        String kind = motherNik ? "the mother's NIK (NIK Ortu shows it)" : "a kecamatan code and zeros";
        if (thenReal) {
            int half = c.measurements.size() / 2;
            for (int i = 0; i < half; i++) {
                c.measurements.get(i).nik = dummy;
                c.measurements.get(i).nama = placeholder;
            }
            mb.must("NIK-03", dummySubject, pkm(f), "eppgbm", dummy.digits(), placeholder, dob,
                    "newborn's first " + half + " measurements under dummy NIK (" + kind + ")");
            mb.must("BALITA-01", dummySubject, pkm(f), "eppgbm", dummy.digits(), placeholder, dob,
                    "born after the visit; the dummy-NIK rows are a record of their own");
            mb.must("BALITA-01", c.nik, pkm(f), "eppgbm", c.nik, c.name, dob,
                    "born after the visit; later rows carry the real NIK, not in the survey");
        } else {
            c.nik = null;
            c.eppgbmNik = dummy;
            c.eppgbmName = placeholder;
            mb.must("NIK-03", dummySubject, pkm(f), "eppgbm", dummy.digits(), placeholder, dob,
                    "newborn under dummy NIK (" + kind + ")");
            mb.must("BALITA-01", dummySubject, pkm(f), "eppgbm", dummy.digits(), placeholder, dob,
                    "born after the visit " + f.visit + ", not in the survey, no probable match");
        }
        f.eppgbmOnly.add(c);
        f.childAdded = true;
        return true;
    }

    /** A child only e-PPGBM knows, its NIK damaged by Excel on every row. */
    private boolean balita01Damaged(Family f, boolean numeric) {
        if (f.mother == null || f.childAdded) {
            return false;
        }
        LocalDate dob = onDay(31, run.minusMonths(56), f.visit.minusDays(20));
        if (dob == null || Umur.bulan(dob, run) < 3) {
            return false;
        }
        Person c = factory.newChild(f, dob, anySex());
        if (c.measurements.isEmpty()) {
            return false;
        }
        c.inPispk = false;
        c.eppgbmNik = numeric ? NikOut.numeric(c.nik, "nik_numeric_cell") : NikOut.scientificText(c.nik);
        f.eppgbmOnly.add(c);
        f.childAdded = true;
        String how = numeric ? "numeric cells (last digit lost)" : "'" + c.eppgbmNik.text() + "' text";
        mb.must("NIK-02", c.nik, pkm(f), "eppgbm", c.eppgbmNik.digits(), c.name, dob,
                "child only in e-PPGBM, NIK as " + how + " on every row");
        mb.must("BALITA-01", c.nik, pkm(f), "eppgbm", c.eppgbmNik.digits(), c.name, dob,
                "not in the survey; damaged NIK, no probable match (born on a reserved day)");
        return true;
    }

    private boolean balita02NoEppgbm(Family f) {
        Person c = pick(f, p -> {
            int m = p.bulanPada(run);
            return m >= 3 && m <= 56 && !p.measurements.isEmpty();
        });
        if (c == null) {
            return false;
        }
        c.measurements.clear();
        int m = c.bulanPada(f.visit);
        c.pemantauan = m >= 2 && m <= 59 ? Jawaban.T : null;
        c.asi = null;
        must("BALITA-02", c, f, "eppgbm", "child " + c.bulanPada(run) + " months on the run date, no e-PPGBM rows");
        return true;
    }

    private boolean balita02BlankNik(Family f) {
        if (f.mother == null || f.childAdded) {
            return false;
        }
        LocalDate dob = onDay(29, run.minusMonths(56), f.visit.minusDays(20));
        if (dob == null || Umur.bulan(dob, run) < 2) {
            return false;
        }
        Person c = factory.newChild(f, dob, anySex());
        c.measurements.clear();
        c.nik = null;
        factory.cleanAnswers(c, f);
        c.pemantauan = null;
        c.asi = null;
        c.jkn = false;
        c.used = true;
        f.members.add(c);
        f.childAdded = true;
        mb.must("BALITA-02", nonik("pispk", "", c.name, dob), pkm(f), "eppgbm", "", c.name, dob,
                "child without NIK in the survey (blank), nowhere in e-PPGBM");
        return true;
    }

    private boolean balita02Edge(Family f, int months, String expect) {
        if (f.mother == null || f.childAdded) {
            return false;
        }
        LocalDate dob = dobAged(months, f.visit.minusDays(20));
        if (dob == null) {
            return false;
        }
        Person c = factory.newChild(f, dob, anySex());
        c.measurements.clear();
        factory.cleanAnswers(c, f);
        c.asi = null;
        c.used = true;
        f.members.add(c);
        f.childAdded = true;
        String note = "boundary: child " + months + " months on the run date, no e-PPGBM rows";
        if (expect.equals("must")) {
            must("BALITA-02", c, f, "eppgbm", note);
        } else {
            mb.none("BALITA-02", c.nik, pkm(f), "eppgbm", c.nik, c.name, c.dob, note);
        }
        return true;
    }

    // ------------------------------------------------------------------ ASI, HT

    private boolean asi(Family f, boolean pispkYes) {
        Person c = child(f, 8, 22, p -> p.measurements.stream()
                .anyMatch(m -> Period.between(p.dob, m.tanggal).toTotalMonths() >= 6));
        if (c == null) {
            return false;
        }
        c.asiEksklusif = !pispkYes;
        c.asi = pispkYes ? Jawaban.Y : Jawaban.T;
        must(pispkYes ? "ASI-01" : "ASI-02", c, f, "eppgbm", "ASI Eksklusif " + c.asi + " in PIS-PK at "
                + c.bulanPada(f.visit) + " months, e-PPGBM says " + (pispkYes ? "Tidak" : "Ya"));
        return true;
    }

    private boolean ht01(Family f) {
        Person p = adult(f, a -> a.tahunPada(f.visit) >= 35 && (a.pcare == null || a.pcare.aktif && !a.pcare.prolanisHt()));
        if (p == null) {
            return false;
        }
        if (p.pcare == null) {
            p.pcare = factory.pcare(p, f.puskesmas, true);
        }
        p.jkn = true;
        p.ht = Jawaban.Y;
        must("HT-01", p, f, "pcare", "Hipertensi Y in PIS-PK, PCare Prolanis '" + p.pcare.prolanis + "'");
        return true;
    }

    private boolean ht02(Family f) {
        Person p = adult(f, a -> a.tahunPada(f.visit) >= 40);
        if (p == null) {
            return false;
        }
        if (p.pcare == null) {
            p.pcare = factory.pcare(p, f.puskesmas, true);
        }
        p.pcare.aktif = true;
        p.pcare.status = "AKTIF";
        p.pcare.prolanis = rng.chance(0.7) ? "HT" : "HT+DM";
        p.jkn = true;
        p.ht = rng.chance(0.5) ? Jawaban.T : null;
        must("HT-02", p, f, "pcare", "Prolanis " + p.pcare.prolanis + " in PCare, Hipertensi "
                + (p.ht == null ? "blank" : "T") + " in PIS-PK");
        return true;
    }

    // ------------------------------------------------------------------ KUA

    private Person outsiderBorn(Sex sex, int day, boolean muslim) {
        LocalDate dob = onDay(day, run.minusYears(30), run.minusYears(20));
        String region = kab.wilayah().lainProvinsi().isEmpty() ? kab.puskesmas().get(0).kodeKecamatan()
                : rng.pick(kab.wilayah().lainProvinsi());
        Person p = factory.person(sex, dob, Names.join(factory.names().given(sex, muslim),
                factory.names().surname(muslim)), muslim, region);
        p.inPispk = false;
        p.kawin = StatusKawin.BELUM_KAWIN;
        return p;
    }

    /** KUA-01 (Nikah) or KUA-03 (Terdaftar, akad soon) for an unmarried grown child of the family. */
    private boolean kuaPispk(Family f, boolean nikah) {
        if (!f.muslim || nikah && !f.visit.plusDays(7).isBefore(run.minusDays(7))) {
            return false;
        }
        Person p = adult(f, a -> "Anak".equals(a.hubungan) && a.kawin == StatusKawin.BELUM_KAWIN
                && a.tahunPada(run) >= 19);
        if (p == null) {
            return false;
        }
        Person partner = factory.outsider(p.sex == Sex.L ? Sex.P : Sex.L, 19, 32, true);
        LocalDate akad = nikah
                ? f.visit.plusDays(7 + rng.between(0, (int) (run.minusDays(7).toEpochDay() - f.visit.plusDays(7).toEpochDay())))
                : run.plusDays(rng.between(5, 85));
        KuaCouple c = p.sex == Sex.L ? factory.couple(f, p, partner, nikah, akad)
                : factory.couple(f, partner, p, nikah, akad);
        f.couples.add(c);
        if (nikah) {
            mb.must("KUA-01", c.noPendaftaran, pkm(f), "kua", p.nik, p.name, p.dob,
                    "Nikah on " + akad + " after the visit " + f.visit + "; the " + (p.sex == Sex.P ? "bride" : "groom")
                            + " is Belum Kawin in PIS-PK");
        } else {
            mb.must("KUA-03", c.noPendaftaran, pkm(f), "kua", p.nik, p.name, p.dob,
                    "Terdaftar, akad " + akad + "; the " + (p.sex == Sex.P ? "bride" : "groom") + " is in the survey");
        }
        return true;
    }

    /** KUA-02: a married couple neither of whom the survey knows; optionally one NIK broken. */
    private boolean kua02(Family f, int damage) {
        Person suami = damage == 1 ? outsiderBorn(Sex.L, 31, true) : factory.outsider(Sex.L, 20, 35, true);
        Person istri = damage == 2 ? outsiderBorn(Sex.P, 31, true) : factory.outsider(Sex.P, 19, 32, true);
        if (suami.dob == null || istri.dob == null) {
            return false;
        }
        KuaCouple c = factory.couple(f, suami, istri, true, run.minusDays(rng.between(5, 300)));
        f.couples.add(c);
        mb.must("KUA-02", c.noPendaftaran, pkm(f), "kua", "", istri.name, null,
                "Nikah on " + c.akad + " in desa " + f.desa.nama() + "; neither spouse in the survey");
        if (damage == 1) {
            c.nikSuami = NikOut.numeric(suami.nik, "nik_numeric_cell");
            mb.must("NIK-02", suami.nik, pkm(f), "kua", c.nikSuami.digits(), suami.name, suami.dob,
                    "groom's NIK as a numeric cell in the XLS");
        } else if (damage == 2) {
            c.nikIstri = invalid(istri, false);
            mb.must("NIK-01", istri.nik, pkm(f), "kua", c.nikIstri.digits(), istri.name, istri.dob,
                    "bride's NIK invalid: " + INVALID_FORMS[lastForm]);
        }
        return true;
    }

    private boolean kua03Outsiders(Family f, int days, String expect) {
        Person suami = factory.outsider(Sex.L, 20, 35, true);
        Person istri = factory.outsider(Sex.P, 19, 32, true);
        KuaCouple c = factory.couple(f, suami, istri, false, run.plusDays(days));
        f.couples.add(c);
        String note = (days <= 1 || days >= 90 ? "boundary: " : "") + "Terdaftar, akad " + c.akad
                + " (run date + " + days + " days); neither in the survey";
        if (expect.equals("must")) {
            mb.must("KUA-03", c.noPendaftaran, pkm(f), "kua", "", istri.name, null, note);
        } else {
            mb.none("KUA-03", c.noPendaftaran, pkm(f), "kua", "", istri.name, null, note);
        }
        return true;
    }

    // ------------------------------------------------------------------ DEMO

    private boolean demoPcare(Family f, int what) {
        Person p = adult(f, a -> a.pcare == null || a.pcare.aktif && a.pcare.prolanis.isEmpty());
        if (p == null) {
            return false;
        }
        if (p.pcare == null) {
            p.pcare = factory.pcare(p, f.puskesmas, true);
        }
        p.jkn = true;
        switch (what) {
            case 1 -> {
                p.pcare.tanggalLahir = rng.chance(0.5) ? p.dob.minusYears(1) : p.dob.plusYears(1);
                must("DEMO-01", p, f, "pcare", "PCare Tgl Lahir " + p.pcare.tanggalLahir + ", PIS-PK " + p.dob);
                mb.must("NIK-05", p.nik, pkm(f), "pcare", p.nik, p.name, p.pcare.tanggalLahir,
                        "PCare record's birth date disagrees with the date in its NIK (cascade of DEMO-01)");
            }
            case 2 -> {
                p.pcare.sex = p.sex == Sex.L ? Sex.P : Sex.L;
                must("DEMO-02", p, f, "pcare", "PCare JK " + p.pcare.sex + ", PIS-PK " + p.sex);
                mb.must("NIK-05", p.nik, pkm(f), "pcare", p.nik, p.name, p.dob,
                        "PCare record's sex disagrees with the NIK (cascade of DEMO-02)");
            }
            default -> {
                String other = dissimilarName(p);
                p.pcare.nama = other;
                must("DEMO-03", p, f, "pcare", "PCare name '" + other + "' for this NIK");
            }
        }
        return true;
    }

    private String dissimilarName(Person p) {
        for (int i = 0; i < 50; i++) {
            String n = Names.join(factory.names().given(p.sex, !p.muslim), factory.names().surname(!p.muslim));
            if (Names.similarity(n, p.name) < 0.7) {
                return Names.fold(n);
            }
        }
        return p.sex == Sex.L ? "ZAKARIAS OENUNU" : "WARDAH HASYIM";
    }

    private boolean demo04(Family f) {
        Person c = pick(f, p -> !p.measurements.isEmpty());
        if (c == null) {
            return false;
        }
        c.eppgbmPuskesmas = kab.other(f.puskesmas, rng);
        c.eppgbmDesa = rng.pick(c.eppgbmPuskesmas.desa());
        must("DEMO-04", c, f, "eppgbm", "all e-PPGBM rows at " + c.eppgbmPuskesmas.nama()
                + ", family surveyed by " + f.puskesmas.nama());
        return true;
    }

    // ------------------------------------------------------------------ NIK quality

    private int lastForm;

    /** An invalid NIK built from the real one; the all-one-digit and run forms are used once each. */
    private NikOut invalid(Person p, boolean allowOnceForms) {
        int form = invalidForm++ % INVALID_FORMS.length;
        if (!allowOnceForms || invalidForm > INVALID_FORMS.length) {
            form = form % 7;
        }
        lastForm = form;
        String n = p.nik;
        String v = switch (form) {
            case 0 -> n.substring(0, 15);
            case 1 -> n.substring(0, 12) + "0000";
            case 2 -> n.substring(0, 6) + "35" + n.substring(8);
            case 3 -> n.substring(0, 8) + "13" + n.substring(10);
            case 4 -> "10" + n.substring(2);
            case 5 -> n.substring(0, 6) + (p.sex == Sex.P ? "71" : "31") + "02" + n.substring(10);
            case 6 -> n + "1";
            case 7 -> "5555555555555555";
            default -> "1234567890123456";
        };
        return NikOut.tagged(v, "nik_invalid");
    }

    /** Moves an adult's birth date to day 29 (reserved for PIS-PK records without a usable NIK). */
    private static void reserveDay29(Person p) {
        LocalDate d = p.dob;
        p.dob = d.lengthOfMonth() >= 29 ? d.withDayOfMonth(29) : d.plusMonths(1).withDayOfMonth(29);
    }

    /** 1 invalid, 2 numeric cell, 3 scientific text, 5 NIK date differs, 6 NIK sex differs. */
    private boolean nikPispk(Family f, int what) {
        Person p = adult(f, a -> true);
        if (p == null) {
            return false;
        }
        isolate(p);
        switch (what) {
            case 1 -> {
                reserveDay29(p);
                p.pispkNik = invalid(p, true);
                mb.must("NIK-01", p.nik, pkm(f), "pispk", p.pispkNik.digits(), p.name, p.dob,
                        "PIS-PK NIK invalid: " + INVALID_FORMS[lastForm]);
            }
            case 2 -> {
                reserveDay29(p);
                p.pispkNik = NikOut.numeric(p.nik, "nik_numeric_cell");
                mb.must("NIK-02", p.nik, pkm(f), "pispk", p.pispkNik.digits(), p.name, p.dob,
                        "NIK as a numeric cell in the raw survey workbook (last digit lost)");
            }
            case 3 -> {
                reserveDay29(p);
                p.pispkNik = NikOut.scientificText(p.nik);
                mb.must("NIK-02", p.nik, pkm(f), "pispk", p.pispkNik.digits(), p.name, p.dob,
                        "NIK as '" + p.pispkNik.text() + "' in the members CSV");
            }
            case 5 -> {
                LocalDate wrong = p.dob.minusYears(1).plusDays(p.dob.getDayOfMonth() < 20 ? 3 : -3);
                p.nik = factory.niks().allocate(p.nik.substring(0, 6), wrong, p.sex);
                mb.must("NIK-05", p.nik, pkm(f), "pispk", p.nik, p.name, p.dob,
                        "NIK encodes " + wrong + ", Tanggal Lahir " + p.dob);
            }
            default -> {
                p.nik = factory.niks().allocate(p.nik.substring(0, 6), p.dob, p.sex == Sex.L ? Sex.P : Sex.L);
                mb.must("NIK-05", p.nik, pkm(f), "pispk", p.nik, p.name, p.dob,
                        "NIK encodes the other sex (JK " + p.sex + ")");
            }
        }
        return true;
    }

    private boolean nik04(Family f) {
        Person a = adult(f, p -> p.tahunPada(f.visit) <= 60);
        if (a == null) {
            return false;
        }
        isolate(a);
        Person b = factory.addAdult(f, a.sex, a.dob, dissimilarName(a), "Famili Lain");
        b.pispkNik = NikOut.clean(a.nik);
        b.used = true;
        isolate(b);
        mb.must("NIK-04", a.nik, pkm(f), "pispk", a.nik, a.name, a.dob,
                "NIK also given to " + b.name + " (same birth date and sex) in the same family");
        return true;
    }

    /** A PCare participant not in the survey, its NIK invalid or as scientific text. */
    private boolean nikPcare(Family f, boolean scientific) {
        Person o = outsiderBorn(rng.chance(0.5) ? Sex.L : Sex.P, 31, f.muslim);
        if (o.dob == null) {
            return false;
        }
        PcareEntry e = factory.pcare(o, f.puskesmas, true);
        if (scientific) {
            e.nik = NikOut.scientificText(o.nik);
            mb.must("NIK-02", o.nik, pkm(f), "pcare", e.nik.digits(), o.name, o.dob,
                    "PCare-only participant, NIK as '" + e.nik.text() + "' in the CSV");
        } else {
            e.nik = invalid(o, false);
            mb.must("NIK-01", o.nik, pkm(f), "pcare", e.nik.digits(), o.name, o.dob,
                    "PCare-only participant, NIK invalid: " + INVALID_FORMS[lastForm]);
        }
        f.pcareOnly.add(e);
        return true;
    }

    /** One e-PPGBM row of a surveyed child damaged by Excel: its other rows still match by NIK. */
    private boolean nik02Partial(Family f) {
        Person c = pick(f, p -> p.measurements.size() >= 2
                && p.measurements.stream().anyMatch(m -> !inWindow(m.tanggal, f.visit)));
        if (c == null) {
            return false;
        }
        List<Measurement> out = c.measurements.stream().filter(m -> !inWindow(m.tanggal, f.visit)).toList();
        Measurement m = rng.pick(out);
        m.nik = NikOut.numeric(c.nik, "nik_numeric_cell");
        mb.must("NIK-02", c.nik, pkm(f), "eppgbm", m.nik.digits(), c.name, c.dob,
                "one e-PPGBM row (" + m.tanggal + ") has the NIK as a numeric cell");
        mb.may("MATCH-01", side("pispk", c.nik, c.name, c.dob) + "|" + side("eppgbm", m.nik.digits(), c.name, c.dob),
                pkm(f), "eppgbm", m.nik.digits(), c.name, c.dob,
                "the damaged row may be proposed as a pair for the surveyed child it belongs to");
        if (c.bulanPada(run) < 60) {
            mb.may("BALITA-01", c.nik, pkm(f), "eppgbm", m.nik.digits(), c.name, c.dob,
                    "the damaged row, if no pair is proposed, is a child the survey does not list");
        }
        return true;
    }

    // ------------------------------------------------------------------ MATCH-01

    /** A newborn listed in the survey without a NIK, in e-PPGBM under a dummy NIK. */
    private boolean match01(Family f, boolean motherNik, boolean placeholder) {
        if (f.mother == null || f.mother.nik == null || f.childAdded) {
            return false;
        }
        LocalDate dob = onDay(27, f.visit.minusDays(45), f.visit.minusDays(10));
        if (dob == null) {
            return false;
        }
        Person c = factory.newChild(f, dob, anySex());
        if (c.measurements.isEmpty()) {
            return false;
        }
        c.nik = null;
        c.pcare = null;
        factory.cleanAnswers(c, f);
        c.jkn = false;
        c.pemantauan = null;
        c.asi = null;
        c.used = true;
        NikOut dummy = motherNik ? NikOut.tagged(f.mother.nik, "nik_dummy_mother")
                : NikOut.tagged(f.puskesmas.kodeKecamatan() + "0000000000", "nik_dummy_zero");
        c.eppgbmNik = dummy;
        c.nikIbu = f.mother.nik;
        String eName = placeholder ? "BY NY " + Names.fold(f.mother.name) : Names.fold(c.name);
        if (placeholder) {
            c.eppgbmName = eName;
        }
        f.members.add(c);
        f.childAdded = true;
        String pair = side("pispk", "", c.name, dob) + "|" + side("eppgbm", dummy.digits(), eName, dob);
        mb.must("MATCH-01", pair, pkm(f), "eppgbm", dummy.digits(), c.name, dob,
                "newborn listed without NIK; in e-PPGBM as '" + eName + "' under a dummy NIK ("
                        + (motherNik ? "the mother's" : "kecamatan code and zeros") + "), same birth date and sex");
        mb.must("NIK-03", nonik("eppgbm", dummy.digits(), eName, dob), pkm(f), "eppgbm", dummy.digits(), eName, dob,
                "dummy NIK of the newborn's e-PPGBM record");
        return true;
    }

    /**
     * Moves a person's birth to day 27 of the same month (reserved for designed probable pairs, so
     * nothing else can pair with it) and gives the person a NIK that encodes the new date.
     */
    private void reserveDay27(Person p) {
        p.dob = p.dob.withDayOfMonth(27);
        p.nik = factory.niks().allocate(p.nik.substring(0, 6), p.dob, p.sex);
    }

    /** An adult the NIK of whom nothing else of the family refers to (not a parent of its children). */
    private Person looseAdult(Family f, Predicate<Person> ok) {
        return adult(f, a -> a != f.mother && a != f.father && !"Kepala Keluarga".equals(a.hubungan) && ok.test(a));
    }

    /**
     * An adult in PIS-PK whose NIK is unusable there (1 damaged by Excel, 2 invalid, 3 blank) and
     * valid in his PCare row: the pair must be proposed (MATCH-01), and nothing compares JKN or HT.
     */
    private boolean match01Pcare(Family f, int damage) {
        Person p = looseAdult(f, a -> true);
        if (p == null) {
            return false;
        }
        reserveDay27(p);
        p.pcare = factory.pcare(p, f.puskesmas, true);
        p.jkn = true;
        String how;
        switch (damage) {
            case 1 -> {
                p.pispkNik = f.puskesmas.rawSurvei() ? NikOut.numeric(p.nik, "nik_numeric_cell")
                        : NikOut.scientificText(p.nik);
                how = "damaged by Excel";
                mb.must("NIK-02", p.nik, pkm(f), "pispk", p.pispkNik.digits(), p.name, p.dob,
                        "PIS-PK NIK damaged by Excel; the PCare row has it right");
            }
            case 2 -> {
                p.pispkNik = invalid(p, false);
                how = "invalid (" + INVALID_FORMS[lastForm] + ")";
                mb.must("NIK-01", p.nik, pkm(f), "pispk", p.pispkNik.digits(), p.name, p.dob,
                        "PIS-PK NIK invalid: " + INVALID_FORMS[lastForm] + "; the PCare row has it right");
            }
            default -> {
                p.pispkNik = NikOut.blank();
                how = "blank";
            }
        }
        String pair = side("pispk", p.pispkNik.digits(), p.name, p.dob) + "|" + side("pcare", p.nik, p.name, p.dob);
        mb.must("MATCH-01", pair, pkm(f), "pcare", p.pispkNik.digits(), p.name, p.dob,
                "adult whose PIS-PK NIK is " + how + ", in PCare with a valid NIK, same name, birth date and sex");
        return true;
    }

    /**
     * An unmarried adult of the family in KUA (Nikah) under a NIK damaged by Excel: the spouse is
     * proposed with the PIS-PK member (MATCH-01), so neither KUA-02 (the spouse is there) nor KUA-01
     * (a probable match never feeds it).
     */
    private boolean match01Kua(Family f) {
        Person p = looseAdult(f, a -> a.kawin == StatusKawin.BELUM_KAWIN && a.tahunPada(run) >= 19);
        if (p == null) {
            return false;
        }
        reserveDay27(p);
        isolate(p);
        Person partner = factory.outsider(p.sex == Sex.L ? Sex.P : Sex.L, 19, 32, true);
        KuaCouple c = p.sex == Sex.L ? factory.couple(f, p, partner, true, run.minusDays(rng.between(5, 300)))
                : factory.couple(f, partner, p, true, run.minusDays(rng.between(5, 300)));
        NikOut damaged = NikOut.numeric(p.nik, "nik_numeric_cell");
        if (p.sex == Sex.L) {
            c.nikSuami = damaged;
        } else {
            c.nikIstri = damaged;
        }
        f.couples.add(c);
        mb.must("NIK-02", p.nik, pkm(f), "kua", damaged.digits(), p.name, p.dob,
                "the " + (p.sex == Sex.L ? "groom" : "bride") + "'s NIK as a numeric cell in the KUA export");
        String pair = side("pispk", p.nik, p.name, p.dob) + "|" + side("kua", damaged.digits(), p.name, p.dob);
        mb.must("MATCH-01", pair, pkm(f), "kua", p.nik, p.name, p.dob,
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
        Person p = looseAdult(f, a -> a.tahunPada(run) >= 45);
        if (p == null) {
            return false;
        }
        reserveDay27(p);
        isolate(p);
        p.pispkNik = f.puskesmas.rawSurvei() ? NikOut.numeric(p.nik, "nik_numeric_cell") : NikOut.scientificText(p.nik);
        mb.must("NIK-02", p.nik, pkm(f), "pispk", p.pispkNik.digits(), p.name, p.dob,
                "PIS-PK NIK damaged by Excel (look-alike case: nobody to pair with)");
        LocalDate other = fatherSon ? p.dob.plusYears(25)
                : p.dob.withMonth(p.dob.getMonthValue() == 12 ? 6 : p.dob.getMonthValue() + 1);
        Person o = factory.person(p.sex, other, p.name, p.muslim, p.nik.substring(0, 6));
        o.inPispk = false;
        f.pcareOnly.add(factory.pcare(o, f.puskesmas, true));
        String pair = side("pispk", p.pispkNik.digits(), p.name, p.dob) + "|" + side("pcare", o.nik, o.name, o.dob);
        mb.none("MATCH-01", pair, pkm(f), "pcare", p.pispkNik.digits(), p.name, p.dob,
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
        LocalDate dob = onDay(27, run.minusMonths(40), f.visit.minusDays(20));
        if (dob == null || Umur.bulan(dob, run) < 2) {
            return false;
        }
        Sex sex = anySex();
        Person a = factory.newChild(f, dob, sex);
        if (a.measurements.isEmpty()) {
            return false;
        }
        Person b = factory.newChild(f, dob, sex);
        b.name = dissimilarName(a);
        b.measurements.clear();
        for (Person c : List.of(a, b)) {
            c.pcare = null;
            factory.cleanAnswers(c, f);
            c.jkn = false;
            c.pemantauan = null;
            c.asi = null;
            c.used = true;
            f.members.add(c);
        }
        b.nik = null;
        NikOut dummy = NikOut.tagged(f.puskesmas.kodeKecamatan() + "0000000000", "nik_dummy_zero");
        a.eppgbmNik = dummy;
        a.nikIbu = f.mother.nik;
        f.childAdded = true;
        mb.must("MATCH-01", side("pispk", a.nik, a.name, dob) + "|" + side("eppgbm", dummy.digits(), a.name, dob),
                pkm(f), "eppgbm", a.nik, a.name, dob, "twin with a NIK, in e-PPGBM under a dummy NIK");
        mb.must("NIK-03", nonik("eppgbm", dummy.digits(), a.name, dob), pkm(f), "eppgbm", dummy.digits(), a.name, dob,
                "dummy NIK of the twin's e-PPGBM record");
        mb.none("MATCH-01", side("pispk", "", b.name, dob) + "|" + side("eppgbm", dummy.digits(), a.name, dob),
                pkm(f), "eppgbm", "", b.name, dob, "the other twin (no NIK, not in e-PPGBM): must not be paired");
        mb.must("BALITA-02", nonik("pispk", "", b.name, dob), pkm(f), "eppgbm", "", b.name, dob,
                "twin without a NIK, nowhere in e-PPGBM");
        return true;
    }
}
