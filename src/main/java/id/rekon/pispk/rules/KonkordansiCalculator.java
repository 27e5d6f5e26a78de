package id.rekon.pispk.rules;

import id.rekon.pispk.model.PersonCase;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Concordance for the workbook's {@code Ringkasan}: per puskesmas and indicator (JKN, growth
 * monitoring, exclusive breastfeeding, hypertension), among people matched by NIK on whom both
 * PIS-PK and the program have an answer, how many agree.
 *
 * <p>It reads the very comparisons the rule families make ({@link JknRules}, {@link PertumbuhanRules},
 * {@link AsiRules}, {@link HipertensiRules}), so each disagreement counted here is exactly one
 * JKN/TUMBUH/ASI/HT finding with the same owner. PCare's absence counts as "no" (as JKN-01 and
 * HT-01 read it); HT-02 on a blank PIS-PK answer is a finding but not counted (PIS-PK gave no
 * answer). Stateless, thread-safe.
 */
public final class KonkordansiCalculator {

    public void evaluate(PersonCase person, RuleContext context, KonkordansiSink sink) {
        PersonView v = PersonView.of(person, context.settings());
        List<Optional<Banding>> all = new ArrayList<>();
        all.add(JknRules.banding(v, context));
        all.add(PertumbuhanRules.banding(v, context));
        all.add(AsiRules.banding(v, context));
        all.add(HipertensiRules.banding(v, context));
        for (Optional<Banding> b : all) {
            if (b.isPresent() && b.get().dihitung()) {
                sink.terima(v.pemilik(b.get().indikator().program()), b.get().indikator(), b.get().setuju());
            }
        }
    }
}
