package id.rekon.pispk.sample;

import id.rekon.pispk.model.Sex;

import java.text.Normalizer;
import java.util.Locale;
import java.util.Set;

/**
 * Indonesian and Timorese names, and the ways each source writes them.
 *
 * <p>Canonical names are upper case, may hold an apostrophe ({@code MA'RUF}) or, for a few
 * Portuguese-heritage names, a diacritic ({@code JOSÉ}, {@code INÊS}). Sources then differ only
 * in ways the spec's name normalisation removes (case, repeated spaces, titles, accents,
 * apostrophes), so the clean population never triggers DEMO-03.
 */
final class Names {

    static final String[] CHRISTIAN_MALE = {"YOHANES", "FRANSISKUS", "PETRUS", "PAULUS", "YAKOBUS", "MARTHEN",
        "YULIUS", "DOMINGGUS", "YOSEP", "ANTONIUS", "FILIPUS", "SAMUEL", "DANIEL", "YUNUS", "MIKHAEL",
        "AGUSTINUS", "BERNADUS", "KORNELIS", "MATHEUS", "SIMON", "ELIAS", "ZAKARIAS", "ARNOLDUS", "ALFONSUS",
        "MELKIANUS", "YESAYA", "ISAK", "ABRAHAM", "NIKODEMUS", "OKTOVIANUS", "JOSÉ", "LUKAS", "STEFANUS",
        "HENDRIK", "RONALDO", "YUPITER", "SEMUEL", "MARKUS", "TOBIAS", "GABRIEL"};
    static final String[] CHRISTIAN_FEMALE = {"MARIA", "YOSEFINA", "ELISABETH", "MARGARETHA", "AGUSTINA", "ESTER",
        "RUTH", "DEBORA", "FERDERIKA", "NAOMI", "SARLOTA", "HERMINA", "YULIANA", "MARTHA", "KRISTINA",
        "SELFINA", "OKTAVIANA", "DORKAS", "ROSALINA", "VERONIKA", "ANJELINA", "MERI", "LUSIA", "KATARINA",
        "FELISITAS", "INÊS", "MARSELINA", "YUSTINA", "APRIANA", "NOVITA", "MAGDALENA", "SERLIN", "YOHANA",
        "DOROTEA", "ADRIANA", "FRANSINA", "LODIA", "BEATRIKS"};
    static final String[] SECOND_MALE = {"BAPTISTA", "AGUS", "KRISTIANUS", "NOVEMBER", "DESEMBER", "ARIANTO",
        "YANUARIUS", "FERDINAN"};
    static final String[] SECOND_FEMALE = {"GORETI", "IMAKULATA", "NATALIA", "SELVI", "FEBRIANTI", "OKTAVIA",
        "ANGELINA", "SRIYANTI"};
    static final String[] TIMOR_SURNAMES = {"TEFU", "NENO", "SELAN", "BANU", "TAEK", "LIUNOME", "TLONAEN",
        "NUBATONIS", "BENU", "TAFUI", "LAKAPU", "NABUASA", "TOBE", "SNAE", "BOIMAU", "NOMLENI", "OEMATAN",
        "FALLO", "NITBANI", "TANESIB", "SUNBANU", "NINU", "KASE", "SAU", "TOLLA", "OBE", "MNAO", "TAMONOB",
        "NENOBAIS", "BANAMTUAN", "NAU", "TEME", "LIUFETO", "TASUIB", "KOLO", "NAIMNULE", "SANAM", "BILLI",
        "TOINEKO", "HALLAN", "LOPO", "NEOLAKA", "MANAFE", "NALLE", "BETI", "NAHAK", "TAUS", "NUNUHITU",
        "MISA", "SOPAN", "NA'U", "BOLLA", "ATONIS", "KOBA", "NESIMNASI", "TANEO", "OENUNU"};
    static final String[] MUSLIM_MALE = {"MUHAMMAD", "AHMAD", "ABDUL RAHMAN", "MA'RUF", "RIDWAN", "HASAN",
        "ISMAIL", "SYAMSUDIN", "BUDI", "EKO", "ARIF", "FAUZI", "RAHMAT", "ZAINAL", "YUSUF", "SULAIMAN",
        "ABDULLAH", "IBRAHIM", "HAMZAH", "SAIFUL", "JAMALUDIN", "NURDIN", "SUPRIYADI", "HERMAN"};
    static final String[] MUSLIM_FEMALE = {"SITI AMINAH", "NUR HIDAYAH", "FATIMAH", "SRI WAHYUNI", "AISYAH",
        "KHADIJAH", "NURUL HUDA", "SITI RAHMAWATI", "DEWI", "RATNA", "HALIMAH", "MAEMUNAH", "SALMA", "ZAHRA",
        "NUR'AINI", "RAHMAWATI", "SUMIATI", "ASMAH", "WARDAH", "SITI"};
    static final String[] MUSLIM_SECOND = {"RAHMAN", "HIDAYAT", "SANTOSO", "WIJAYA", "LATIF", "HAMID", "SALEH",
        "BAKAR", "DJAFAR", "ADAM", "BADARUDIN", "PRASETYO", "ARIFIN", "LESTARI", "SARI", "MAULANA", "HASYIM"};

