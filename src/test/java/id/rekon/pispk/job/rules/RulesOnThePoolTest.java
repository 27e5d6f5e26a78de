package id.rekon.pispk.job.rules;

import id.rekon.pispk.job.RulesConfiguration;
import id.rekon.pispk.model.PersonCase;
import id.rekon.pispk.model.Temuan;
import id.rekon.pispk.rules.CoupleRule;
import id.rekon.pispk.rules.KeluargaRule;
import id.rekon.pispk.rules.KonkordansiCalculator;
import id.rekon.pispk.rules.PersonRule;
import id.rekon.pispk.rules.RuleContext;
import id.rekon.pispk.rules.RuleSettings;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.context.annotation.AnnotationConfigApplicationContext;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The rules step's evaluation on its pool gives, case for case and in the same order, what the rules
 * give one case after the other on one thread: every registered rule family (as the job registers
 * them), the concordance, many random cases.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class RulesOnThePoolTest {

    private static final RuleContext CTX = new RuleContext(LocalDate.of(2026, 11, 1), RuleSettings.defaults());

    private AnnotationConfigApplicationContext rules;
    private List<PersonRule> personRules;
    private List<KeluargaRule> keluargaRules;
    private List<CoupleRule> coupleRules;

    @BeforeAll
    void registeredRules() {
        rules = new AnnotationConfigApplicationContext(RulesConfiguration.class);
        personRules = rules.getBeanProvider(PersonRule.class).orderedStream().toList();
        keluargaRules = rules.getBeanProvider(KeluargaRule.class).orderedStream().toList();
        coupleRules = rules.getBeanProvider(CoupleRule.class).orderedStream().toList();
    }

    @AfterAll
    void close() {
        rules.close();
    }

    @Test
    void onOneOrFourThreadsTheResultsAreThoseOfOneCaseAfterTheOther() {
        List<Object> cases = KasusAcak.buat(20_000, 9);
        RuleEvaluator evaluator = evaluator(personRules);
        List<Evaluasi> sequential = cases.stream().map(evaluator::evaluate).toList();

        // the cases are varied enough to mean something: most families find something, votes both ways
        List<Temuan> found = sequential.stream().filter(Objects::nonNull).flatMap(e -> e.temuan().stream()).toList();
        assertThat(found.stream().map(t -> t.kodeAturan().family()).collect(Collectors.toSet())).hasSizeGreaterThan(6);
        assertThat(sequential.stream().filter(Objects::nonNull).flatMap(e -> e.votes().stream())
                .map(Evaluasi.Vote::setuju).distinct()).hasSize(2);

        for (int threads : new int[] {1, 4}) {
            assertThat(onThePool(cases, evaluator, threads)).as("%d threads", threads).isEqualTo(sequential);
        }
    }

    @Test
    void aRuleThatFailsFailsTheProcessorAtItsCaseWithItsError() {
        List<Object> cases = KasusAcak.buat(3_000, 11);
        int failing = 2_000;
        while (!(cases.get(failing) instanceof PersonCase)) {
            failing++;
        }
        PersonCase bad = (PersonCase) cases.get(failing);
        List<PersonRule> withBroken = new ArrayList<>(personRules);
        withBroken.add(new PersonRule() {
            @Override
            public void evaluate(PersonCase person, RuleContext context, Consumer<Temuan> findings) {
                if (person == bad) {
                    throw new IllegalStateException("aturan uji gagal pada " + person.subjectKey());
                }
            }
        });
        RuleEvaluator evaluator = evaluator(withBroken);
        RuleCaseProcessor processor = new RuleCaseProcessor();
        Iterator<Object> source = cases.iterator();
        try (EvaluateAhead<Object, Dinilai> ahead = new EvaluateAhead<>("uji-baca", "uji-nilai", 4,
                RuleCaseItemReader.BATCH, RuleCaseItemReader.BATCHES_AHEAD, () -> source.hasNext() ? source.next() : null,
                kasus -> Dinilai.dari(evaluator, kasus), () -> { })) {
            for (int i = 0; i < failing; i++) {
                assertThat(processor.process(ahead.next())).isEqualTo(evaluator.evaluate(cases.get(i)));
            }
            Dinilai failed = ahead.next();
            assertThatThrownBy(() -> processor.process(failed)).isInstanceOf(IllegalStateException.class)
                    .hasMessage("aturan uji gagal pada " + bad.subjectKey());
        }
    }

    private RuleEvaluator evaluator(List<PersonRule> person) {
        return new RuleEvaluator(person, keluargaRules, coupleRules,
                KonkordansiVoter.of(new KonkordansiCalculator(person)), CTX);
    }

    /** The cases as the step's reader and processor hand them to the writer, on {@code threads} threads. */
    private static List<Evaluasi> onThePool(List<Object> cases, RuleEvaluator evaluator, int threads) {
        Iterator<Object> source = cases.iterator();
        RuleCaseProcessor processor = new RuleCaseProcessor();
        List<Evaluasi> out = new ArrayList<>();
        try (EvaluateAhead<Object, Dinilai> ahead = new EvaluateAhead<>("uji-baca", "uji-nilai", threads,
                RuleCaseItemReader.BATCH, RuleCaseItemReader.BATCHES_AHEAD, () -> source.hasNext() ? source.next() : null,
                kasus -> Dinilai.dari(evaluator, kasus), () -> { })) {
            for (Dinilai d = ahead.next(); d != null; d = ahead.next()) {
                out.add(processor.process(d));
            }
        }
        return out;
    }
}
