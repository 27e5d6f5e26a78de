package id.rekon.pispk.model;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Which sources arrived tonight, per puskesmas: the coverage the comparison rules stand on.
 *
 * <p>A rule that flags a person because the other source has nothing on them (JKN-01, HT-01,
 * BALITA-01, BALITA-02, KUA-02) would flag everybody when that source's export is missing or
 * could not be read: one forgotten e-PPGBM file would put every under-five of that puskesmas on
 * the BALITA-02 list, and the next night every one of them would be "resolved". So a rule is
 * {@linkplain #dinilai evaluated} for a puskesmas only where every source it compares arrived.
 *
 * <p>PIS-PK, e-PPGBM and KUA are covered per puskesmas (their rows route to one). PCare is
 * covered for the whole run or not at all: people register JKN at a facility of their choice, so a
 * puskesmas with no PCare rows of its own is normal, and only a run without any PCare data says
 * nothing about anybody's card.
 */
public final class Cakupan {

    private static final Cakupan LENGKAP = new Cakupan(null, EnumSet.allOf(Sumber.class));

    /** Puskesmas with at least one row, per source; {@code null} when everything counts as covered. */
    private final Map<Sumber, Set<String>> puskesmas;
    private final Set<Sumber> ada;

    private Cakupan(Map<Sumber, Set<String>> puskesmas, Set<Sumber> ada) {
        this.puskesmas = puskesmas;
        this.ada = ada;
    }

    /** Every source arrived for every puskesmas (rules tested on their own, and runs before coverage was kept). */
    public static Cakupan lengkap() {
        return LENGKAP;
    }

    /**
     * @param rows rows stored tonight per source and puskesmas code ({@code null} or blank for rows
     *             that could not be routed: they show the source arrived, but for no puskesmas)
     */
    public static Cakupan dari(Map<Sumber, Map<String, Long>> rows) {
        Map<Sumber, Set<String>> puskesmas = new EnumMap<>(Sumber.class);
        Set<Sumber> ada = EnumSet.noneOf(Sumber.class);
        for (Sumber s : Sumber.values()) {
            Set<String> codes = new TreeSet<>();
            rows.getOrDefault(s, Map.of()).forEach((kode, n) -> {
                if (n != null && n > 0) {
                    ada.add(s);
                    if (kode != null && !kode.isBlank()) {
                        codes.add(kode);
                    }
                }
            });
            puskesmas.put(s, codes);
        }
        return new Cakupan(puskesmas, ada);
    }

    /** The puskesmas with at least one row tonight, of any source, in code order. */
    public Set<String> puskesmasAktif() {
        Set<String> all = new TreeSet<>();
        if (puskesmas != null) {
            puskesmas.values().forEach(all::addAll);
        }
        return all;
    }

    /** Whether {@code sumber} arrived for {@code kodePuskesmas} (for {@code null}: at all). */
    public boolean ada(Sumber sumber, String kodePuskesmas) {
        if (puskesmas == null) {
            return true;
        }
        if (sumber == Sumber.PCARE || kodePuskesmas == null || kodePuskesmas.isBlank()) {
            return ada.contains(sumber);
        }
        return puskesmas.get(sumber).contains(kodePuskesmas);
    }

    /**
     * Whether {@code rule} was evaluated tonight for {@code kodePuskesmas}: every source it compares
     * arrived. A finding of a rule not evaluated is neither raised nor resolved. For MATCH-01 this
     * is only the PIS-PK side every pair has; a pair's own program decides with
     * {@link #dinilai(RuleCode, Sumber, String)}.
     */
    public boolean dinilai(RuleCode rule, String kodePuskesmas) {
        return semuaAda(perlu(rule), kodePuskesmas);
    }

    /**
     * Whether a finding of {@code rule} about {@code program} was evaluated tonight for
     * {@code kodePuskesmas}. Differs from {@link #dinilai(RuleCode, String)} only for MATCH-01:
     * a PCare pair is evaluated when PIS-PK and PCare arrived, whatever became of e-PPGBM.
     */
    public boolean dinilai(RuleCode rule, Sumber program, String kodePuskesmas) {
        return semuaAda(perlu(rule, program), kodePuskesmas);
    }

    private boolean semuaAda(Set<Sumber> sources, String kodePuskesmas) {
        for (Sumber s : sources) {
            if (!ada(s, kodePuskesmas)) {
                return false;
            }
        }
        return true;
    }

    /**
     * The programs MATCH-01 pairs PIS-PK with. Each pair compares PIS-PK with one of them only, so
     * each pair is held by its own program: holding every pair whenever any program is missing would
     * keep a job that never receives KUA from ever resolving a pair, and holding them on e-PPGBM
     * alone resolved yesterday's PCare pairs on a night without PCare (they came back the night after
     * as new findings).
     */
    public static final Set<Sumber> PROGRAM_PASANGAN =
            Collections.unmodifiableSet(EnumSet.of(Sumber.EPPGBM, Sumber.PCARE, Sumber.KUA));

    /**
     * The sources a rule compares. The quality rules (NIK-01..05) look at one record of any source
     * and DEMO-01..03 at any two sources sharing a NIK: a missing source takes their findings away
     * with its records, and they are not held back. MATCH-01: PIS-PK, the side every pair has (the
     * pair's program comes with {@link #perlu(RuleCode, Sumber)}).
     */
    public static Set<Sumber> perlu(RuleCode rule) {
        return switch (rule) {
            case KUA_03 -> EnumSet.of(Sumber.KUA);
            case SURVEI_01, MATCH_01 -> EnumSet.of(Sumber.PISPK);
            default -> rule.sumberProgram() == null || rule.family() == RuleFamily.KUALITAS_NIK
                    ? EnumSet.noneOf(Sumber.class)
                    : rule.sumberProgram() == Sumber.PISPK ? EnumSet.of(Sumber.PISPK)
                    : EnumSet.of(Sumber.PISPK, rule.sumberProgram());
        };
    }

    /**
     * The sources a finding of {@code rule} about {@code program} compares: for a MATCH-01 pair,
     * PIS-PK and the pair's program; for any other rule, {@link #perlu(RuleCode)}.
     */
    public static Set<Sumber> perlu(RuleCode rule, Sumber program) {
        Set<Sumber> sources = perlu(rule);
        if (rule == RuleCode.MATCH_01 && program != null && PROGRAM_PASANGAN.contains(program)) {
            sources.add(program);
        }
        return sources;
    }

    /**
     * The key a finding is held back under ({@code rekon_tidak_dinilai.kode_aturan} against
     * {@code kode_tahan} of the findings): the rule code, and for MATCH-01 the rule code with the
     * pair's program, {@code MATCH-01:PCARE}, so that only the pairs of a missing program are held.
     */
    public static String kunciTahan(RuleCode rule, Sumber program) {
        if (rule == RuleCode.MATCH_01 && program != null && PROGRAM_PASANGAN.contains(program)) {
            return rule.code() + ":" + program.name();
        }
        return rule.code();
    }

    /**
     * {@link #kunciTahan(RuleCode, Sumber)} of a finding. A MATCH-01 finding's {@code sumber} is the
     * other record's source: the pair's program when PIS-PK is one side, as in every pair the
     * matcher makes.
     */
    public static String kunciTahan(Temuan t) {
        return kunciTahan(t.kodeAturan(), t.sumber());
    }

    /**
     * The hold keys ({@link #kunciTahan(RuleCode, Sumber)}) of what was not evaluated tonight for
     * {@code kodePuskesmas}: every rule not {@linkplain #dinilai evaluated}, and for MATCH-01 each
     * program whose pairs were not. A plain {@code MATCH-01} is added when PIS-PK or e-PPGBM is
     * missing, for MATCH-01 findings stored before pairs carried their program (held as they were
     * then, until seen again with their program).
     */
    public List<String> tidakDinilai(String kodePuskesmas) {
        List<String> keys = new ArrayList<>();
        for (RuleCode rule : RuleCode.values()) {
            if (rule == RuleCode.MATCH_01) {
                if (!ada(Sumber.PISPK, kodePuskesmas) || !ada(Sumber.EPPGBM, kodePuskesmas)) {
                    keys.add(rule.code());
                }
                for (Sumber program : PROGRAM_PASANGAN) {
                    if (!dinilai(rule, program, kodePuskesmas)) {
                        keys.add(kunciTahan(rule, program));
                    }
                }
            } else if (!dinilai(rule, kodePuskesmas)) {
                keys.add(rule.code());
            }
        }
        return keys;
    }

    /**
     * A source missing tonight for a puskesmas ({@code null}: for the whole run), with the rules it
     * holds back.
     *
     * @param diharapkan whether a recent run had it: then an export is probably missing or
     *                   unreadable, and the operator is told; otherwise the job simply does not
     *                   receive that source (yet)
     */
    public record Kekurangan(Sumber sumber, String kodePuskesmas, List<RuleCode> aturan, boolean diharapkan) {
    }

    /**
     * What is missing for {@code daftarPuskesmas} (the puskesmas the run knows of): a source absent
     * from the whole run once, with {@code null} as puskesmas; otherwise each puskesmas that has some
     * data tonight but none of that source; a puskesmas with no data at all tonight only for the
     * sources recent runs had for it.
     *
     * @param sebelumnya what recent runs received, {@code null} when there is none: what they had
     *                   is what tonight is expected to have
     */
    public List<Kekurangan> kekurangan(Collection<String> daftarPuskesmas, Cakupan sebelumnya) {
        List<Kekurangan> result = new ArrayList<>();
        if (puskesmas == null) {
            return result;
        }
        for (Sumber s : Sumber.values()) {
            if (!ada.contains(s)) {
                result.add(new Kekurangan(s, null, ditahan(s), sebelumnya != null && sebelumnya.ada(s, null)));
            }
        }
        Set<String> aktifMalamIni = puskesmasAktif();
        for (String kode : new TreeSet<>(daftarPuskesmas)) {
            boolean aktif = aktifMalamIni.contains(kode);
            for (Sumber s : Sumber.values()) {
                if (s == Sumber.PCARE || !ada.contains(s) || puskesmas.get(s).contains(kode)) {
                    continue;
                }
                boolean diharapkan = sebelumnya != null && sebelumnya.ada(s, kode);
                // A puskesmas with no data at all tonight is listed only for what it had last time.
                if (aktif || diharapkan) {
                    result.add(new Kekurangan(s, kode, ditahan(s), diharapkan));
                }
            }
        }
        return result;
    }

    /**
     * The rules a missing {@code s} holds back (every rule that compares it). MATCH-01 is listed for
     * PIS-PK and for each program it pairs PIS-PK with, though only the pairs of that program are
     * held: {@link #aturanTeks} says so to the operator.
     */
    public static List<RuleCode> ditahan(Sumber s) {
        List<RuleCode> rules = new ArrayList<>();
        for (RuleCode r : RuleCode.values()) {
            if (perlu(r, s).contains(s)) {
                rules.add(r);
            }
        }
        return rules;
    }

    /**
     * The rules a missing {@code s} holds back, for the operator and the teams:
     * {@code JKN-01, HT-01, MATCH-01 (pasangan PIS-PK–PCare)}. A missing program holds only its own
     * pairs, and saying plain "MATCH-01" would suggest every pair is held.
     */
    public static String aturanTeks(Sumber s, List<RuleCode> aturan) {
        List<String> parts = new ArrayList<>();
        for (RuleCode r : aturan) {
            parts.add(r == RuleCode.MATCH_01 && PROGRAM_PASANGAN.contains(s)
                    ? r.code() + " (pasangan " + Sumber.PISPK.label() + "–" + s.label() + ")"
                    : r.code());
        }
        return String.join(", ", parts);
    }
}
