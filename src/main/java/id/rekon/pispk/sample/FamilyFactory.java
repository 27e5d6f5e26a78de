package id.rekon.pispk.sample;

import id.rekon.pispk.model.Jawaban;
import id.rekon.pispk.model.Sex;
import id.rekon.pispk.model.StatusKawin;
import id.rekon.pispk.model.Umur;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Builds clean families: people and every source's records about them agree, so no rule fires.
 *
 * <p>Clean-base conventions that keep the base away from every rule's boundary:
 * <ul>
 *   <li>visits 2 to 10 months before the run date ({@link VisitPlan} makes the SURVEI-01 ones);</li>
 *   <li>each family's posyandu weighs on a fixed day; the visit falls 8 to 22 days after a
 *   weighing, and no measurement is kept within three days of either end of the TUMBUH window
 *   ({@code visit-31 .. visit}), so "measured in the window" never hangs on a day;</li>
 *   <li>no child born in the 20 days before the visit or after it (those are injected);</li>
 *   <li>every child is measured at least once while under 60 months if it is 60 months or
 *   younger on the run date, so BALITA-02 never fires by accident;</li>
 *   <li>birth dates fall on days 2 to 25 of a month only. Days 27, 29 and 31 are kept for
 *   records injected without a usable NIK (probable pairs, PIS-PK records, other sources'
 *   records), so the probable matcher, which needs the same birth date, one day apart or day
 *   and month swapped, never finds an accidental look-alike.</li>
 * </ul>
 */
final class FamilyFactory {

    /** How a family's visit date is chosen. */
    enum VisitPlan {
        /** 2 to 10 months before the run date. */
        NORMAL,
        /** 12 to 20 whole months before: SURVEI-01. */
        OLD,
        /** Exactly 12 months before: SURVEI-01 at its boundary. */
        EDGE_12,
        /** 12 months minus one day: 11 whole months, no SURVEI-01. */
        EDGE_11
    }

    private final Kabupaten kab;
    private final Rng rng;
    private final Names names;
    private final NikAllocator niks;
    private final LocalDate runDate;
    private final Map<String, Integer> kuaSeq = new HashMap<>();
    private long nextPersonId = 1;
    private long nextKartu = 1;

    FamilyFactory(Kabupaten kab, Rng rng, Names names, NikAllocator niks, LocalDate runDate) {
        this.kab = kab;
        this.rng = rng;
        this.names = names;
        this.niks = niks;
        this.runDate = runDate;
    }

    LocalDate runDate() {
        return runDate;
    }

    Names names() {
        return names;
    }

    NikAllocator niks() {
        return niks;
    }

    Family create(int index, Kabupaten.PuskesmasArea pkm, VisitPlan plan) {
        Kabupaten.DesaArea desa = rng.pick(pkm.desa());
        Kabupaten.Posyandu pos = rng.pick(desa.posyandu());
        Family f = new Family(index, pkm.kode() + "-" + String.format("%06d", index + 1), pkm, desa, pos);
        f.visit = visitDate(pos.hari(), plan);
        f.muslim = rng.chance(0.2);
        double t = rng.uniform();
        if (t < 0.35) {
            young(f);
        } else if (t < 0.75) {
            middle(f);
        } else {
            old(f);
        }
        f.noKk = NikAllocator.encode(pkm.kodeKecamatan(), LocalDate.of(2012, 1, 2).plusDays(index / 9000),
                Sex.L, index % 9000 + 1);
        f.noKkOut = NikOut.clean(f.noKk);
        f.rt = rng.between(1, 12);
        f.rw = rng.between(1, 5);
        f.alamat = desa.desa().kelurahan()
                ? "Jl. " + rng.pick(STREETS) + " No. " + rng.between(1, 120)
                : "Dusun " + rng.pick(DUSUN);
        f.airBersih = rng.chance(0.75);
        f.jamban = rng.chance(0.6);
        for (Person p : f.members) {
            if (p.nik != null) {
                cleanPcare(p, f);
            }
        }
        for (Person p : f.members) {
            cleanAnswers(p, f);
        }
        cleanBersalin(f);
        cleanKua(f);
        if (rng.chance(0.25)) {
            Person o = outsider(rng.chance(0.5) ? Sex.L : Sex.P, 20, 70, f.muslim);
            PcareEntry e = pcare(o, pkm, rng.chance(0.85));
            if (e.aktif && o.tahunPada(runDate) >= 40) {
                e.prolanis = prolanisRoll();
            }
            f.pcareOnly.add(e);
        }
        f.renumber();
        return f;
    }

