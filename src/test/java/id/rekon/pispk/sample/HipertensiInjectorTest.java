package id.rekon.pispk.sample;

import id.rekon.pispk.model.Jawaban;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class HipertensiInjectorTest {

    private final InjectorFixture x = new InjectorFixture();
    private final HipertensiInjector ht = new HipertensiInjector(x.kit);

    @Test
    void ht01IsTreatedPerPispkAndNotProlanisHt() {
        Family f = x.planted(ht, Injection.HT01);
        assertThat(x.findings()).singleElement().satisfies(m -> {
            assertThat(m.rule()).isEqualTo("HT-01");
            Person p = InjectorFixture.withNik(f, m.subject());
            assertThat(p.ht).isEqualTo(Jawaban.Y);
            assertThat(p.pcare.prolanisHt()).isFalse();
        });
    }

    @Test
    void ht02IsProlanisHtWithPispkBlankOrTidak() {
        Family f = x.planted(ht, Injection.HT02);
        Person p = InjectorFixture.withNik(f, x.findings().get(0).subject());
        assertThat(x.findings()).extracting(Manifest.Finding::rule).containsExactly("HT-02");
        assertThat(p.pcare.prolanis).isIn("HT", "HT+DM");
        assertThat(p.ht).isNotEqualTo(Jawaban.Y);
    }
}
