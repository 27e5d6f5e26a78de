package id.rekon.pispk.sample;

import id.rekon.pispk.model.Umur;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class BalitaInjectorTest {

    private final InjectorFixture x = new InjectorFixture();
    private final BalitaInjector balita = new BalitaInjector(x.kit);

    @Test
    void aNewbornUnderTheMothersNikIsNik03AndBalita01OfThePlaceholder() {
        Family f = x.planted(balita, Injection.BALITA01_DUMMY_MOTHER);
        Person c = f.eppgbmOnly.get(0);
        assertThat(c.inPispk).isFalse();
        assertThat(c.nik).isNull();
        assertThat(c.eppgbmNik.text()).isEqualTo(f.mother.nik);
        assertThat(c.eppgbmName).isEqualTo("BY NY " + Names.fold(f.mother.name));
        assertThat(c.dob.getDayOfMonth()).as("a reserved day").isEqualTo(31);
        String subject = InjectionKit.nonik("eppgbm", f.mother.nik, c.eppgbmName, c.dob);
        assertThat(x.findings()).extracting(Manifest.Finding::rule, Manifest.Finding::subject, Manifest.Finding::expect)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("NIK-03", subject, "must"),
                        org.assertj.core.groups.Tuple.tuple("BALITA-01", subject, "must"));
    }

    @Test
    void aSurveyedChildOfSixtyMonthsWithoutEppgbmIsANearMissForBalita02() {
        Family f = x.planted(balita, Injection.BALITA02_EDGE_60_NONE);
        assertThat(x.findings()).singleElement().satisfies(m -> {
            assertThat(m.rule()).isEqualTo("BALITA-02");
            assertThat(m.expect()).isEqualTo("none");
            Person c = InjectorFixture.withNik(f, m.subject());
            assertThat(Umur.bulan(c.dob, InjectorFixture.RUN)).isEqualTo(60);
            assertThat(c.measurements).isEmpty();
            assertThat(f.members).contains(c);
        });
    }
}
