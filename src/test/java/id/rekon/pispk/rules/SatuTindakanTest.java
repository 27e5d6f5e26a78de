package id.rekon.pispk.rules;

import id.rekon.pispk.model.AnggotaDiKeluarga;
import id.rekon.pispk.model.PersonCase;
import id.rekon.pispk.model.Jawaban;
import id.rekon.pispk.model.RuleCode;
import id.rekon.pispk.model.Sumber;
import id.rekon.pispk.model.Temuan;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import static id.rekon.pispk.rules.Fx.NIK_ANAK;
import static id.rekon.pispk.rules.Fx.NIK_DEWASA;
import static id.rekon.pispk.rules.Fx.anggota;
import static id.rekon.pispk.rules.Fx.jalankan;
import static id.rekon.pispk.rules.Fx.ukur;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Spec rule 4, one action per person: a person whose program record sits behind a probable match
 * (MATCH-01) is not also flagged for missing from that program, but still is for a program the pair
 * does not cover.
 */
class SatuTindakanTest {

    private static PersonCase kasus(String nik, List<AnggotaDiKeluarga> pispk, Set<Sumber> pasangan) {
        return new PersonCase(nik, nik, pispk, List.of(), List.of(), List.of(), pasangan);
    }

    @Test
    void jkn01AndHt01StaySilentWhenThePcareRowIsBehindAProbableMatch() {
        AnggotaDiKeluarga a = anggota().nik(NIK_DEWASA).lahir(LocalDate.of(1990, 8, 17)).jkn(true).ht(Jawaban.Y).build();

        assertThat(jalankan(new JknRules(), kasus(NIK_DEWASA, List.of(a), Set.of())))
                .extracting(Temuan::kodeAturan).containsExactly(RuleCode.JKN_01);
        assertThat(jalankan(new HipertensiRules(), kasus(NIK_DEWASA, List.of(a), Set.of())))
                .extracting(Temuan::kodeAturan).containsExactly(RuleCode.HT_01);

        assertThat(jalankan(new JknRules(), kasus(NIK_DEWASA, List.of(a), Set.of(Sumber.PCARE)))).isEmpty();
        assertThat(jalankan(new HipertensiRules(), kasus(NIK_DEWASA, List.of(a), Set.of(Sumber.PCARE)))).isEmpty();
    }

    @Test
    void aPairWithAnotherSourceDoesNotSilenceJkn01() {
        AnggotaDiKeluarga a = anggota().nik(NIK_DEWASA).lahir(LocalDate.of(1990, 8, 17)).jkn(true).build();
        assertThat(jalankan(new JknRules(), kasus(NIK_DEWASA, List.of(a), Set.of(Sumber.EPPGBM, Sumber.KUA))))
                .extracting(Temuan::kodeAturan).containsExactly(RuleCode.JKN_01);
    }

    @Test
    void balita02StaysSilentOnlyForAnEppgbmPair() {
        AnggotaDiKeluarga a = anggota().build();
        assertThat(jalankan(new BalitaRules(), kasus(NIK_ANAK, List.of(a), Set.of(Sumber.EPPGBM)))).isEmpty();
        assertThat(jalankan(new BalitaRules(), kasus(NIK_ANAK, List.of(a), Set.of(Sumber.PCARE))))
                .extracting(Temuan::kodeAturan).containsExactly(RuleCode.BALITA_02);
    }

    @Test
    void balita01StaysSilentOnlyForAPispkPair() {
        PersonCase paired = new PersonCase(null, "EPPGBM|x", List.of(), List.of(ukur().build()), List.of(), List.of(),
                Set.of(Sumber.PISPK));
        PersonCase pairedElsewhere = new PersonCase(null, "EPPGBM|x", List.of(), List.of(ukur().build()), List.of(),
                List.of(), Set.of(Sumber.PCARE));
        assertThat(jalankan(new BalitaRules(), paired)).isEmpty();
        assertThat(jalankan(new BalitaRules(), pairedElsewhere)).extracting(Temuan::kodeAturan)
                .containsExactly(RuleCode.BALITA_01);
    }
}