    private static final String[] STREETS = {"Gajah Mada", "Diponegoro", "Sudirman", "Ahmad Yani", "Cendana",
        "Kartini", "Suharto", "El Tari", "Hayam Wuruk", "Kenari", "Merdeka", "Soeharto"};
    private static final String[] DUSUN = {"I", "II", "III", "IV", "A", "B", "Oeleu", "Nunuh", "Bijaepunu",
        "Tubuhue", "Oinlasi", "Kualeu", "Besnaen", "Fatuulan"};

    // ---------------------------------------------------------------- composition

    private void young(Family f) {
        String sur = names.surname(f.muslim);
        int headAge = rng.between(21, 32);
        Person head = adult(f, Sex.L, headAge, names.given(Sex.L, f.muslim), sur, "Kepala Keluarga", StatusKawin.KAWIN);
        Person wife = adult(f, Sex.P, Math.max(19, headAge - rng.between(0, 5)), names.given(Sex.P, f.muslim),
                wifeSurname(f, sur), "Istri", StatusKawin.KAWIN);
        f.father = head;
        f.mother = wife;
        int kids = pickCount(new double[]{0.25, 0.35, 0.25, 0.15});
        int maxMonths = Math.max(1, Math.min(96, (wife.tahunPada(f.visit) - 18) * 12));
        for (int i = 0; i < kids; i++) {
            child(f, rng.between(0, maxMonths), "Anak");
        }
        if (rng.chance(0.1)) {
            adult(f, Sex.P, rng.between(52, 78), names.given(Sex.P, f.muslim), names.surname(f.muslim),
                    "Orang Tua", StatusKawin.CERAI_MATI);
        }
    }

    private void middle(Family f) {
        String sur = names.surname(f.muslim);
        int headAge = rng.between(33, 50);
        Person mother;
        if (rng.chance(0.9)) {
            Person head = adult(f, Sex.L, headAge, names.given(Sex.L, f.muslim), sur, "Kepala Keluarga",
                    StatusKawin.KAWIN);
            mother = adult(f, Sex.P, Math.max(25, headAge - rng.between(0, 6)), names.given(Sex.P, f.muslim),
                    wifeSurname(f, sur), "Istri", StatusKawin.KAWIN);
            f.father = head;
        } else {
            mother = adult(f, Sex.P, headAge, names.given(Sex.P, f.muslim), sur, "Kepala Keluarga",
                    rng.chance(0.5) ? StatusKawin.CERAI_HIDUP : StatusKawin.CERAI_MATI);
        }
        f.mother = mother;
        int kids = rng.between(1, 5);
        int maxMonths = Math.min(22 * 12, (mother.tahunPada(f.visit) - 18) * 12);
        for (int i = 0; i < kids; i++) {
            child(f, rng.between(0, maxMonths), "Anak");
        }
        if (rng.chance(0.08)) {
            Sex s = rng.chance(0.5) ? Sex.L : Sex.P;
            adult(f, s, rng.between(18, 40), names.given(s, f.muslim), names.surname(f.muslim), "Famili Lain",
                    StatusKawin.BELUM_KAWIN);
        }
    }

