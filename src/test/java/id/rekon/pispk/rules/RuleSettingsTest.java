package id.rekon.pispk.rules;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;

import static org.assertj.core.api.Assertions.assertThat;

class RuleSettingsTest {

    /** The spec's values, in the order of {@link #values}. */
    private static final List<Number> SPEC = List.of(31, 2, 59, 60, 7, 23, 12, 90, 0.85, 0.85);

    /** Every component read by its accessor, so a swap of two arguments inside the builder shows. */
    private static List<Number> values(RuleSettings s) {
        return List.of(s.tumbuhWindowDays(), s.tumbuhMinMonths(), s.tumbuhMaxMonths(), s.balitaMaxMonths(),
                s.asiMinMonths(), s.asiMaxMonths(), s.surveiMaxMonths(), s.kuaAkadDays(), s.probableMatchThreshold(),
                s.nameSimilarityThreshold());
    }

    private static List<Number> specWith(int index, Number value) {
        List<Number> v = new ArrayList<>(SPEC);
        v.set(index, value);
        return v;
    }

    @Test
    void theDefaultsAreTheSpecsValues() {
        assertThat(values(RuleSettings.defaults())).isEqualTo(SPEC);
        assertThat(RuleSettings.builder().build()).isEqualTo(RuleSettings.defaults());
    }

    @Test
    void theBuilderSetsOnlyWhatIsNamed() {
        RuleSettings s = RuleSettings.builder().probableMatchThreshold(0.9).build();

        assertThat(values(s)).isEqualTo(specWith(8, 0.9));
        assertThat(s.toBuilder().build()).isEqualTo(s);
        assertThat(values(RuleSettings.builder().nameSimilarityThreshold(0.9).build())).isEqualTo(specWith(9, 0.9));
    }

    @Test
    void eachWithChangesItsOwnSettingOnly() {
        List<UnaryOperator<RuleSettings>> withs = List.of(s -> s.withTumbuhWindowDays(1), s -> s.withTumbuhMinMonths(1),
                s -> s.withTumbuhMaxMonths(1), s -> s.withBalitaMaxMonths(1), s -> s.withAsiMinMonths(1),
                s -> s.withAsiMaxMonths(1), s -> s.withSurveiMaxMonths(1), s -> s.withKuaAkadDays(1),
                s -> s.withProbableMatchThreshold(0.5), s -> s.withNameSimilarityThreshold(0.5));

        for (int i = 0; i < withs.size(); i++) {
            Number v = i < 8 ? (Number) 1 : (Number) 0.5;
            assertThat(values(withs.get(i).apply(RuleSettings.defaults()))).as("with #%d", i).isEqualTo(specWith(i, v));
        }
    }
}
