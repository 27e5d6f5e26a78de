package id.rekon.pispk.sample;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class KuaInjectorTest {

    private final InjectorFixture x = new InjectorFixture();
    private final KuaInjector kua = new KuaInjector(x.kit);

    @Test
    void aCoupleWithTheBridesNikInvalidIsKua02AndNik01() {
        Family f = x.planted(kua, Injection.KUA02_NIK_INVALID);
        KuaCouple c = f.couples.get(f.couples.size() - 1);
        assertThat(x.findings()).extracting(Manifest.Finding::rule).containsExactly("KUA-02", "NIK-01");
        assertThat(x.findings().get(0).subject()).isEqualTo(c.noPendaftaran);
        Manifest.Finding nik = x.findings().get(1);
        assertThat(nik.subject()).isEqualTo(c.istri.nik);
        assertThat(nik.nik()).isEqualTo(c.nikIstri.digits()).isNotEqualTo(c.istri.nik);
        assertThat(nik.note()).endsWith(InvalidNikForm.FIFTEEN_DIGITS.description);
        assertThat(c.istri.dob.getDayOfMonth()).as("a reserved day").isEqualTo(31);
    }

    @Test
    void anAkadNinetyOneDaysAwayIsANearMissForKua03() {
        Family f = x.planted(kua, Injection.KUA03_EDGE_91_NONE);
        KuaCouple c = f.couples.get(f.couples.size() - 1);
        assertThat(c.nikah).isFalse();
        assertThat(c.akad).isEqualTo(InjectorFixture.RUN.plusDays(91));
        assertThat(x.findings()).singleElement().satisfies(m -> {
            assertThat(m.rule()).isEqualTo("KUA-03");
            assertThat(m.expect()).isEqualTo("none");
            assertThat(m.subject()).isEqualTo(c.noPendaftaran);
        });
    }
}