    private void old(Family f) {
        String sur = names.surname(f.muslim);
        int headAge = rng.between(51, 75);
        Person mother = null;
        if (rng.chance(0.7)) {
            Person head = adult(f, Sex.L, headAge, names.given(Sex.L, f.muslim), sur, "Kepala Keluarga",
                    StatusKawin.KAWIN);
            f.father = head;
            if (rng.chance(0.8)) {
                mother = adult(f, Sex.P, Math.max(45, headAge - rng.between(0, 7)), names.given(Sex.P, f.muslim),
                        wifeSurname(f, sur), "Istri", StatusKawin.KAWIN);
            } else {
                head.kawin = StatusKawin.CERAI_MATI;
            }
        } else {
            mother = adult(f, Sex.P, headAge, names.given(Sex.P, f.muslim), sur, "Kepala Keluarga",
                    StatusKawin.CERAI_MATI);
        }
        f.mother = mother;
        int adults = rng.between(0, 2);
        for (int i = 0; i < adults; i++) {
            Sex s = rng.chance(0.5) ? Sex.L : Sex.P;
            adult(f, s, rng.between(18, 32), names.given(s, f.muslim), childSurname(f, sur), "Anak",
                    StatusKawin.BELUM_KAWIN);
        }
        if (rng.chance(0.4)) {
            Person c = child(f, rng.between(0, 6 * 12), "Cucu");
            Sex ps = Sex.P;
            c.namaIbu = Names.join(names.given(ps, f.muslim), names.surname(f.muslim));
            c.namaAyah = Names.join(names.given(Sex.L, f.muslim), c.name.contains(" ")
                    ? c.name.substring(c.name.lastIndexOf(' ') + 1) : names.surname(f.muslim));
            c.nikIbu = null;
        }
    }

    private String wifeSurname(Family f, String husband) {
        return f.muslim || rng.chance(0.5) ? husband : names.surname(false);
    }

    private String childSurname(Family f, String familySurname) {
        return f.muslim ? names.surname(true) : familySurname;
    }

    private int pickCount(double[] p) {
        double u = rng.uniform();
        double acc = 0;
        for (int i = 0; i < p.length; i++) {
            acc += p[i];
            if (u < acc) {
                return i;
            }
        }
        return p.length - 1;
    }

    private Person adult(Family f, Sex sex, int ageAtVisit, String given, String surname, String hubungan,
                         StatusKawin kawin) {
        LocalDate dob = cleanDay(f.visit.minusYears(ageAtVisit).minusDays(rng.between(0, 360)));
        Person p = person(sex, dob, Names.join(given, surname), f.muslim, issueRegion(f));
        p.hubungan = hubungan;
        p.kawin = kawin;
        f.members.add(p);
        return p;
    }

    /** A clean child aged about {@code months} at the visit, listed in the family. */
    private Person child(Family f, int months, String hubungan) {
        LocalDate dob = cleanDay(f.visit.minusMonths(months).minusDays(rng.between(0, 27)));
        while (dob.isAfter(f.visit.minusDays(20))) {
            dob = cleanDay(dob.minusMonths(1));
        }
        Person c = newChild(f, dob, rng.chance(0.5) ? Sex.L : Sex.P);
        c.hubungan = hubungan;
        f.members.add(c);
        return c;
    }

    /**
     * A clean child of the family born on {@code dob}, with its e-PPGBM history and (unless the
     * caller changes it) PCare record; not added to the family.
     */
    Person newChild(Family f, LocalDate dob, Sex sex) {
        String surname = f.muslim ? names.surname(true)
                : f.father != null ? lastWord(f.father.name)
                : f.mother != null ? lastWord(f.mother.name) : names.surname(false);
        Person c = person(sex, dob, Names.join(names.given(sex, f.muslim), surname), f.muslim,
                rng.chance(0.9) ? f.puskesmas.kodeKecamatan() : issueRegion(f));
        c.hubungan = "Anak";
        c.kawin = StatusKawin.BELUM_KAWIN;
        c.asiEksklusif = rng.chance(0.55);
        c.zTb = rng.gaussian() * 1.1 - 1.5;
        c.zBb = rng.gaussian() - 1.0;
        c.bbLahir = Math.round((2.4 + rng.uniform() * 1.5) * 10) / 10.0;
        c.tbLahir = rng.between(45, 52);
        c.namaIbu = f.mother != null ? f.mother.name : Names.join(names.given(Sex.P, f.muslim), names.surname(f.muslim));
        c.namaAyah = f.father != null ? f.father.name : null;
        c.nikIbu = f.mother != null ? f.mother.nik : null;
        c.eppgbmPuskesmas = f.puskesmas;
        c.eppgbmDesa = f.desa;
        schedule(c, f);
        return c;
    }

