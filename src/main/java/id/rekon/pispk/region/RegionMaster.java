package id.rekon.pispk.region;

import id.rekon.pispk.model.Puskesmas;
import id.rekon.pispk.normalise.KodeTeks;
import id.rekon.pispk.normalise.NamaNormaliser;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The job's region master: the puskesmas and the villages each serves, built from the rows of
 * the master file ({@link WilayahKerja}, one per village). Answers lookups and routes program
 * records to a puskesmas.
 *
 * <p><b>Names.</b> Puskesmas, kecamatan and desa names are compared after the same folding as
 * person names ({@link NamaNormaliser#fold}: accents, case, apostrophes, punctuation), with
 * spaces ignored ({@code OE KABITI} = {@code OEKABITI}) and a leading kind word dropped:
 * {@code UPTD PUSKESMAS}, {@code UPT}, {@code PUSKESMAS}, {@code PKM}, {@code BLUD} for a
 * puskesmas; {@code KUA}, {@code KECAMATAN}, {@code KEC} for a kecamatan; {@code DESA},
 * {@code KELURAHAN}, {@code KEL}, {@code DS} for a desa. A puskesmas is also found by each of its
 * aliases. Titles are not removed (a puskesmas may be named after a person).
 *
 * <p><b>Ambiguity.</b> Any lookup that fits two puskesmas answers empty: a wrong routing is worse
 * than a reported unrouted record.
 *
 * <p><b>Kecamatan and desa.</b> By both when both are given. When the pair does not resolve
 * (desa blank or misspelt), a kecamatan served by a single puskesmas still routes to it. When the
 * kecamatan is blank, a desa name that is unique in the whole master routes.
 *
 * <p>Immutable and thread-safe.
 */
public final class RegionMaster implements PuskesmasRouter {

    private static final Set<String> PUSKESMAS_WORDS = Set.of("UPTD", "UPT", "PUSKESMAS", "PKM", "BLUD");
    private static final Set<String> KECAMATAN_WORDS = Set.of("KUA", "KECAMATAN", "KEC");
    private static final Set<String> DESA_WORDS = Set.of("DESA", "KELURAHAN", "KEL", "DS");

    private final Map<String, Puskesmas> byKode = new LinkedHashMap<>();
    private final Map<String, List<WilayahKerja>> rowsByKode = new HashMap<>();
    private final Map<String, Set<String>> byNama = new HashMap<>();
    private final Map<String, Set<String>> byPpk = new HashMap<>();
    private final Map<String, Set<String>> byKodeDesa = new HashMap<>();
    private final Map<String, Set<String>> byKecamatanDesa = new HashMap<>();
    private final Map<String, Set<String>> byKecamatan = new HashMap<>();
    private final Map<String, Set<String>> byDesa = new HashMap<>();

    /** @param rows the master's rows; a puskesmas's name is taken from its first row */
    public RegionMaster(List<WilayahKerja> rows) {
        for (WilayahKerja w : rows) {
            String kode = kodeKey(w.kodePuskesmas());
            byKode.putIfAbsent(kode, new Puskesmas(w.kodePuskesmas(), w.namaPuskesmas()));
            rowsByKode.computeIfAbsent(kode, k -> new ArrayList<>()).add(w);
            index(byNama, puskesmasKey(w.namaPuskesmas()), kode);
            for (String alias : w.aliases()) {
                index(byNama, puskesmasKey(alias), kode);
            }
            index(byPpk, kodeKey(w.kodePpk()), kode);
            index(byKodeDesa, digits(w.kodeDesa()), kode);
            String kec = kecamatanKey(w.kecamatan());
            String desa = desaKey(w.desa());
            index(byKecamatan, kec, kode);
            index(byDesa, desa, kode);
            if (!kec.isEmpty() && !desa.isEmpty()) {
                index(byKecamatanDesa, kec + "|" + desa, kode);
            }
        }
        rowsByKode.replaceAll((k, v) -> List.copyOf(v));
    }

    /** @param kode Kemenkes code, case and surrounding spaces ignored */
    public Optional<Puskesmas> byKode(String kode) {
        return Optional.ofNullable(byKode.get(kodeKey(kode)));
    }

    /** By name or alias, e.g. {@code PKM Kota Soe}; empty when unknown or ambiguous. */
    public Optional<Puskesmas> byNama(String nama) {
        return unique(byNama, puskesmasKey(nama));
    }

    /** By BPJS facility code. */
    public Optional<Puskesmas> byKodePpk(String kodePpk) {
        return unique(byPpk, kodeKey(kodePpk));
    }

    /** By 10-digit Kemendagri village code, dots allowed. */
    public Optional<Puskesmas> byKodeDesa(String kodeDesa) {
        return unique(byKodeDesa, digits(kodeDesa));
    }

    /** By kecamatan and desa names (rules in the class comment). */
    public Optional<Puskesmas> byKecamatanDesa(String kecamatan, String desa) {
        String kec = kecamatanKey(kecamatan);
        String d = desaKey(desa);
        if (kec.isEmpty()) {
            return unique(byDesa, d);
        }
        if (!d.isEmpty()) {
            Optional<Puskesmas> pair = unique(byKecamatanDesa, kec + "|" + d);
            if (pair.isPresent()) {
                return pair;
            }
        }
        return unique(byKecamatan, kec);
    }

    /** By the KUA ({@code Kota Soe}, {@code KUA Kota Soe}, {@code KUA Kecamatan Kota Soe}) and desa. */
    public Optional<Puskesmas> byKuaDesa(String kua, String desa) {
        if (kecamatanKey(kua).isEmpty()) {
            return Optional.empty();
        }
        return byKecamatanDesa(kua, desa);
    }

    /** Every puskesmas, by code. */
    public List<Puskesmas> all() {
        return byKode.values().stream().sorted(Comparator.comparing(Puskesmas::kode)).toList();
    }

    /** The villages a puskesmas serves (the master's rows for it), empty when unknown. */
    public List<WilayahKerja> desaOf(String kodePuskesmas) {
        return rowsByKode.getOrDefault(kodeKey(kodePuskesmas), List.of());
    }

    @Override
    public Optional<String> routeEppgbm(String namaPuskesmas, String kecamatan, String desa) {
        Optional<Puskesmas> p = byNama(namaPuskesmas);
        if (p.isEmpty()) {
            p = byKecamatanDesa(kecamatan, desa);
        }
        return p.map(Puskesmas::kode);
    }

    @Override
    public Optional<String> routePcare(String kodePpk) {
        return byKodePpk(kodePpk).map(Puskesmas::kode);
    }

    @Override
    public Optional<String> routeKua(String kua, String desa) {
        return byKuaDesa(kua, desa).map(Puskesmas::kode);
    }

    private Optional<Puskesmas> unique(Map<String, Set<String>> index, String key) {
        if (key.isEmpty()) {
            return Optional.empty();
        }
        Set<String> kodes = index.get(key);
        return kodes == null || kodes.size() != 1 ? Optional.empty()
                : Optional.of(byKode.get(kodes.iterator().next()));
    }

    private static void index(Map<String, Set<String>> index, String key, String kode) {
        if (!key.isEmpty()) {
            index.computeIfAbsent(key, k -> new LinkedHashSet<>()).add(kode);
        }
    }

    static String puskesmasKey(String name) {
        return nameKey(name, PUSKESMAS_WORDS);
    }

    static String kecamatanKey(String name) {
        return nameKey(name, KECAMATAN_WORDS);
    }

    static String desaKey(String name) {
        return nameKey(name, DESA_WORDS);
    }

    /** Folded, leading kind words dropped (never all of it), spaces removed. */
    private static String nameKey(String name, Set<String> kindWords) {
        String folded = NamaNormaliser.fold(name);
        if (folded.isEmpty()) {
            return "";
        }
        List<String> words = new ArrayList<>(Arrays.asList(folded.split(" ")));
        while (words.size() > 1 && kindWords.contains(words.get(0))) {
            words.remove(0);
        }
        if (words.size() == 1 && kindWords.contains(words.get(0))) {
            return "";
        }
        return String.join("", words);
    }

    private static String kodeKey(String kode) {
        return kode == null ? "" : KodeTeks.withoutBlanks(kode).toUpperCase(Locale.ROOT);
    }

    private static String digits(String code) {
        return code == null ? "" : KodeTeks.digitsOnly(code);
    }
}
