package id.rekon.pispk.sample;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class EksporRusakInjectorTest {

    private final InjectorFixture x = new InjectorFixture();

    @Test
    void everyMemberNikOfTheDamagedExportIsScientificTextAndNik02() {
        Family f = x.family();
        Family other = x.family();
        EksporRusakInjector rusak = new EksporRusakInjector(x.kit, f.puskesmas.kode());
        assertThat(rusak.covers(f)).isTrue();
        assertThat(rusak.covers(other)).isFalse();

        rusak.damage(f);
        long withNik = f.members.stream().filter(p -> p.inPispk && p.nik != null).count();
        assertThat(rusak.niks()).isEqualTo((int) withNik).isPositive();
        assertThat(f.members).filteredOn(p -> p.inPispk && p.nik != null)
                .allSatisfy(p -> assertThat(p.pispkNik.text()).matches("\\d\\.\\d{5}E\\+15"));
        assertThat(x.findings()).filteredOn(m -> m.rule().equals("NIK-02")).hasSize((int) withNik)
                .allSatisfy(m -> assertThat(m.expect()).isEqualTo("must"));
    }
}
