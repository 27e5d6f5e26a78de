package id.rekon.pispk.rules;

import id.rekon.pispk.model.PersonCase;
import id.rekon.pispk.model.NikStatus;
import id.rekon.pispk.model.RuleCode;
import id.rekon.pispk.model.Sumber;
import id.rekon.pispk.model.Temuan;
import id.rekon.pispk.model.TemuanId;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.time.LocalDate;
import java.util.List;

import static id.rekon.pispk.rules.Fx.NIK_ANAK;
import static id.rekon.pispk.rules.Fx.PKM;
import static id.rekon.pispk.rules.Fx.PKM_LAIN;
import static id.rekon.pispk.rules.Fx.anggota;
import static id.rekon.pispk.rules.Fx.jalankan;
import static id.rekon.pispk.rules.Fx.kasus;
import static id.rekon.pispk.rules.Fx.tanpaNik;
import static id.rekon.pispk.rules.Fx.ukur;
import static org.assertj.core.api.Assertions.assertThat;

/** Run date 2026-11-01: born 2021-11-13 is 59 months (the spec's example), born 2021-11-01 is 60. */
class BalitaRulesTest {

    private final BalitaRules rule = new BalitaRules();

    @ParameterizedTest(name = "e-PPGBM only, born {0}: BALITA-01 {1}")
    @CsvSource({"2021-11-13, true", "2021-11-01, false", "2026-10-15, true"})
    void eppgbmChildAbsentFromPispk(LocalDate lahir, boolean flagged) {
        List<Temuan> t = jalankan(rule, kasus(NIK_ANAK, List.of(),
                List.of(ukur().lahir(lahir).puskesmas(PKM_LAIN).build()), List.of()));

        assertThat(t).hasSize(flagged ? 1 : 0);
        t.forEach(f -> {
            assertThat(f.kodeAturan()).isEqualTo(RuleCode.BALITA_01);
            assertThat(f.kodePuskesmas()).isEqualTo(PKM_LAIN);
            assertThat(f.nilaiPispk()).isEqualTo("PIS-PK: tidak ditemukan");
            assertThat(f.posyandu()).isEqualTo("MELATI");
            assertThat(f.rtRw()).isEqualTo("01/02");
        });
    }

    @ParameterizedTest(name = "PIS-PK only, born {0}: BALITA-02 {1}")
    @CsvSource({
            "2021-11-13, true",   // 59 months
            "2021-11-01, false",  // 60 months
            "2026-10-15, true",   // 0 months
            "2026-11-02, false",  // born after the run date: a data error, not a child to find
    })
    void pispkChildAbsentFromEppgbm(LocalDate lahir, boolean flagged) {
        List<Temuan> t = jalankan(rule, kasus(NIK_ANAK, List.of(anggota().lahir(lahir).build()), List.of(), List.of()));

        assertThat(t).hasSize(flagged ? 1 : 0);
        t.forEach(f -> {
            assertThat(f.kodeAturan()).isEqualTo(RuleCode.BALITA_02);
            assertThat(f.kodePuskesmas()).isEqualTo(PKM);
            assertThat(f.nilaiProgram()).isEqualTo("e-PPGBM: tidak ditemukan");
            assertThat(f.sumber()).isEqualTo(Sumber.EPPGBM);
        });
    }

    @Test
    void childInBothIsNotARosterFinding() {
        assertThat(jalankan(rule, kasus(NIK_ANAK, List.of(anggota().build()), List.of(ukur().build()), List.of())))
                .isEmpty();
    }

    @Test
    void pispkBabyWithoutNikNowhereInEppgbmIsBalita02() {
        var bayi = anggota().nik(Fx.nik("", NikStatus.BLANK)).nama("BY NY SITI").lahir(LocalDate.of(2026, 9, 1)).build();

        List<Temuan> t = jalankan(rule, tanpaNik("PISPK::SITI:2026-09-01", List.of(bayi), List.of(), false));

        assertThat(t).singleElement().satisfies(f -> {
            assertThat(f.kodeAturan()).isEqualTo(RuleCode.BALITA_02);
            assertThat(f.idTemuan()).isEqualTo(TemuanId.of(RuleCode.BALITA_02, PKM, "PISPK::SITI:2026-09-01"));
            assertThat(f.nik()).isEmpty();
        });
    }

