package id.rekon.pispk.sample;

import id.rekon.pispk.model.Umur;

import java.nio.file.Path;
import java.text.Normalizer;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * A deliberately simple, independent evaluation of the reconciliation rules over the generated
 * files (read by {@link InboxTables}), used to check the manifest: test code only, sharing nothing
 * with the generator but the model's {@link Umur}. Findings come out as comparison keys:
 * {@code rule|puskesmas|nik digits as written|NORMAL NAME|birth date} for person and quality
 * rules, {@code rule|puskesmas|No Pendaftaran} for KUA, {@code rule|puskesmas|Kode Keluarga} for
 * SURVEI-01, {@code rule|puskesmas|nik} for NIK-04 and {@code rule|puskesmas|NAME|birth date} of
 * the PIS-PK side for MATCH-01.
 */
final class RuleOracle {

    enum Status { BLANK, DAMAGED, DUMMY, INVALID, INCONSISTENT, VALID }

    /** One record of a person in one source. */
    static final class Rec {
        String source;
        String id;
        Object nikRaw;
        String digits = "";
        Status status;
        String name;
        LocalDate dob;
        String sex;
        String pkm;
        // PIS-PK
        String kode;
        String hubungan;
        String kawin;
        String asi;
        String pemantauan;
        String ht;
        String jkn;
        // e-PPGBM
        List<LocalDate> ukur = new ArrayList<>();
        Set<String> asiValues = new HashSet<>();
        Set<String> pkmValues = new HashSet<>();
        String nikOrtu;
        // PCare
        boolean aktif;
        String prolanis;

        boolean key() {
            return status == Status.VALID || status == Status.INCONSISTENT;
        }
    }

    record Family(String kode, String pkm, LocalDate visit) {
    }

    record Couple(String no, String pkm, boolean nikah, LocalDate akad, Rec suami, Rec istri) {
    }

    private final LocalDate run;
    private final Set<String> provinces;
    private final Map<String, String> pkmByName = new HashMap<>();
    private final Map<String, String> pkmByPpk = new HashMap<>();
    final Map<String, Family> families = new HashMap<>();
    final List<Rec> pispk = new ArrayList<>();
    final List<Rec> eppgbm = new ArrayList<>();
    final List<Rec> pcare = new ArrayList<>();
    final List<Couple> couples = new ArrayList<>();
    final Set<String> findings = new LinkedHashSet<>();

    RuleOracle(Path out, Manifest m, Set<String> provinces) {
        this.run = LocalDate.parse(m.runDate());
        this.provinces = provinces;
        InboxTables.Table master = InboxTables.csv(out.resolve(m.regionMaster()));
        for (List<Object> r : master.rows()) {
            String pkm = r.get(0).toString();
            pkmByName.put(place(r.get(1).toString()), pkm);
            for (String a : r.get(2).toString().split(";")) {
                pkmByName.put(place(a), pkm);
            }
            pkmByName.put(place(r.get(5).toString()), pkm);
            pkmByPpk.put(r.get(3).toString(), pkm);
        }
        Path inbox = out.resolve("inbox");
        for (Manifest.FileEntry e : m.files()) {
            InboxTables.Table t = InboxTables.read(inbox.resolve(e.file()));
            for (List<Object> r : t.rows()) {
                if (InboxTables.blank(r) || InboxTables.totals(r) || SampleDataGeneratorTest.rejected(e.kind(), t, r)) {
                    continue;
                }
                switch (e.kind()) {
                    case "pispk-keluarga" -> family(t, r, "Kode Keluarga", "ID Keluarga");
                    case "pispk-raw-survei" -> {
                        family(t, r, "SURVEI ID");
                        member(t, r);
                    }
                    case "pispk-anggota" -> member(t, r);
                    case "eppgbm" -> measurement(t, r);
                    case "pcare" -> pcare(t, r);
                    case "kua" -> kua(t, r);
                    default -> {
                    }
                }
            }
        }
        for (Rec p : pispk) {
            p.pkm = families.get(p.kode).pkm();
        }
    }

    // ------------------------------------------------------------------ reading

    private static String s(InboxTables.Table t, List<Object> r, String... names) {
        Object o = InboxTables.Table.cell(r, t.col(names));
        return o == null ? null : o.toString().trim();
    }

    private static Object o(InboxTables.Table t, List<Object> r, String... names) {
        return InboxTables.Table.cell(r, t.col(names));
    }

