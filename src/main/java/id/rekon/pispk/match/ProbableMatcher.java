package id.rekon.pispk.match;

import id.rekon.pispk.match.PenilaianPasangan.TingkatKelamin;
import id.rekon.pispk.match.PenilaianPasangan.TingkatTanggal;
import id.rekon.pispk.model.Nik;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.atomic.LongAdder;

/**
 * Proposes probable matches (MATCH-01) between records without a usable NIK and records of another
 * source: the spec's fallback, reported for a person to confirm and never merged.
 *
 * <h2>Blocking</h2>
 * A pair can only be proposed when its dates of birth are equal, one day apart or day and month
 * swapped, so the blocks are exactly that: the right records are indexed by
 * {@link Kandidat#blockKey() blockKey} (the puskesmas) and date of birth, and each left record
 * looks up at most four dates (its own, the day before, the day after, day and month swapped).
 * The work is therefore proportional to the records times the people born on one day in one
 * puskesmas, never to all pairs of a puskesmas: a whole export with every NIK damaged (hundreds of
 * thousands of candidates) stays cheap. {@link #pasanganDibandingkan()} counts the pairs compared.
 * Records without a date of birth are not compared.
 *
 * <h2>Score</h2>
 * Each pair is compared field by field ({@link PenilaianPasangan}):
 * <ul>
 *   <li><b>name</b> {@code n}: {@link KemiripanNama} (Jaro-Winkler, token-order tolerant) on the
 *   normalised names; when one side is a newborn placeholder ({@code BY NY SITI}, whose normalised
 *   name is the mother's), its name is compared with the other side's parents instead;</li>
 *   <li><b>date of birth</b> {@code d}: exact 1.0, one day apart 0.85, day and month swapped 0.85,
 *   anything else is a contradiction;</li>
 *   <li><b>sex</b> {@code k}: equal 1.0, unknown on either side 0.5, different is a contradiction;</li>
 *   <li><b>parents</b> {@code i}: the best similarity of any parent name with any parent name, a
 *   one-word name (e-PPGBM's given names) also against each word of the other;
 *   0.5 when either side has none.</li>
 * </ul>
 * {@code score = 0.5 n + 0.3 d + 0.1 k + 0.1 i}, rounded to 4 decimals. A pair is proposed when the
 * score reaches {@link AmbangPencocokan#probableMatchThreshold()} and nothing contradicts it: at least
 * one side lacks a usable NIK, the dates are one of the three levels above, the sexes do not
 * differ, and neither the names nor (when both are known) the parents' names are dissimilar in the
 * DEMO-03 sense (below {@link AmbangPencocokan#nameSimilarityThreshold()}). So two children of one
 * mother born a year apart are never proposed (their dates differ), whatever their names.
 *
 * <h2>One proposal per record</h2>
 * Pairs a team has said are not the same person ({@code pasanganDitolak}) are dropped first, so the
 * next best candidate of each of their records can still be proposed. All other eligible pairs are sorted by score (highest first), then by how many other eligible pairs
 * share one of their records at the same score (fewest first), then by the left and right record
 * keys, and taken greedily: a record already proposed is skipped. The result therefore does not depend on
 * input order. When another eligible pair with the same score shared a record, the reasons say so
 * ({@code ada kandidat lain dengan skor sama}): twins, for instance, for the team to check.
 *
 * <p>Thread-safe; its only state is the counter of pairs compared. See {@code docs/pencocokan.md}.
 */
public final class ProbableMatcher {

    static final double BOBOT_NAMA = 0.5;
    static final double BOBOT_TANGGAL = 0.3;
    static final double BOBOT_KELAMIN = 0.1;
    static final double BOBOT_ORANG_TUA = 0.1;
    /** The parents' level when either side has none: neither for nor against. */
    static final double ORANG_TUA_TIDAK_DIKETAHUI = 0.5;

    static final String ALASAN_SERI = "ada kandidat lain dengan skor sama";

    private final LongAdder dibandingkan = new LongAdder();

    /** {@link #match(List, List, AmbangPencocokan, Set)} with no rejected pairs. */
    public List<ProbableMatch> match(List<Kandidat> left, List<Kandidat> right, AmbangPencocokan s) {
        return match(left, right, s, Set.of());
    }

