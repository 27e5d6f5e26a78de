package id.rekon.pispk.job.rules;

import id.rekon.pispk.model.CoupleCase;
import id.rekon.pispk.model.PersonCase;
import id.rekon.pispk.model.Keluarga;
import id.rekon.pispk.model.Temuan;
import id.rekon.pispk.rules.CoupleRule;
import id.rekon.pispk.rules.KeluargaRule;
import id.rekon.pispk.rules.PersonRule;
import id.rekon.pispk.rules.RuleContext;

import java.util.ArrayList;
import java.util.List;

/**
 * Applies every registered rule family to a case read by {@link RuleCaseItemReader}.
 *
 * <p>Called from the reader's pool ({@link EvaluateAhead}), several cases at once: it holds only
 * immutable things (the rule families and the concordance, stateless; the {@link RuleContext}, a record
 * of immutable values), and a case's evaluation touches nothing but the case and its own lists. A plain
 * object on purpose, not a step-scoped bean: a scoped proxy would look up the step's context on each
 * call, and the pool's threads have none.
 */
public class RuleEvaluator {

    private final List<PersonRule> personRules;
    private final List<KeluargaRule> keluargaRules;
    private final List<CoupleRule> coupleRules;
    private final KonkordansiVoter voter;
    private final RuleContext context;

    public RuleEvaluator(List<PersonRule> personRules, List<KeluargaRule> keluargaRules,
            List<CoupleRule> coupleRules, KonkordansiVoter voter, RuleContext context) {
        // copies: the pool reads these lists from several threads, nothing may change them meanwhile
        this.personRules = List.copyOf(personRules);
        this.keluargaRules = List.copyOf(keluargaRules);
        this.coupleRules = List.copyOf(coupleRules);
        this.voter = voter;
        this.context = context;
    }

    /** What the rules said about the case, or {@code null} when they said nothing. */
    public Evaluasi evaluate(Object item) {
        List<Temuan> found = new ArrayList<>();
        List<Evaluasi.Vote> votes = new ArrayList<>();
        List<String> cocok = new ArrayList<>();
        if (item instanceof PersonCase p) {
            personRules.forEach(r -> r.evaluate(p, context, found::add));
            voter.vote(p, context, votes::add);
            if (p.hasNik() && p.inPispk()) {
                if (!p.eppgbm().isEmpty()) {
                    cocok.add(Evaluasi.PISPK_EPPGBM);
                }
                if (!p.pcare().isEmpty()) {
                    cocok.add(Evaluasi.PISPK_PCARE);
                }
                if (!p.kua().isEmpty()) {
                    cocok.add(Evaluasi.PISPK_KUA);
                }
            }
        } else if (item instanceof Keluarga k) {
            keluargaRules.forEach(r -> r.evaluate(k, context, found::add));
        } else if (item instanceof CoupleCase c) {
            coupleRules.forEach(r -> r.evaluate(c, context, found::add));
        } else {
            throw new IllegalArgumentException("Jenis kasus tidak dikenal: " + item.getClass());
        }
        return found.isEmpty() && votes.isEmpty() && cocok.isEmpty() ? null : new Evaluasi(found, votes, cocok);
    }
}