    private void family(InboxTables.Table t, List<Object> r, String... kode) {
        String k = s(t, r, kode);
        families.putIfAbsent(k, new Family(k, s(t, r, "Kode Puskesmas", "Kode PKM"),
                InboxTables.date(o(t, r, "Tanggal Kunjungan", "Tgl Kunjungan", "TANGGAL SURVEI"))));
    }

    private void member(InboxTables.Table t, List<Object> r) {
        Rec p = new Rec();
        p.source = "pispk";
        p.kode = s(t, r, "Kode Keluarga", "ID Keluarga", "SURVEI ID");
        p.id = "pispk#" + pispk.size();
        p.nikRaw = o(t, r, "NIK", "No NIK");
        p.name = s(t, r, "Nama", "Nama Anggota");
        p.dob = InboxTables.date(o(t, r, "Tanggal Lahir", "Tgl Lahir"));
        p.sex = sex(s(t, r, "Jenis Kelamin", "JK"));
        p.hubungan = upper(s(t, r, "Hubungan dengan KK", "Hubungan", "SHDK"));
        p.kawin = upper(s(t, r, "Status Perkawinan", "Status Kawin"));
        p.asi = yn(s(t, r, "ASI Eksklusif", "ASI", "ASI EKSLUSIF"));
        p.pemantauan = yn(s(t, r, "Pemantauan Pertumbuhan", "Ditimbang Bulan Lalu", "PEMANTAUAN PERTUMBUHAN BALITA"));
        p.ht = yn(s(t, r, "Hipertensi Berobat Teratur", "Hipertensi", "MINUM OBAT HIPERTENSI TERATUR"));
        p.jkn = yn(s(t, r, "Kartu JKN", "Punya JKN", "KEPESERTAAN JKN"));
        classify(p, null);
        pispk.add(p);
    }

    private final Map<String, Rec> eppgbmGroups = new LinkedHashMap<>();

    private void measurement(InboxTables.Table t, List<Object> r) {
        Rec probe = new Rec();
        probe.source = "eppgbm";
        probe.nikRaw = o(t, r, "NIK");
        probe.name = s(t, r, "Nama");
        probe.dob = InboxTables.date(o(t, r, "Tgl Lahir"));
        probe.sex = sex(s(t, r, "JK"));
        probe.nikOrtu = s(t, r, "NIK Ortu");
        classify(probe, probe.nikOrtu);
        String group = probe.key() ? probe.digits : probe.digits + "|" + normal(probe.name) + "|" + probe.dob;
        Rec g = eppgbmGroups.computeIfAbsent(group, k -> {
            probe.id = "eppgbm#" + eppgbm.size();
            eppgbm.add(probe);
            return probe;
        });
        g.ukur.add(InboxTables.date(o(t, r, "Tanggal Pengukuran")));
        String asi = s(t, r, "ASI Eksklusif");
        if (asi != null) {
            g.asiValues.add(asi);
        }
        g.pkmValues.add(pkmByName.get(place(s(t, r, "Pukesmas"))));
        g.pkm = g.pkmValues.iterator().next();
    }

    private void pcare(InboxTables.Table t, List<Object> r) {
        Rec p = new Rec();
        p.source = "pcare";
        p.id = "pcare#" + pcare.size();
        p.nikRaw = o(t, r, "NIK", "noKTP");
        p.name = s(t, r, "Nama", "nama");
        p.dob = InboxTables.date(o(t, r, "Tgl Lahir", "tglLahir"));
        p.sex = sex(s(t, r, "JK", "sex"));
        String aktif = s(t, r, "aktif");
        p.aktif = aktif != null ? aktif.equals("true") : upper(s(t, r, "Status Peserta")).equals("AKTIF");
        String pro = s(t, r, "Prolanis", "pstProl");
        p.prolanis = pro == null ? "" : pro;
        p.pkm = pkmByPpk.get(s(t, r, "Kode PPK", "kdProviderPst.kdProvider"));
        classify(p, null);
        pcare.add(p);
    }

    private void kua(InboxTables.Table t, List<Object> r) {
        String kua = s(t, r, "KUA").replaceFirst("^KUA ", "");
        String pkm = pkmByName.get(place(kua));
        Rec su = spouse(t, r, "Suami", "L", pkm);
        Rec is = spouse(t, r, "Istri", "P", pkm);
        couples.add(new Couple(s(t, r, "No Pendaftaran"), pkm, upper(s(t, r, "Status")).equals("NIKAH"),
                InboxTables.date(o(t, r, "Tanggal Akad")), su, is));
    }