    /**
     * Proposes pairs between {@code left} and {@code right}, each record at most once.
     *
     * @param left            typically records without a usable NIK (e.g. e-PPGBM babies with a dummy NIK)
     * @param right           typically the other source's records not already matched by NIK to the
     *                        left's source (e.g. PIS-PK children); record keys must be unique within each list
     * @param pasanganDitolak pair keys ({@link ProbableMatch#pairKey(String, String)}) a team has
     *                        rejected: never proposed, and dropped before the one-per-record choice
     * @return proposals, highest score first (ties by left then right record key)
     * @throws IllegalArgumentException when a record key repeats within one list
     */
    public List<ProbableMatch> match(List<Kandidat> left, List<Kandidat> right, AmbangPencocokan s,
            Set<String> pasanganDitolak) {
        Objects.requireNonNull(s, "settings");
        Objects.requireNonNull(pasanganDitolak, "pasanganDitolak");
        unik(left, "left");
        unik(right, "right");

        Map<String, Map<Long, List<Kandidat>>> blok = new HashMap<>();
        for (Kandidat r : right) {
            if (r.tanggalLahir() != null) {
                blok.computeIfAbsent(kunciBlok(r.blockKey()), x -> new HashMap<>())
                        .computeIfAbsent(r.tanggalLahir().toEpochDay(), x -> new ArrayList<>()).add(r);
            }
        }

        List<Calon> calon = new ArrayList<>();
        long compared = 0;
        for (Kandidat l : left) {
            LocalDate lahir = l.tanggalLahir();
            Map<Long, List<Kandidat>> puskesmas = blok.get(kunciBlok(l.blockKey()));
            if (lahir == null || puskesmas == null) {
                continue;
            }
            for (long hari : hariDicari(lahir)) {
                for (Kandidat r : puskesmas.getOrDefault(hari, List.of())) {
                    if (l.hasUsableNik() && r.hasUsableNik()) {
                        continue; // two usable NIKs are two people: not even compared
                    }
                    compared++;
                    if (l.sex() != null && r.sex() != null && l.sex() != r.sex()) {
                        continue; // a contradiction, and the cheapest to see
                    }
                    // Numbers first; the words only for the few pairs that may be proposed.
                    Nilai n = hitung(l, r, s);
                    if (n.layak() && n.skor() >= s.probableMatchThreshold()
                            && !pasanganDitolak.contains(ProbableMatch.pairKey(l.recordKey(), r.recordKey()))) {
                        calon.add(new Calon(l, r, uraikan(n, l, r, s)));
                    }
                }
            }
        }
        dibandingkan.add(compared);

        Map<String, Integer> seriKiri = new HashMap<>();
        Map<String, Integer> seriKanan = new HashMap<>();
        for (Calon c : calon) {
            seriKiri.merge(c.left.recordKey() + "|" + c.p.skor(), 1, Integer::sum);
            seriKanan.merge(c.right.recordKey() + "|" + c.p.skor(), 1, Integer::sum);
        }
        // Among equal scores, the pair with the fewest equal alternatives first: a baby named in
        // both sources is taken with its namesake before a "BY NY" placeholder whose mother's name
        // two families share can take either child (seen at 300 000 families).
        calon.sort(Comparator.comparingDouble((Calon c) -> c.p.skor()).reversed()
                .thenComparingInt(c -> seriKiri.get(c.left.recordKey() + "|" + c.p.skor())
                        + seriKanan.get(c.right.recordKey() + "|" + c.p.skor()))
                .thenComparing(c -> c.left.recordKey())
                .thenComparing(c -> c.right.recordKey()));

        Set<String> dipakaiKiri = new HashSet<>();
        Set<String> dipakaiKanan = new HashSet<>();
        List<ProbableMatch> hasil = new ArrayList<>();
        for (Calon c : calon) {
            if (dipakaiKiri.contains(c.left.recordKey()) || dipakaiKanan.contains(c.right.recordKey())) {
                continue;
            }
            dipakaiKiri.add(c.left.recordKey());
            dipakaiKanan.add(c.right.recordKey());
            List<String> alasan = new ArrayList<>(c.p.alasan());
            if (seriKiri.get(c.left.recordKey() + "|" + c.p.skor()) > 1
                    || seriKanan.get(c.right.recordKey() + "|" + c.p.skor()) > 1) {
                alasan.add(ALASAN_SERI);
            }
            hasil.add(new ProbableMatch(c.left, c.right, c.p.skor(), alasan, c.p));
        }
        return List.copyOf(hasil);
    }

