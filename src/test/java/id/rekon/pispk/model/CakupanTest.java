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
    /** PIS-PK and e-PPGBM for both puskesmas, KUA for Soe, and no PCare row at all tonight. */
    static Cakupan tanpaPcare() {
        return Cakupan.dari(Map.of(
                Sumber.PISPK, Map.of(SOE, 40L, KARANG, 35L),
                Sumber.EPPGBM, Map.of(SOE, 120L, KARANG, 80L),
                Sumber.KUA, Map.of(SOE, 3L)));
    }

    @Test
    void withoutPcareOnlyThePcarePairsAreHeld() {
        Cakupan c = tanpaPcare();
        assertThat(c.dinilai(RuleCode.MATCH_01, Sumber.PCARE, SOE)).isFalse();
        assertThat(c.dinilai(RuleCode.MATCH_01, Sumber.EPPGBM, SOE)).as("an e-PPGBM pair that went away is resolved")
                .isTrue();
        assertThat(c.dinilai(RuleCode.MATCH_01, Sumber.KUA, SOE)).isTrue();
        assertThat(c.tidakDinilai(SOE)).contains("JKN-01", "HT-01", "MATCH-01:PCARE")
                .doesNotContain("MATCH-01", "MATCH-01:EPPGBM", "MATCH-01:KUA");
    }

    @Test
    void withoutEppgbmOnlyTheEppgbmPairsAreHeld() {
        Cakupan c = malamIni(); // e-PPGBM for Soe only, PCare for the run, no KUA
        assertThat(c.dinilai(RuleCode.MATCH_01, Sumber.EPPGBM, KARANG)).isFalse();
        assertThat(c.dinilai(RuleCode.MATCH_01, Sumber.PCARE, KARANG)).as("a PCare pair that went away is resolved")
                .isTrue();
        // the plain key holds MATCH-01 findings stored before they carried their program, as before
        assertThat(c.tidakDinilai(KARANG)).contains("BALITA-02", "MATCH-01:EPPGBM", "MATCH-01", "MATCH-01:KUA")
                .doesNotContain("MATCH-01:PCARE");
        assertThat(c.tidakDinilai(SOE)).contains("MATCH-01:KUA")
                .doesNotContain("MATCH-01", "MATCH-01:EPPGBM", "MATCH-01:PCARE");
        // the PIS-PK side alone does not decide a pair
        assertThat(c.dinilai(RuleCode.MATCH_01, KARANG)).isTrue();
    }

    @Test
    void withoutPispkEveryPairOfThePuskesmasIsHeld() {
        Cakupan c = Cakupan.dari(Map.of(Sumber.PISPK, Map.of(SOE, 4L), Sumber.EPPGBM, Map.of(SOE, 1L, KARANG, 2L),
                Sumber.PCARE, Map.of(SOE, 1L), Sumber.KUA, Map.of(SOE, 1L, KARANG, 1L)));
        assertThat(c.tidakDinilai(KARANG)).contains("MATCH-01", "MATCH-01:EPPGBM", "MATCH-01:PCARE", "MATCH-01:KUA");
        assertThat(c.tidakDinilai(SOE)).isEmpty();
    }

    @Test
    void aMatchFindingIsHeldUnderItsPairsProgram() {
        Temuan pcare = new Temuan("T1", RuleCode.MATCH_01, SOE, "PCARE|0001 + PISPK|K1|SITI|2020-01-01", "", "SITI",
                null, null, null, "", "", "", "", Sumber.PCARE, "", "", "");
        Temuan kua = new Temuan("T2", RuleCode.MATCH_01, SOE, "KUA|12|SUAMI + PISPK|K1|BUDI|1990-01-01", "", "BUDI",
                null, null, null, "", "", "", "", Sumber.KUA, "", "", "");
        Temuan jkn = new Temuan("T3", RuleCode.JKN_01, SOE, "5302", "", "SITI",
                null, null, null, "", "", "", "", Sumber.PCARE, "", "", "");
        assertThat(Cakupan.kunciTahan(pcare)).isEqualTo("MATCH-01:PCARE");
        assertThat(Cakupan.kunciTahan(kua)).isEqualTo("MATCH-01:KUA");
        assertThat(Cakupan.kunciTahan(jkn)).isEqualTo("JKN-01");
        assertThat(Cakupan.kunciTahan(RuleCode.MATCH_01, null)).isEqualTo("MATCH-01");
    }

    @Test
    void aMissingProgramListsMatchForItsOwnPairsInTheOperatorsText() {
        assertThat(Cakupan.ditahan(Sumber.PCARE)).contains(RuleCode.JKN_01, RuleCode.HT_01, RuleCode.MATCH_01);
        assertThat(Cakupan.ditahan(Sumber.KUA)).contains(RuleCode.KUA_02, RuleCode.MATCH_01);
        assertThat(Cakupan.aturanTeks(Sumber.PCARE, List.of(RuleCode.JKN_01, RuleCode.HT_01, RuleCode.MATCH_01)))
                .isEqualTo("JKN-01, HT-01, MATCH-01 (pasangan PIS-PK–PCare)");
        assertThat(Cakupan.aturanTeks(Sumber.PISPK, List.of(RuleCode.JKN_01, RuleCode.MATCH_01)))
                .isEqualTo("JKN-01, MATCH-01");
    }
}
