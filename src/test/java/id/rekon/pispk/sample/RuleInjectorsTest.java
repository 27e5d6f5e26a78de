package id.rekon.pispk.sample;

import id.rekon.pispk.model.RuleCode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.util.Arrays;
import java.util.EnumMap;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/** The registry: every injection has exactly one injector, and each one plants something the spec knows. */
class RuleInjectorsTest {

    @Test
    void everyInjectionButSurveiHasExactlyOneInjector() {
        Map<Injection, Integer> claims = new EnumMap<>(Injection.class);
        for (RuleInjector r : RuleInjectors.all(new InjectorFixture().kit)) {
            r.cases().forEach(k -> claims.merge(k, 1, Integer::sum));
        }
        assertThat(claims).allSatisfy((k, n) -> assertThat(n).as(k.name()).isEqualTo(1));
        assertThat(claims.keySet()).containsExactlyInAnyOrder(
                Arrays.stream(Injection.values()).filter(k -> !k.survei()).toArray(Injection[]::new));
    }

    @ParameterizedTest
    @EnumSource(value = Injection.class, names = "SURVEI.*", mode = EnumSource.Mode.MATCH_NONE)
    void eachInjectionPlantsFindingsOfKnownRules(Injection k) {
        InjectorFixture x = new InjectorFixture();
        RuleInjector r = RuleInjectors.all(x.kit).stream().filter(i -> i.cases().contains(k)).findFirst().orElseThrow();
        x.planted(r, k);
        Set<String> codes = Arrays.stream(RuleCode.values()).map(RuleCode::code).collect(Collectors.toSet());
        assertThat(x.findings()).isNotEmpty().allSatisfy(f -> {
            assertThat(codes).contains(f.rule());
            assertThat(f.expect()).isIn("must", "may", "none");
        });
    }
}
