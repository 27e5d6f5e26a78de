package id.rekon.pispk.job.rules;

import id.rekon.pispk.model.PersonCase;
import id.rekon.pispk.rules.RuleContext;

import java.util.function.Consumer;

/** Adapts the rules' concordance calculator to the step. */
@FunctionalInterface
public interface KonkordansiVoter {

    void vote(PersonCase person, RuleContext context, Consumer<Evaluasi.Vote> votes);
}