    /**
     * The best similarity between any parent name of {@code a} and any of {@code b}, where a name of
     * one word also counts as the word of the other name it is most like: e-PPGBM often gives the
     * parents by their given names ({@code RUTH / LUKAS}) where PIS-PK has them in full
     * ({@code RUTH FEBRIANTI NAHAK}), and Jaro-Winkler on the whole names (0.85 here) would call
     * them different mothers. Only here: DEMO-03 still compares whole names.
     */
    static double miripOrtu(List<String> a, List<String> b) {
        double best = 0.0;
        for (String x : a) {
            for (String y : b) {
                best = Math.max(best, Math.max(KemiripanNama.nilai(x, y), Math.max(satuKata(x, y), satuKata(y, x))));
            }
        }
        return best;
    }

    /** When {@code kata} is one word: its best similarity to a word of {@code nama}; otherwise 0. */
    private static double satuKata(String kata, String nama) {
        String k = kata == null ? "" : kata.trim();
        if (k.isEmpty() || k.contains(" ") || nama == null) {
            return 0.0;
        }
        double best = 0.0;
        for (String w : nama.trim().split("\\s+")) {
            best = Math.max(best, KemiripanNama.nilai(k, w));
        }
        return best;
    }

    /** Compares two records field by field and scores them; see the class javadoc. */
    public PenilaianPasangan bandingkan(Kandidat a, Kandidat b, AmbangPencocokan s) {
        return uraikan(hitung(a, b, s), a, b, s);
    }

    /** The levels and score of a pair as numbers: all a proposal needs, without the words. */
    private record Nilai(double nama, boolean lewatIbu, TingkatTanggal tanggal, TingkatKelamin kelamin, Double ibu,
            double skor, boolean layak) {
    }

    private static Nilai hitung(Kandidat a, Kandidat b, AmbangPencocokan s) {
        boolean bayiA = NamaBayi.isPlaceholder(a.nama());
        boolean bayiB = NamaBayi.isPlaceholder(b.nama());
        double nama;
        boolean lewatIbu = false;
        if (bayiA == bayiB) {
            // Two real names, or two placeholders (then both hold a mother's name).
            nama = KemiripanNama.nilai(a.nama().normal(), b.nama().normal());
        } else if (bayiA) {
            nama = miripOrtu(List.of(a.nama().normal()), b.namaIbu());
            lewatIbu = true;
        } else {
            nama = miripOrtu(List.of(b.nama().normal()), a.namaIbu());
            lewatIbu = true;
        }
        TingkatTanggal tanggal = tingkatTanggal(a.tanggalLahir(), b.tanggalLahir());
        TingkatKelamin kelamin = a.sex() == null || b.sex() == null ? TingkatKelamin.TIDAK_DIKETAHUI
                : a.sex() == b.sex() ? TingkatKelamin.SAMA : TingkatKelamin.BEDA;
        Double ibu = a.namaIbu().isEmpty() || b.namaIbu().isEmpty() ? null : miripOrtu(a.namaIbu(), b.namaIbu());

        double skor = BOBOT_NAMA * nama + BOBOT_TANGGAL * tanggal.nilai() + BOBOT_KELAMIN * kelamin.nilai()
                + BOBOT_ORANG_TUA * (ibu == null ? ORANG_TUA_TIDAK_DIKETAHUI : ibu);
        skor = Math.round(skor * 10_000) / 10_000.0;
        double batasNama = s.nameSimilarityThreshold();
        boolean layak = !(a.hasUsableNik() && b.hasUsableNik()) && tanggal.cocok() && kelamin != TingkatKelamin.BEDA
                && nama >= batasNama && (ibu == null || ibu >= batasNama);
        return new Nilai(nama, lewatIbu, tanggal, kelamin, ibu, skor, layak);
    }

