package id.rekon.pispk.job.rules;

import org.springframework.batch.infrastructure.item.ItemProcessor;

/**
 * Hands the writer what the rules said about a case (nothing: the case is filtered, as before), and
 * fails the step at the case a rule failed on. The rules themselves run on the reader's pool
 * ({@link RuleCaseItemReader}, {@link RuleEvaluator}): Spring Batch's processor runs on the step's one
 * thread, which was the rules step's bottleneck.
 */
public class RuleCaseProcessor implements ItemProcessor<Dinilai, Evaluasi> {

    @Override
    public Evaluasi process(Dinilai kasus) {
        return kasus.hasil();
    }
}
