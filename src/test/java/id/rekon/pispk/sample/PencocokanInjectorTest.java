package id.rekon.pispk.sample;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

class PencocokanInjectorTest {

    private final InjectorFixture x = new InjectorFixture();
    private final PencocokanInjector match = new PencocokanInjector(x.kit);

    @Test
    void twinsOneToPairAndOneNotTo() {
        Family f = x.planted(match, Injection.MATCH01_NONE_TWIN);
        Person a = f.members.get(f.members.size() - 2);
        Person b = f.members.get(f.members.size() - 1);
        assertThat(a.dob).isEqualTo(b.dob);
        assertThat(a.dob.getDayOfMonth()).isEqualTo(27);
        assertThat(a.sex).isEqualTo(b.sex);
        assertThat(b.nik).isNull();
        assertThat(b.measurements).isEmpty();
        assertThat(x.findings()).extracting(Manifest.Finding::rule, Manifest.Finding::expect).containsExactly(
                tuple("MATCH-01", "must"), tuple("NIK-03", "must"), tuple("MATCH-01", "none"), tuple("BALITA-02", "must"));
        assertThat(x.findings().get(0).subject()).isEqualTo(InjectionKit.side("pispk", a.nik, a.name, a.dob) + "|"
                + InjectionKit.side("eppgbm", a.eppgbmNik.digits(), a.name, a.dob));
    }

    @Test
    void aBlankPispkNikWithAValidPcareRowIsAPairToPropose() {
        Family f = x.planted(match, Injection.MATCH01_PCARE_BLANK);
        assertThat(x.findings()).singleElement().satisfies(m -> {
            assertThat(m.rule()).isEqualTo("MATCH-01");
            assertThat(m.expect()).isEqualTo("must");
            Person p = f.members.stream().filter(q -> q.pispkNik != null && q.pispkNik.form() == NikOut.Form.BLANK)
                    .findFirst().orElseThrow();
            assertThat(p.dob.getDayOfMonth()).isEqualTo(27);
            assertThat(p.pcare).isNotNull();
            assertThat(m.subject()).isEqualTo("pispk::" + Names.normal(p.name) + ":" + p.dob + "|pcare:" + p.nik + ":"
                    + Names.normal(p.name) + ":" + p.dob);
        });
    }
}