    /** The comparison in words: the contradictions first, then each field's level. */
    private static PenilaianPasangan uraikan(Nilai n, Kandidat a, Kandidat b, AmbangPencocokan s) {
        double nama = n.nama();
        boolean lewatIbu = n.lewatIbu();
        TingkatTanggal tanggal = n.tanggal();
        TingkatKelamin kelamin = n.kelamin();
        Double ibu = n.ibu();
        double skor = n.skor();
        double batasNama = s.nameSimilarityThreshold();
        List<String> tolak = new ArrayList<>();
        if (a.hasUsableNik() && b.hasUsableNik()) {
            tolak.add("keduanya punya NIK");
        }
        if (!tanggal.cocok()) {
            tolak.add(tanggal.alasan());
        }
        if (kelamin == TingkatKelamin.BEDA) {
            tolak.add(kelamin.alasan());
        }
        if (nama < batasNama) {
            tolak.add(lewatIbu ? "nama bayi tidak cocok dengan nama ibu" : "nama tidak mirip");
        }
        if (ibu != null && ibu < batasNama) {
            tolak.add("nama ibu berbeda");
        }

        List<String> alasan = new ArrayList<>(tolak);
        if (lewatIbu) {
            alasan.add(String.format(Locale.ROOT, "nama bayi cocok dengan nama ibu %.2f", nama));
        } else {
            alasan.add(nama == 1.0 ? "nama sama" : String.format(Locale.ROOT, "nama mirip %.2f", nama));
        }
        if (tanggal.cocok()) {
            alasan.add(tanggal.alasan());
        }
        if (kelamin != TingkatKelamin.BEDA) {
            alasan.add(kelamin.alasan());
        }
        if (ibu == null) {
            alasan.add("nama ibu tidak diketahui");
        } else if (ibu >= batasNama) {
            alasan.add(String.format(Locale.ROOT, "nama ibu cocok %.2f", ibu));
        }
        return new PenilaianPasangan(nama, lewatIbu, tanggal, kelamin, ibu, tolak.isEmpty(), skor, alasan);
    }

    static TingkatTanggal tingkatTanggal(LocalDate a, LocalDate b) {
        if (a == null || b == null) {
            return TingkatTanggal.TIDAK_DIKETAHUI;
        }
        if (a.equals(b)) {
            return TingkatTanggal.SAMA;
        }
        if (Math.abs(ChronoUnit.DAYS.between(a, b)) == 1) {
            return TingkatTanggal.SELISIH_SATU_HARI;
        }
        if (a.getYear() == b.getYear() && a.getDayOfMonth() == b.getMonthValue()
                && a.getMonthValue() == b.getDayOfMonth()) {
            return TingkatTanggal.TERTUKAR_HARI_BULAN;
        }
        return TingkatTanggal.BEDA;
    }

    /**
     * The dates a record born on {@code lahir} may be paired with, each once: the same day, one day
     * either side, and day and month swapped in the same year (when that is a date).
     */
    static long[] hariDicari(LocalDate lahir) {
        long d = lahir.toEpochDay();
        long swapped = d;
        if (lahir.getDayOfMonth() <= 12) {
            // a day of 12 or less is a month, and a month (at most 12) is a day of every month
            swapped = LocalDate.of(lahir.getYear(), lahir.getDayOfMonth(), lahir.getMonthValue()).toEpochDay();
        }
        return swapped == d || swapped == d - 1 || swapped == d + 1
                ? new long[] {d, d - 1, d + 1}
                : new long[] {d, d - 1, d + 1, swapped};
    }

    private static String kunciBlok(String blockKey) {
        // A null block is its own block, distinct from any code.
        return blockKey == null ? "\u0000" : blockKey;
    }

    /** Pairs compared (scored) by this matcher since it was made, over every call. */
    public long pasanganDibandingkan() {
        return dibandingkan.sum();
    }

    private static void unik(List<Kandidat> list, String side) {
        Set<String> keys = new HashSet<>();
        for (Kandidat k : list) {
            if (!keys.add(k.recordKey())) {
                // The key may hold a NIK or a name: mask it, messages reach logs.
                throw new IllegalArgumentException("recordKey berulang di daftar " + side + ": "
                        + Nik.mask(k.recordKey()));
            }
        }
    }

    private record Calon(Kandidat left, Kandidat right, PenilaianPasangan p) {
    }
}