    /** An adult who is not in the survey: a KUA partner, a PCare participant from elsewhere. */
    Person outsider(Sex sex, int minAge, int maxAge, boolean muslim) {
        LocalDate dob = cleanDay(runDate.minusYears(rng.between(minAge, maxAge)).minusDays(rng.between(0, 360)));
        String region = rng.chance(0.5) && !kab.wilayah().lainProvinsi().isEmpty()
                ? rng.pick(kab.wilayah().lainProvinsi())
                : rng.pick(kab.wilayah().kecamatan()).kode();
        Person p = person(sex, dob, Names.join(names.given(sex, muslim), names.surname(muslim)), muslim, region);
        p.inPispk = false;
        p.kawin = StatusKawin.BELUM_KAWIN;
        return p;
    }

    /** An extra adult member (for NIK-04 and the like), clean, added to the family. */
    Person addAdult(Family f, Sex sex, LocalDate dob, String name, String hubungan) {
        Person p = person(sex, dob, name, f.muslim, issueRegion(f));
        p.hubungan = hubungan;
        p.kawin = StatusKawin.BELUM_KAWIN;
        f.members.add(p);
        cleanAnswers(p, f);
        p.jkn = false;
        return p;
    }

    Person person(Sex sex, LocalDate dob, String name, boolean muslim, String region) {
        Person p = new Person(nextPersonId++);
        p.sex = sex;
        p.dob = dob;
        p.name = name;
        p.muslim = muslim;
        p.nik = niks.allocate(region, dob, sex);
        return p;
    }

    private String issueRegion(Family f) {
        double u = rng.uniform();
        if (u < 0.85) {
            return f.puskesmas.kodeKecamatan();
        }
        if (u < 0.95 || kab.wilayah().lainProvinsi().isEmpty()) {
            return rng.pick(kab.wilayah().kecamatan()).kode();
        }
        return rng.pick(kab.wilayah().lainProvinsi());
    }

    static String lastWord(String name) {
        int i = name.lastIndexOf(' ');
        return i < 0 ? name : name.substring(i + 1);
    }

    /** Moves a date onto days 2..25 of its month (see the class comment). */
    static LocalDate cleanDay(LocalDate d) {
        if (d.getDayOfMonth() == 1) {
            return d.withDayOfMonth(2);
        }
        return d.getDayOfMonth() > 25 ? d.withDayOfMonth(25) : d;
    }

    // ---------------------------------------------------------------- dates

    private LocalDate visitDate(int posyanduDay, VisitPlan plan) {
        switch (plan) {
            case EDGE_12:
                return runDate.minusMonths(12);
            case EDGE_11:
                return runDate.minusMonths(12).plusDays(1);
            default:
                // A weighing day m months back plus up to 47 days: from 14 months back it is still
                // 12 whole months or more; up to 10 months back it stays under 12.
                int m = plan == VisitPlan.OLD ? rng.between(14, 20) : rng.between(2, 10);
                YearMonth ym = YearMonth.from(runDate.minusMonths(m));
                return ym.atDay(posyanduDay).plusDays(rng.between(8, 22));
        }
    }

