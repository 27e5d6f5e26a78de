package id.rekon.pispk.job.rules;

import id.rekon.pispk.model.PersonCase;
import id.rekon.pispk.rules.KonkordansiCalculator;
import id.rekon.pispk.rules.RuleContext;

import java.util.function.Consumer;

/** Adapts the rules' concordance calculator to the step. */
@FunctionalInterface
public interface KonkordansiVoter {

    void vote(PersonCase person, RuleContext context, Consumer<Evaluasi.Vote> votes);

    /** The rules' calculator, each indicator's vote as the step's {@link Evaluasi.Vote}. */
    static KonkordansiVoter of(KonkordansiCalculator calculator) {
        return (person, context, votes) -> calculator.evaluate(person, context,
                (puskesmas, indikator, setuju) -> votes.accept(new Evaluasi.Vote(puskesmas, indikator.label(), setuju)));
    }
}