    private Rec spouse(InboxTables.Table t, List<Object> r, String who, String sex, String pkm) {
        Rec p = new Rec();
        p.source = "kua";
        p.id = "kua#" + couples.size() + who;
        p.nikRaw = o(t, r, "NIK " + who);
        p.name = s(t, r, "Nama " + who);
        p.dob = InboxTables.date(o(t, r, "Tgl Lahir " + who));
        p.sex = sex;
        p.pkm = pkm;
        classify(p, null);
        return p;
    }

    // ------------------------------------------------------------------ normalisation

    static String upper(String s) {
        return s == null ? "" : s.toUpperCase(Locale.ROOT);
    }

    static String place(String s) {
        return upper(s).replaceAll("[^A-Z0-9]", "");
    }

    static String sex(String s) {
        return switch (upper(s)) {
            case "L", "LAKI-LAKI", "LK", "1", "M" -> "L";
            case "P", "PEREMPUAN", "PR", "2", "F" -> "P";
            default -> null;
        };
    }

    static String yn(String s) {
        return switch (upper(s)) {
            case "Y", "YA" -> "Y";
            case "T", "TIDAK" -> "T";
            case "N" -> "N";
            default -> null;
        };
    }

    private static final Set<String> TITLES = Set.of("NY", "TN", "AN", "BY", "H", "HJ", "SPD");

    static String normal(String name) {
        if (name == null) {
            return "";
        }
        String t = Normalizer.normalize(name, Normalizer.Form.NFD).replaceAll("\\p{M}+", "")
                .toUpperCase(Locale.ROOT).replace("'", "").replace(",", " ");
        List<String> words = new ArrayList<>();
        for (String w : t.split("\\s+")) {
            String x = w.replace(".", "");
            if (!x.isEmpty() && !TITLES.contains(x)) {
                words.add(x);
            }
        }
        return String.join(" ", words);
    }

    /** The spec's NIK classification, written independently for the test. */
    private void classify(Rec p, String nikOrtu) {
        Object raw = p.nikRaw;
        if (raw == null || raw.toString().isBlank()) {
            p.status = Status.BLANK;
            return;
        }
        if (raw instanceof Double d) {
            p.digits = Long.toString(d.longValue());
            p.status = Status.DAMAGED;
            return;
        }
        String text = raw.toString().trim();
        p.digits = text.replaceAll("[^0-9]", "");
        if (text.matches("\\d\\.\\d+E\\+\\d+")) {
            p.status = Status.DAMAGED;
            return;
        }
        String d = p.digits;
        String ortu = nikOrtu == null ? "" : nikOrtu.replaceAll("[^0-9]", "");
        if ("eppgbm".equals(p.source) && (d.matches("\\d{6}0{10}") || d.equals(ortu))) {
            p.status = Status.DUMMY;
            return;
        }
        if (d.length() != 16 || !provinces.contains(d.substring(0, 2)) || d.endsWith("0000")
                || d.chars().distinct().count() == 1 || "1234567890123456".equals(d)) {
            p.status = Status.INVALID;
            return;
        }
        int day = Integer.parseInt(d.substring(6, 8));
        int month = Integer.parseInt(d.substring(8, 10));
        int yy = Integer.parseInt(d.substring(10, 12));
        String sex = day > 40 ? "P" : "L";
        day = day > 40 ? day - 40 : day;
        int year = yy <= run.getYear() % 100 ? 2000 + yy : 1900 + yy;
        LocalDate encoded;
        try {
            encoded = LocalDate.of(year, month, day);
        } catch (java.time.DateTimeException e) {
            p.status = Status.INVALID;
            return;
        }
        boolean sameDate = p.dob != null && p.dob.getDayOfMonth() == encoded.getDayOfMonth()
                && p.dob.getMonthValue() == encoded.getMonthValue() && p.dob.getYear() % 100 == yy;
        p.status = sameDate && sex.equals(p.sex) ? Status.VALID : Status.INCONSISTENT;
    }

    // ------------------------------------------------------------------ rules

    private void add(String rule, String pkm, Rec r) {
        findings.add(rule + "|" + pkm + "|" + r.digits + "|" + normal(r.name) + "|" + r.dob);
    }