    /** Posyandu days of this family from the start of the e-PPGBM history to the run date. */
    List<LocalDate> posyanduDates(Family f) {
        LocalDate start = runDate.minusMonths(12);
        if (f.visit.minusDays(62).isBefore(start)) {
            start = f.visit.minusDays(62);
        }
        List<LocalDate> out = new ArrayList<>();
        for (YearMonth ym = YearMonth.from(start); !ym.isAfter(YearMonth.from(runDate)); ym = ym.plusMonths(1)) {
            LocalDate d = ym.atDay(f.posyandu.hari());
            if (!d.isBefore(start) && !d.isAfter(runDate)) {
                out.add(d);
            }
        }
        return out;
    }

    /** Whether a measurement on {@code d} would sit within three days of a TUMBUH window end. */
    static boolean nearWindowEdge(LocalDate d, LocalDate visit) {
        return inside(d, visit.minusDays(34), visit.minusDays(28)) || inside(d, visit.minusDays(3), visit.plusDays(3));
    }

    static boolean inside(LocalDate d, LocalDate from, LocalDate to) {
        return !d.isBefore(from) && !d.isAfter(to);
    }

    /** The child's monthly weighings: most posyandu days while under 60 months, a few missed. */
    void schedule(Person c, Family f) {
        c.measurements.clear();
        LocalDate lastEligible = null;
        for (LocalDate d : posyanduDates(f)) {
            if (!d.isAfter(c.dob) || Umur.bulan(c.dob, d) >= 60 || nearWindowEdge(d, f.visit)) {
                continue;
            }
            lastEligible = d;
            if (!rng.chance(0.2)) {
                c.measurements.add(new Measurement(d));
            }
        }
        if (c.measurements.isEmpty() && lastEligible != null) {
            c.measurements.add(new Measurement(lastEligible));
        }
    }

    // ---------------------------------------------------------------- answers and programmes

    void cleanAnswers(Person p, Family f) {
        LocalDate v = f.visit;
        int m = p.bulanPada(v);
        int y = m / 12;
        boolean woman = p.sex == Sex.P;
        boolean married = p.kawin == StatusKawin.KAWIN;
        p.kb = woman && married && y >= 15 && y <= 49 ? (rng.chance(0.65) ? Jawaban.Y : Jawaban.T) : null;
        p.hamil = woman && married && y >= 18 && y <= 42 ? Boolean.valueOf(rng.chance(0.06))
                : woman && y >= 15 ? Boolean.FALSE : null;
        p.imunisasi = m >= 12 && m <= 23 ? (rng.chance(0.75) ? Jawaban.Y : Jawaban.T) : null;
        p.asi = m >= 7 && m <= 23 ? (p.asiEksklusif ? Jawaban.Y : Jawaban.T) : null;
        p.pemantauan = m >= 2 && m <= 59
                ? (p.hasMeasurementBetween(v.minusDays(31), v) ? Jawaban.Y : Jawaban.T) : null;
        p.tb = y >= 15 && rng.chance(0.01) ? (rng.chance(0.7) ? Jawaban.Y : Jawaban.T) : null;
        p.odgj = y >= 15 && rng.chance(0.005) ? (rng.chance(0.6) ? Jawaban.Y : Jawaban.T) : null;
        p.merokok = y >= 15 ? Boolean.valueOf(rng.chance(woman ? 0.03 : 0.65)) : y >= 10 ? Boolean.FALSE : null;
        p.jkn = p.pcare != null && p.pcare.aktif;
        if (p.pcare != null && p.pcare.prolanisHt()) {
            p.ht = Jawaban.Y;
        } else if (y >= 15) {
            double u = rng.uniform();
            p.ht = u < 0.04 ? Jawaban.T : u < 0.52 ? Jawaban.N : null;
        } else {
            p.ht = null;
        }
    }

    private void cleanBersalin(Family f) {
        if (f.mother == null) {
            return;
        }
        for (Person c : f.members) {
            if (c != f.mother && "Anak".equals(c.hubungan) && c.bulanPada(f.visit) < 12) {
                f.mother.bersalin = rng.chance(0.85) ? Jawaban.Y : Jawaban.T;
            }
        }
    }

