package id.rekon.pispk.sample;

import id.rekon.pispk.model.Jawaban;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class AsiInjectorTest {

    private final InjectorFixture x = new InjectorFixture();
    private final AsiInjector asi = new AsiInjector(x.kit);

    @Test
    void asi01IsYaInPispkAndNotExclusiveInEppgbm() {
        Family f = x.planted(asi, Injection.ASI01);
        assertThat(x.findings()).singleElement().satisfies(m -> {
            assertThat(m.rule()).isEqualTo("ASI-01");
            Person c = InjectorFixture.withNik(f, m.subject());
            assertThat(c.asi).isEqualTo(Jawaban.Y);
            assertThat(c.asiEksklusif).isFalse();
        });
    }

    @Test
    void asi02IsTheOpposite() {
        Family f = x.planted(asi, Injection.ASI02);
        Person c = InjectorFixture.withNik(f, x.findings().get(0).subject());
        assertThat(x.findings()).extracting(Manifest.Finding::rule).containsExactly("ASI-02");
        assertThat(c.asi).isEqualTo(Jawaban.T);
        assertThat(c.asiEksklusif).isTrue();
    }
}
