package id.rekon.pispk.model;

import org.junit.jupiter.api.Test;

import java.util.Collections;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

class CakupanTest {

    static final String SOE = "P5302010101";
    static final String KARANG = "P5302010102";

    /** PIS-PK for both puskesmas, e-PPGBM for Soe only, PCare routed to neither, no KUA. */
    static Cakupan malamIni() {
        return Cakupan.dari(Map.of(
                Sumber.PISPK, Map.of(SOE, 40L, KARANG, 35L),
                Sumber.EPPGBM, Map.of(SOE, 120L),
                Sumber.PCARE, Collections.singletonMap(null, 7L)));
    }

    @Test
    void aSourceRoutedPerPuskesmasCoversOnlyThePuskesmasItHasRowsFor() {
        Cakupan c = malamIni();
        assertThat(c.ada(Sumber.EPPGBM, SOE)).isTrue();
        assertThat(c.ada(Sumber.EPPGBM, KARANG)).isFalse();
        assertThat(c.ada(Sumber.EPPGBM, null)).as("at all").isTrue();
        assertThat(c.ada(Sumber.KUA, SOE)).isFalse();
    }

    @Test
    void pcareCoversEveryPuskesmasOnceAnyRowArrived() {
        assertThat(malamIni().ada(Sumber.PCARE, KARANG)).isTrue();
        Cakupan tanpaPcare = Cakupan.dari(Map.of(Sumber.PISPK, Map.of(SOE, 1L), Sumber.PCARE, Map.of(SOE, 0L)));
        assertThat(tanpaPcare.ada(Sumber.PCARE, SOE)).isFalse();
    }

    @Test
    void aRuleIsEvaluatedOnlyWhereEverySourceItComparesArrived() {
        Cakupan c = malamIni();
        assertThat(c.dinilai(RuleCode.BALITA_02, SOE)).isTrue();
        assertThat(c.dinilai(RuleCode.BALITA_02, KARANG)).isFalse();
        assertThat(c.dinilai(RuleCode.JKN_01, KARANG)).isTrue();
        assertThat(c.dinilai(RuleCode.KUA_02, SOE)).isFalse();
        assertThat(c.dinilai(RuleCode.SURVEI_01, KARANG)).isTrue();
        assertThat(c.dinilai(RuleCode.NIK_01, KARANG)).as("quality rules are never held back").isTrue();
        assertThat(Cakupan.lengkap().dinilai(RuleCode.BALITA_02, KARANG)).isTrue();
    }

    @Test
    void missingSourcesAreListedAndMarkedExpectedWhenThePreviousRunHadThem() {
        Cakupan kemarin = Cakupan.dari(Map.of(Sumber.PISPK, Map.of(SOE, 40L, KARANG, 35L),
                Sumber.EPPGBM, Map.of(SOE, 118L, KARANG, 90L), Sumber.PCARE, Map.of(SOE, 5L)));
        List<Cakupan.Kekurangan> kurang = malamIni().kekurangan(List.of(SOE, KARANG), kemarin);
        assertThat(kurang).extracting(Cakupan.Kekurangan::sumber, Cakupan.Kekurangan::kodePuskesmas,
                Cakupan.Kekurangan::diharapkan).containsExactly(
                        tuple(Sumber.KUA, null, false),
                        tuple(Sumber.EPPGBM, KARANG, true));
        assertThat(kurang.get(1).aturan()).contains(RuleCode.BALITA_01, RuleCode.BALITA_02, RuleCode.TUMBUH_01,
                RuleCode.MATCH_01).doesNotContain(RuleCode.JKN_01, RuleCode.NIK_03);
        assertThat(malamIni().kekurangan(List.of(SOE, KARANG), null)).allMatch(k -> !k.diharapkan());
    }

    @Test
    void aPuskesmasWithNoDataTonightIsListedOnlyForWhatItHadBefore() {
        Cakupan kemarin = Cakupan.dari(Map.of(Sumber.PISPK, Map.of("P9", 10L), Sumber.EPPGBM, Map.of(SOE, 1L)));
        assertThat(malamIni().kekurangan(List.of("P9", "P10"), kemarin))
                .extracting(Cakupan.Kekurangan::sumber, Cakupan.Kekurangan::kodePuskesmas)
                .containsExactly(tuple(Sumber.KUA, null), tuple(Sumber.PISPK, "P9"));
    }
}
