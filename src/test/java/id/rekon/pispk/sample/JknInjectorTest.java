package id.rekon.pispk.sample;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class JknInjectorTest {

    private final InjectorFixture x = new InjectorFixture();
    private final JknInjector jkn = new JknInjector(x.kit);

    @Test
    void jkn01AbsentIsKartuJknYaWithoutAPcareRow() {
        Family f = x.planted(jkn, Injection.JKN01_ABSENT);
        assertThat(x.findings()).singleElement().satisfies(m -> {
            assertThat(m.rule()).isEqualTo("JKN-01");
            assertThat(m.expect()).isEqualTo("must");
            Person p = InjectorFixture.withNik(f, m.subject());
            assertThat(p.jkn).isTrue();
            assertThat(p.pcare).isNull();
        });
    }

    @Test
    void jkn02IsKartuJknTidakWhileAktifInPcare() {
        Family f = x.planted(jkn, Injection.JKN02);
        assertThat(x.findings()).singleElement().satisfies(m -> {
            assertThat(m.rule()).isEqualTo("JKN-02");
            Person p = InjectorFixture.withNik(f, m.subject());
            assertThat(p.jkn).isFalse();
            assertThat(p.pcare.aktif).isTrue();
            assertThat(p.pcare.status).isEqualTo("AKTIF");
        });
    }
}