    private static final Set<String> TITLES = Set.of("NY", "TN", "AN", "BY", "H", "HJ", "SPD", "SKEP",
        "AMD", "SH", "SE", "BAYI", "IR", "DRS", "DR");

    private final Rng rng;

    Names(Rng rng) {
        this.rng = rng;
    }

    /** A given name (one or two words), never a family name. */
    String given(Sex sex, boolean muslim) {
        if (muslim) {
            return rng.pick(sex == Sex.L ? MUSLIM_MALE : MUSLIM_FEMALE);
        }
        String first = rng.pick(sex == Sex.L ? CHRISTIAN_MALE : CHRISTIAN_FEMALE);
        if (rng.chance(0.15)) {
            return first + " " + rng.pick(sex == Sex.L ? SECOND_MALE : SECOND_FEMALE);
        }
        return first;
    }

    /** A family name: Timorese for Christians; for Muslims a second name (or none). */
    String surname(boolean muslim) {
        if (muslim) {
            return rng.chance(0.8) ? rng.pick(MUSLIM_SECOND) : "";
        }
        return rng.pick(TIMOR_SURNAMES);
    }

    static String join(String given, String surname) {
        return surname == null || surname.isEmpty() ? given : given + " " + surname;
    }

    /** The part of a full name before the family name, for {@code MARIA / YOHANES} style cells. */
    static String firstWord(String name) {
        int i = name.indexOf(' ');
        return i < 0 ? name : name.substring(0, i);
    }

    /** {@code JOSÉ} to {@code JOSE}. */
    static String fold(String s) {
        String d = Normalizer.normalize(s, Normalizer.Form.NFD);
        return d.replaceAll("\\p{M}+", "");
    }

    /** The generator's own normalisation for checks: upper, folded, no apostrophes or titles. */
    static String normal(String s) {
        String t = fold(s).toUpperCase(Locale.ROOT).replace("'", "").replace(",", " ").replace("-", " ");
        StringBuilder b = new StringBuilder();
        for (String token : t.trim().split("\\s+")) {
            // "NY." and "S.PD" are titles with their dots dropped; "A.MD" too.
            String w = token.replace(".", "");
            if (!w.isEmpty() && !TITLES.contains(w)) {
                b.append(b.length() == 0 ? "" : " ").append(w);
            }
        }
        return b.toString();
    }

    /** Jaro-Winkler similarity of the normalised names, in [0, 1]. */
    static double similarity(String a, String b) {
        return jaroWinkler(normal(a), normal(b));
    }

    static double jaroWinkler(String s, String t) {
        if (s.equals(t)) {
            return 1.0;
        }
        if (s.isEmpty() || t.isEmpty()) {
            return 0.0;
        }
        int range = Math.max(0, Math.max(s.length(), t.length()) / 2 - 1);
        boolean[] ms = new boolean[s.length()];
        boolean[] mt = new boolean[t.length()];
        int matches = 0;
        for (int i = 0; i < s.length(); i++) {
            int lo = Math.max(0, i - range);
            int hi = Math.min(t.length() - 1, i + range);
            for (int j = lo; j <= hi; j++) {
                if (!mt[j] && s.charAt(i) == t.charAt(j)) {
                    ms[i] = true;
                    mt[j] = true;
                    matches++;
                    break;
                }
            }
        }
        if (matches == 0) {
            return 0.0;
        }
        int k = 0;
        int transpositions = 0;
        for (int i = 0; i < s.length(); i++) {
            if (ms[i]) {
                while (!mt[k]) {
                    k++;
                }
                if (s.charAt(i) != t.charAt(k)) {
                    transpositions++;
                }
                k++;
            }
        }
        double m = matches;
        double jaro = (m / s.length() + m / t.length() + (m - transpositions / 2.0) / m) / 3.0;
        int prefix = 0;
        while (prefix < Math.min(4, Math.min(s.length(), t.length())) && s.charAt(prefix) == t.charAt(prefix)) {
            prefix++;
        }
        return jaro + prefix * 0.1 * (1 - jaro);
    }

    /** Mixed case as a careless operator types it: {@code Maria Tefu}. */
    static String mixedCase(String name) {
        return Wilayah.titleCase(name);
    }

    /** Two spaces where one belongs, after the first word. */
    static String doubleSpace(String name) {
        int i = name.indexOf(' ');
        return i < 0 ? name : name.substring(0, i) + "  " + name.substring(i + 1);
    }
}