    private void cleanPcare(Person p, Family f) {
        boolean baby = p.bulanPada(runDate) < 12;
        double u = rng.uniform();
        if (baby ? u < 0.45 : u < 0.72) {
            PcareEntry e = pcare(p, rng.chance(0.9) ? f.puskesmas : kab.other(f.puskesmas, rng), true);
            if (p.tahunPada(runDate) >= 40) {
                e.prolanis = prolanisRoll();
            }
            p.pcare = e;
        } else if (!baby && u < 0.80) {
            p.pcare = pcare(p, f.puskesmas, false);
        }
    }

    private String prolanisRoll() {
        double u = rng.uniform();
        return u < 0.07 ? "HT" : u < 0.09 ? "DM" : u < 0.11 ? "HT+DM" : "";
    }

    /** A PCare row for {@code p} registered at {@code ppk}; the caller attaches it. */
    PcareEntry pcare(Person p, Kabupaten.PuskesmasArea ppk, boolean aktif) {
        PcareEntry e = new PcareEntry(p);
        e.noKartu = String.format("000%010d", 1_300_000_000L + nextKartu++ * 7);
        e.ppk = ppk;
        e.aktif = aktif;
        e.status = aktif ? (rng.chance(0.9) ? "AKTIF" : "Aktif") : rng.pick(INACTIVE);
        double u = rng.uniform();
        e.jenis = u < 0.65 ? "PBI APBN" : u < 0.80 ? "PBI APBD" : u < 0.88 ? "PBPU" : u < 0.98 ? "PPU" : "BP";
        return e;
    }

    static final String[] INACTIVE = {"TIDAK AKTIF", "NON AKTIF", "Tidak Aktif", "NONAKTIF",
        "TIDAK AKTIF - PREMI"};

    // ---------------------------------------------------------------- KUA

    private void cleanKua(Family f) {
        if (!f.muslim) {
            return;
        }
        Person head = f.members.get(0);
        if (f.father == head && f.mother != null && head.tahunPada(f.visit) <= 32 && rng.chance(0.6)) {
            LocalDate from = runDate.minusMonths(24);
            LocalDate to = f.visit.minusDays(30);
            if (from.isBefore(to)) {
                LocalDate akad = from.plusDays(rng.between(0, (int) (to.toEpochDay() - from.toEpochDay())));
                f.couples.add(couple(f, head, f.mother, true, akad));
            }
        }
        for (Person p : f.members) {
            if ("Anak".equals(p.hubungan) && p.kawin == StatusKawin.BELUM_KAWIN && p.tahunPada(runDate) >= 19
                    && !p.inKua && rng.chance(0.15)) {
                Person partner = outsider(p.sex == Sex.L ? Sex.P : Sex.L, 19, 32, true);
                LocalDate akad = rng.chance(0.5) ? runDate.minusDays(rng.between(30, 300))
                        : runDate.plusDays(rng.between(95, 200));
                f.couples.add(p.sex == Sex.L ? couple(f, p, partner, false, akad) : couple(f, partner, p, false, akad));
                break;
            }
        }
    }

    /** A SIMKAH registration in the family's kecamatan and desa; marks both spouses. */
    KuaCouple couple(Family f, Person suami, Person istri, boolean nikah, LocalDate akad) {
        KuaCouple c = new KuaCouple(suami, istri);
        c.nikah = nikah;
        c.akad = akad;
        c.daftar = akad.minusDays(rng.between(14, 60));
        c.kua = f.puskesmas;
        c.desa = f.desa;
        c.alamat = f.alamat + ", RT " + String.format("%03d", f.rt) + "/RW " + String.format("%03d", f.rw);
        String key = c.kua.kodeKua() + c.daftar.getYear();
        int seq = kuaSeq.merge(key, 1, Integer::sum);
        c.noPendaftaran = String.format("DN%04d%s%d", seq, c.kua.kodeKua(), c.daftar.getYear());
        suami.inKua = true;
        istri.inKua = true;
        return c;
    }
}