    Set<String> evaluate() {
        Map<String, List<Rec>> byKey = new HashMap<>();
        for (List<Rec> src : List.of(pispk, eppgbm, pcare)) {
            for (Rec r : src) {
                if (r.key()) {
                    byKey.computeIfAbsent(r.digits, k -> new ArrayList<>()).add(r);
                }
            }
        }
        for (Couple c : couples) {
            for (Rec r : List.of(c.suami(), c.istri())) {
                if (r.key()) {
                    byKey.computeIfAbsent(r.digits, k -> new ArrayList<>()).add(r);
                }
            }
        }
        Map<String, Set<String>> paired = probableMatches(byKey);
        quality(byKey);
        for (Rec p : pispk) {
            Family f = families.get(p.kode);
            List<Rec> same = p.key() ? byKey.get(p.digits) : List.of();
            List<Rec> e = same.stream().filter(r -> r.source.equals("eppgbm")).toList();
            List<Rec> pc = same.stream().filter(r -> r.source.equals("pcare")).toList();
            int atVisit = Umur.bulan(p.dob, f.visit());
            int atRun = Umur.bulan(p.dob, run);
            // spec rule 4: a program record behind a probable match is not "absent" from it
            boolean pcarePaired = pc.isEmpty() && partners(paired, p).contains("pcare");
            boolean eppgbmPaired = e.isEmpty() && partners(paired, p).contains("eppgbm");
            if (p.key()) {
                boolean aktif = pc.stream().anyMatch(r -> r.aktif);
                if ("Y".equals(p.jkn) && !aktif && !pcarePaired) {
                    add("JKN-01", p.pkm, p);
                }
                if ("T".equals(p.jkn) && aktif) {
                    add("JKN-02", p.pkm, p);
                }
                boolean measured = e.stream().flatMap(r -> r.ukur.stream())
                        .anyMatch(d -> !d.isBefore(f.visit().minusDays(31)) && !d.isAfter(f.visit()));
                if (atVisit >= 2 && atVisit <= 59 && "Y".equals(p.pemantauan) && !measured && !eppgbmPaired) {
                    add("TUMBUH-01", p.pkm, p);
                }
                if (atVisit >= 2 && atVisit <= 59 && "T".equals(p.pemantauan) && measured) {
                    add("TUMBUH-02", p.pkm, p);
                }
                Set<String> asi = new HashSet<>();
                e.forEach(r -> asi.addAll(r.asiValues));
                if (atVisit >= 7 && atVisit <= 23 && "Y".equals(p.asi) && asi.contains("Tidak")) {
                    add("ASI-01", p.pkm, p);
                }
                if (atVisit >= 7 && atVisit <= 23 && "T".equals(p.asi) && asi.contains("Ya")) {
                    add("ASI-02", p.pkm, p);
                }
                boolean prolanisHt = pc.stream().anyMatch(r -> r.prolanis.contains("HT"));
                if ("Y".equals(p.ht) && !prolanisHt && !pcarePaired) {
                    add("HT-01", p.pkm, p);
                }
                if (prolanisHt && (p.ht == null || "T".equals(p.ht))) {
                    add("HT-02", p.pkm, p);
                }
                for (Rec r : same) {
                    if (r.source.equals("pispk")) {
                        continue;
                    }
                    if (!Objects.equals(r.dob, p.dob)) {
                        add("DEMO-01", p.pkm, p);
                    }
                    if (!Objects.equals(r.sex, p.sex)) {
                        add("DEMO-02", p.pkm, p);
                    }
                    if (jaroWinkler(normal(r.name), normal(p.name)) < 0.85) {
                        add("DEMO-03", p.pkm, p);
                    }
                    if (r.source.equals("eppgbm") && !r.pkmValues.equals(Set.of(p.pkm))) {
                        add("DEMO-04", p.pkm, p);
                    }
                }
            }
            if (atRun < 60 && e.isEmpty() && !partners(paired, p).contains("eppgbm")) {
                add("BALITA-02", p.pkm, p);
            }
        }
        for (Rec r : eppgbm) {
            boolean inPispk = r.key() && byKey.get(r.digits).stream().anyMatch(x -> x.source.equals("pispk"));
            if (Umur.bulan(r.dob, run) < 60 && !inPispk && !partners(paired, r).contains("pispk")) {
                add("BALITA-01", r.pkm, r);
            }
        }
        for (Couple c : couples) {
            List<Rec> matched = new ArrayList<>();
            for (Rec s : List.of(c.suami(), c.istri())) {
                if (s.key()) {
                    byKey.get(s.digits).stream().filter(x -> x.source.equals("pispk")).forEach(matched::add);
                }
            }
            if (c.nikah() && matched.stream().anyMatch(m -> m.kawin.equals("BELUM KAWIN"))) {
                findings.add("KUA-01|" + matched.get(0).pkm + "|" + c.no());
            }
            if (c.nikah() && matched.isEmpty() && partners(paired, c.suami()).isEmpty()
                    && partners(paired, c.istri()).isEmpty()) {
                findings.add("KUA-02|" + c.pkm() + "|" + c.no());
            }
            if (!c.nikah() && c.akad().isAfter(run) && !c.akad().isAfter(run.plusDays(90))) {
                String owner = matched.isEmpty() ? c.pkm() : matched.get(0).pkm;
                findings.add("KUA-03|" + owner + "|" + c.no());
            }
        }
        for (Family f : families.values()) {
            if (Umur.bulan(f.visit(), run) >= 12) {
                findings.add("SURVEI-01|" + f.pkm() + "|" + f.kode());
            }
        }
        return findings;
    }

