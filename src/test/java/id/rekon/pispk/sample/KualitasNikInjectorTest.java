package id.rekon.pispk.sample;

import id.rekon.pispk.model.Sex;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class KualitasNikInjectorTest {

    private final InjectorFixture x = new InjectorFixture();
    private final KualitasNikInjector nik = new KualitasNikInjector(x.kit);

    @Test
    void invalidNiksComeInTurnAndTheOnceFormsOnlyOnce() {
        InvalidNiks niks = new InvalidNiks();
        Person p = new Person(1);
        p.nik = "5302014507900003";
        p.sex = Sex.P;
        List<InvalidNikForm> forms = new ArrayList<>();
        for (int i = 0; i < 11; i++) {
            forms.add(niks.make(p, true).form());
        }
        assertThat(forms.subList(0, 9)).containsExactly(InvalidNikForm.values());
        assertThat(forms.subList(9, 11)).containsExactly(InvalidNikForm.FIFTEEN_DIGITS, InvalidNikForm.SERIAL_ZERO);
        // without the once forms, the turn folds onto the repeatable ones
        assertThat(niks.make(p, false).form()).isEqualTo(InvalidNikForm.DAY_35);
        assertThat(InvalidNikForm.FEBRUARY_31.apply(p.nik, Sex.P)).isEqualTo("5302017102900003");
    }

    @Test
    void anInvalidPispkNikIsNik01OfAnIsolatedAdultOnDay29() {
        Family f = x.planted(nik, Injection.NIK01_PISPK);
        assertThat(x.findings()).singleElement().satisfies(m -> {
            assertThat(m.rule()).isEqualTo("NIK-01");
            assertThat(m.source()).isEqualTo("pispk");
            Person p = InjectorFixture.withNik(f, m.subject());
            assertThat(p.pispkNik.digits()).isEqualTo(m.nik()).isNotEqualTo(p.nik);
            assertThat(p.dob.getDayOfMonth()).isEqualTo(29);
            assertThat(p.pcare).isNull();
            assertThat(p.jkn).isFalse();
        });
    }

    @Test
    void scientificPcareNiksOnlyWhereThePcareExportIsCsv() {
        Family json = x.family();
        while (json.puskesmas.pcareCsv()) {
            json = x.family();
        }
        assertThat(nik.plant(Injection.NIK02_PCARE_SCIENTIFIC, json)).isFalse();
        Family f = x.planted(nik, Injection.NIK02_PCARE_SCIENTIFIC);
        assertThat(f.puskesmas.pcareCsv()).isTrue();
        assertThat(f.pcareOnly).singleElement().satisfies(e -> assertThat(e.nik.text()).contains("E+15"));
        assertThat(x.findings()).extracting(Manifest.Finding::rule).containsExactly("NIK-02");
    }
}
