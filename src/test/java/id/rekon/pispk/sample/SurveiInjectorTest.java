package id.rekon.pispk.sample;

import id.rekon.pispk.model.Umur;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class SurveiInjectorTest {

    private final InjectorFixture x = new InjectorFixture();
    private final SurveiInjector survei = new SurveiInjector(x.kit, new Pacing(300));

    private Family made(int index, FamilyFactory.VisitPlan plan) {
        Family f = x.factory.create(index, x.kab.puskesmas().get(0), plan);
        survei.visitPlanned(f, plan);
        return f;
    }

    @Test
    void theBoundaryVisitsComeOnceEachFromTheFirstThirdOn() {
        assertThat(survei.planVisit(0)).isEqualTo(FamilyFactory.VisitPlan.NORMAL);
        assertThat(survei.planVisit(150)).isEqualTo(FamilyFactory.VisitPlan.EDGE_12);
        Family twelve = made(150, FamilyFactory.VisitPlan.EDGE_12);
        assertThat(Umur.bulan(twelve.visit, InjectorFixture.RUN)).isEqualTo(12);

        assertThat(survei.planVisit(151)).isEqualTo(FamilyFactory.VisitPlan.EDGE_11);
        Family eleven = made(151, FamilyFactory.VisitPlan.EDGE_11);
        assertThat(Umur.bulan(eleven.visit, InjectorFixture.RUN)).isEqualTo(11);

        assertThat(survei.planVisit(152)).isEqualTo(FamilyFactory.VisitPlan.OLD);
        assertThat(x.findings()).extracting(Manifest.Finding::rule, Manifest.Finding::subject, Manifest.Finding::expect)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("SURVEI-01", twelve.kode, "must"),
                        org.assertj.core.groups.Tuple.tuple("SURVEI-01", eleven.kode, "none"));
    }
}