    /** The owner of a record: its PIS-PK family when its NIK is in PIS-PK, else its own routing. */
    private String owner(Rec r, Map<String, List<Rec>> byKey) {
        if (r.key()) {
            for (Rec x : byKey.get(r.digits)) {
                if (x.source.equals("pispk")) {
                    return x.pkm;
                }
            }
        }
        return r.pkm;
    }

    private void quality(Map<String, List<Rec>> byKey) {
        List<Rec> all = new ArrayList<>(pispk);
        all.addAll(eppgbm);
        all.addAll(pcare);
        couples.forEach(c -> {
            all.add(c.suami());
            all.add(c.istri());
        });
        for (Rec r : all) {
            switch (r.status) {
                case INVALID -> add("NIK-01", owner(r, byKey), r);
                case DAMAGED -> add("NIK-02", owner(r, byKey), r);
                case DUMMY -> add("NIK-03", owner(r, byKey), r);
                case INCONSISTENT -> add("NIK-05", owner(r, byKey), r);
                default -> {
                }
            }
        }
        for (Map.Entry<String, List<Rec>> e : byKey.entrySet()) {
            Map<String, Set<String>> people = new HashMap<>();
            for (Rec r : e.getValue()) {
                people.computeIfAbsent(r.source, k -> new HashSet<>()).add(normal(r.name) + "|" + r.dob);
            }
            people.forEach((source, persons) -> {
                if (persons.size() > 1) {
                    findings.add("NIK-04|" + owner(e.getValue().get(0), byKey) + "|" + e.getKey());
                }
            });
        }
    }

    /**
     * A plain probable matcher: a record without a usable NIK against another source's records in
     * the same puskesmas, same sex, birth date equal, one day apart or day and month swapped, and
     * names alike (a {@code BY NY} placeholder against the women of the PIS-PK record's family).
     * Records already matched by NIK to the other side's source are not candidates.
     */
    private static Set<String> partners(Map<String, Set<String>> paired, Rec r) {
        return paired.getOrDefault(r.id, Set.of());
    }

