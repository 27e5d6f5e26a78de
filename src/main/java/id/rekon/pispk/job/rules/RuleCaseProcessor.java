package id.rekon.pispk.job.rules;

import id.rekon.pispk.model.CoupleCase;
import id.rekon.pispk.model.PersonCase;
import id.rekon.pispk.model.Keluarga;
import id.rekon.pispk.model.Temuan;
import id.rekon.pispk.rules.CoupleRule;
import id.rekon.pispk.rules.KeluargaRule;
import id.rekon.pispk.rules.PersonRule;
import id.rekon.pispk.rules.RuleContext;
import org.springframework.batch.infrastructure.item.ItemProcessor;

import java.util.ArrayList;
import java.util.List;

/** Applies every registered rule family to a case read by {@link RuleCaseItemReader}. */
public class RuleCaseProcessor implements ItemProcessor<Object, Evaluasi> {

    private final List<PersonRule> personRules;
    private final List<KeluargaRule> keluargaRules;
    private final List<CoupleRule> coupleRules;
    private final KonkordansiVoter voter;
    private final RuleContext context;

    public RuleCaseProcessor(List<PersonRule> personRules, List<KeluargaRule> keluargaRules,
            List<CoupleRule> coupleRules, KonkordansiVoter voter, RuleContext context) {
        this.personRules = personRules;
        this.keluargaRules = keluargaRules;
        this.coupleRules = coupleRules;
        this.voter = voter;
        this.context = context;
    }

    @Override
    public Evaluasi process(Object item) {
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
