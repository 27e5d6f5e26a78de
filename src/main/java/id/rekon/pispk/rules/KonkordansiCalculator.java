package id.rekon.pispk.rules;

import id.rekon.pispk.model.PersonCase;

import java.util.List;
import java.util.Optional;

/**
 * Concordance for the workbook's {@code Ringkasan}: per puskesmas and indicator (JKN, growth
 * monitoring, exclusive breastfeeding, hypertension), among people matched by NIK on whom both
 * PIS-PK and the program have an answer, how many agree.
 *
 * <p>It reads the very comparisons the rule families make ({@link BandingProgramRules#banding} of
 * {@link JknRules}, {@link PertumbuhanRules}, {@link AsiRules}, {@link HipertensiRules}), so each
 * disagreement counted here is exactly one JKN/TUMBUH/ASI/HT finding with the same owner. PCare's absence counts as "no" (as JKN-01 and
 * HT-01 read it); HT-02 on a blank PIS-PK answer is a finding but not counted (PIS-PK gave no
 * answer). Stateless, thread-safe.
 */
public final class KonkordansiCalculator {

    /** The compare-two-sources families; each counts its own indicator. */
    private final List<BandingProgramRules> families;

    /**
     * @param rules the registered person rules: those built on {@link BandingProgramRules} are counted,
     *              so a new family of the template is in the concordance without being listed here
     */
    public KonkordansiCalculator(List<? extends PersonRule> rules) {
        this.families = rules.stream().filter(BandingProgramRules.class::isInstance)
                .map(BandingProgramRules.class::cast).toList();
    }

    public void evaluate(PersonCase person, RuleContext context, KonkordansiSink sink) {
        PersonView v = PersonView.of(person, context.settings());
        for (BandingProgramRules family : families) {
            Optional<Banding> b = family.banding(v, context);
            if (b.isPresent() && b.get().dihitung()) {
                sink.terima(v.pemilik(b.get().indikator().program()), b.get().indikator(), b.get().setuju());
            }
        }
    }
}