    private Map<String, Set<String>> probableMatches(Map<String, List<Rec>> byKey) {
        List<Rec> records = new ArrayList<>(pispk);
        records.addAll(eppgbm);
        records.addAll(pcare);
        couples.forEach(c -> {
            records.add(c.suami());
            records.add(c.istri());
        });
        Map<String, List<Rec>> block = new HashMap<>();
        Map<String, String> owners = new HashMap<>();
        for (Rec r : records) {
            if (r.dob != null) {
                owners.put(r.id, owner(r, byKey));
                block.computeIfAbsent(owners.get(r.id) + "|" + r.dob.getYear(), k -> new ArrayList<>()).add(r);
            }
        }
        // One pair per record and program: a PIS-PK member may have one with each other source.
        Map<String, Set<String>> paired = new HashMap<>();
        for (Rec l : records) {
            if (l.key() || l.dob == null) {
                continue;
            }
            String lo = owners.get(l.id);
            for (int y = l.dob.getYear() - 1; y <= l.dob.getYear() + 1; y++) {
                for (Rec r : block.getOrDefault(lo + "|" + y, List.of())) {
                    // only pairs with PIS-PK on one side (spec, matching rule 2)
                    if (r.source.equals(l.source) || !l.source.equals("pispk") && !r.source.equals("pispk")
                            || partners(paired, l).contains(r.source) || partners(paired, r).contains(l.source)
                            || !Objects.equals(r.sex, l.sex)) {
                        continue;
                    }
                    if (r.key() && byKey.get(r.digits).stream().anyMatch(x -> x.source.equals(l.source))) {
                        continue;
                    }
                    long days = Math.abs(ChronoUnit.DAYS.between(l.dob, r.dob));
                    boolean swapped = l.dob.getYear() == r.dob.getYear()
                            && l.dob.getDayOfMonth() == r.dob.getMonthValue()
                            && l.dob.getMonthValue() == r.dob.getDayOfMonth();
                    if (days > 1 && !swapped) {
                        continue;
                    }
                    if (alike(l, r) || alike(r, l)) {
                        paired.computeIfAbsent(l.id, k -> new HashSet<>()).add(r.source);
                        paired.computeIfAbsent(r.id, k -> new HashSet<>()).add(l.source);
                        Rec p = l.source.equals("pispk") ? l : r;
                        findings.add("MATCH-01|" + owners.get(p.id) + "|" + normal(p.name) + "|" + p.dob);
                    }
                }
            }
        }
        return paired;
    }

    private boolean alike(Rec a, Rec b) {
        if (jaroWinkler(normal(a.name), normal(b.name)) >= 0.85) {
            return true;
        }
        String an = a.name == null ? "" : upper(a.name);
        if (an.startsWith("BY NY ") && b.source.equals("pispk")) {
            String mother = normal(an.substring(6));
            return byFamily().getOrDefault(b.kode, List.of()).stream()
                    .anyMatch(m -> "P".equals(m.sex) && jaroWinkler(normal(m.name), mother) >= 0.85);
        }
        return false;
    }

    private Map<String, List<Rec>> byFamily;

    private Map<String, List<Rec>> byFamily() {
        if (byFamily == null) {
            byFamily = new HashMap<>();
            pispk.forEach(p -> byFamily.computeIfAbsent(p.kode, k -> new ArrayList<>()).add(p));
        }
        return byFamily;
    }

    static double jaroWinkler(String s, String t) {
        if (s.equals(t)) {
            return 1;
        }
        if (s.isEmpty() || t.isEmpty()) {
            return 0;
        }
        int range = Math.max(0, Math.max(s.length(), t.length()) / 2 - 1);
        boolean[] ms = new boolean[s.length()];
        boolean[] mt = new boolean[t.length()];
        int m = 0;
        for (int i = 0; i < s.length(); i++) {
            for (int j = Math.max(0, i - range); j <= Math.min(t.length() - 1, i + range); j++) {
                if (!mt[j] && s.charAt(i) == t.charAt(j)) {
                    ms[i] = true;
                    mt[j] = true;
                    m++;
                    break;
                }
            }
        }
        if (m == 0) {
            return 0;
        }
        int k = 0;
        int tr = 0;
        for (int i = 0; i < s.length(); i++) {
            if (ms[i]) {
                while (!mt[k]) {
                    k++;
                }
                if (s.charAt(i) != t.charAt(k)) {
                    tr++;
                }
                k++;
            }
        }
        double jaro = ((double) m / s.length() + (double) m / t.length() + (m - tr / 2.0) / m) / 3;
        int p = 0;
        while (p < Math.min(4, Math.min(s.length(), t.length())) && s.charAt(p) == t.charAt(p)) {
            p++;
        }
        return jaro + p * 0.1 * (1 - jaro);
    }

    // ------------------------------------------------------------------ manifest side

    /** The same comparison key for a manifest finding. */
    static String key(Manifest.Finding f) {
        String base = f.rule() + "|" + f.kodePuskesmas() + "|";
        return switch (f.rule()) {
            case "KUA-01", "KUA-02", "KUA-03", "SURVEI-01" -> base + f.subject();
            case "NIK-04" -> base + f.subject();
            case "MATCH-01" -> {
                String[] pispkSide = f.subject().split("\\|")[0].split(":");
                yield base + pispkSide[2] + "|" + pispkSide[3];
            }
            default -> base + f.nik() + "|" + normal(f.nama()) + "|" + f.tanggalLahir();
        };
    }
}
