package id.rekon.pispk.sample;

import id.rekon.pispk.model.Jawaban;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class PertumbuhanInjectorTest {

    private final InjectorFixture x = new InjectorFixture();
    private final PertumbuhanInjector tumbuh = new PertumbuhanInjector(x.kit);

    @Test
    void aMeasurementOnTheWindowsFirstDayIsANearMissForTumbuh01() {
        Family f = x.planted(tumbuh, Injection.TUMBUH_EDGE_IN_31_NONE);
        assertThat(x.findings()).singleElement().satisfies(m -> {
            assertThat(m.rule()).isEqualTo("TUMBUH-01");
            assertThat(m.expect()).isEqualTo("none");
            Person c = InjectorFixture.withNik(f, m.subject());
            assertThat(c.pemantauan).isEqualTo(Jawaban.Y);
            assertThat(c.measurements).filteredOn(g -> InjectionKit.inWindow(g.tanggal, f.visit))
                    .extracting(g -> g.tanggal).containsExactly(f.visit.minusDays(31));
        });
    }

    @Test
    void tumbuh01LeavesNoMeasurementInTheWindow() {
        Family f = x.planted(tumbuh, Injection.TUMBUH01);
        Person c = InjectorFixture.withNik(f, x.findings().get(0).subject());
        assertThat(x.findings()).extracting(Manifest.Finding::rule).containsExactly("TUMBUH-01");
        assertThat(c.measurements).isNotEmpty().noneMatch(g -> InjectionKit.inWindow(g.tanggal, f.visit));
    }
}
