package id.rekon.pispk.sample;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class IdentitasInjectorTest {

    private final InjectorFixture x = new InjectorFixture();
    private final IdentitasInjector identitas = new IdentitasInjector(x.kit);

    @Test
    void anotherSexInPcareIsDemo02AndNik05ForThePcareRecord() {
        Family f = x.planted(identitas, Injection.DEMO02);
        assertThat(x.findings()).extracting(Manifest.Finding::rule, Manifest.Finding::source)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("DEMO-02", "pcare"),
                        org.assertj.core.groups.Tuple.tuple("NIK-05", "pcare"));
        Person p = InjectorFixture.withNik(f, x.findings().get(0).subject());
        assertThat(p.pcare.sex).isNotEqualTo(p.sex);
        assertThat(p.jkn).isTrue();
    }

    @Test
    void demo04MovesTheChildsEppgbmRowsToAnotherPuskesmas() {
        Family f = x.planted(identitas, Injection.DEMO04);
        Person c = InjectorFixture.withNik(f, x.findings().get(0).subject());
        assertThat(x.findings()).extracting(Manifest.Finding::rule).containsExactly("DEMO-04");
        assertThat(c.eppgbmPuskesmas).isNotEqualTo(f.puskesmas);
        assertThat(c.eppgbmPuskesmas.desa()).contains(c.eppgbmDesa);
    }
}