    @Test
    void probableMatchSilencesTheRosters() {
        var bayi = anggota().nik(Fx.nik("", NikStatus.BLANK)).lahir(LocalDate.of(2026, 9, 1)).build();
        var ukurDummy = ukur().nik(Fx.nik("5301010000000000", NikStatus.DUMMY)).build();

        assertThat(jalankan(rule, tanpaNik("PISPK:x", List.of(bayi), List.of(), true))).isEmpty();
        assertThat(jalankan(rule, tanpaNik("EPPGBM:x", List.of(), List.of(ukurDummy), true))).isEmpty();
        assertThat(jalankan(rule, tanpaNik("EPPGBM:x", List.of(), List.of(ukurDummy), false)))
                .singleElement().extracting(Temuan::kodeAturan).isEqualTo(RuleCode.BALITA_01);
    }

    @Test
    void eppgbmOnlyOwnerIsTheMostRecentMeasurementsPuskesmas() {
        var lama = ukur().tanggal(LocalDate.of(2026, 1, 5)).puskesmas(PKM).build();
        var baru = ukur().tanggal(LocalDate.of(2026, 9, 5)).puskesmas(PKM_LAIN).build();

        assertThat(jalankan(rule, kasus(NIK_ANAK, List.of(), List.of(baru, lama), List.of())))
                .singleElement().extracting(Temuan::kodePuskesmas).isEqualTo(PKM_LAIN);
    }

    @Test
    void unroutedChildIsStillReported() {
        List<Temuan> t = jalankan(rule, kasus(NIK_ANAK, List.of(), List.of(ukur().puskesmas(null).build()), List.of()));

        assertThat(t).singleElement().satisfies(f -> {
            assertThat(f.kodePuskesmas()).isNull();
            assertThat(f.isRouted()).isFalse();
            assertThat(f.idTemuan()).isEqualTo(TemuanId.of(RuleCode.BALITA_01, null, NIK_ANAK));
        });
    }

    @Test
    void maximumAgeComesFromSettings() {
        RuleSettings s = RuleSettings.defaults().withBalitaMaxMonths(24);
        var person = kasus(NIK_ANAK, List.of(anggota().lahir(LocalDate.of(2024, 3, 5)).build()), List.of(), List.of());

        assertThat(jalankan(rule, person)).hasSize(1);
        assertThat(jalankan(rule, person, new RuleContext(Fx.HARI, s))).isEmpty();
    }

    @Test
    void noBalita02WhereEppgbmDidNotArriveForTheFamilysPuskesmas() {
        PersonCase anak = kasus(NIK_ANAK, List.of(anggota().lahir(LocalDate.of(2024, 3, 5)).build()), List.of(),
                List.of());
        // e-PPGBM arrived tonight, but for the other puskesmas only: absence here says nothing
        assertThat(jalankan(rule, anak, Fx.ctx(Fx.cakupan(Sumber.PISPK, PKM, Sumber.EPPGBM, PKM_LAIN)))).isEmpty();
        assertThat(jalankan(rule, anak, Fx.ctx(Fx.cakupan(Sumber.PISPK, PKM, Sumber.EPPGBM, PKM))))
                .singleElement().extracting(Temuan::kodeAturan).isEqualTo(RuleCode.BALITA_02);
    }

    @Test
    void noBalita01WherePispkDidNotArriveForTheChildsPuskesmas() {
        PersonCase anak = kasus(NIK_ANAK, List.of(), List.of(ukur().puskesmas(PKM_LAIN).build()), List.of());
        assertThat(jalankan(rule, anak, Fx.ctx(Fx.cakupan(Sumber.PISPK, PKM, Sumber.EPPGBM, PKM_LAIN)))).isEmpty();
        assertThat(jalankan(rule, anak, Fx.ctx(Fx.cakupan(Sumber.PISPK, PKM_LAIN, Sumber.EPPGBM, PKM_LAIN))))
                .singleElement().extracting(Temuan::kodeAturan).isEqualTo(RuleCode.BALITA_01);
    }
}
