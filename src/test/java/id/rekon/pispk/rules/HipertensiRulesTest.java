package id.rekon.pispk.rules;

import id.rekon.pispk.model.PersonCase;
import id.rekon.pispk.model.Jawaban;
import id.rekon.pispk.model.PesertaPcare;
import id.rekon.pispk.model.RuleCode;
import id.rekon.pispk.model.Sumber;
import id.rekon.pispk.model.Temuan;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;

import static id.rekon.pispk.rules.Fx.NIK_DEWASA;
import static id.rekon.pispk.rules.Fx.anggota;
import static id.rekon.pispk.rules.Fx.jalankan;
import static id.rekon.pispk.rules.Fx.kasus;
import static id.rekon.pispk.rules.Fx.pcare;
import static org.assertj.core.api.Assertions.assertThat;

class HipertensiRulesTest {

    private static List<Temuan> run(Jawaban jawaban, PesertaPcare... p) {
        return jalankan(new HipertensiRules(), kasus(NIK_DEWASA, List.of(anggota().nik(NIK_DEWASA)
                .nama("SITI AMINAH").lahir(LocalDate.of(1990, 8, 17)).ht(jawaban).build()), List.of(), List.of(p)));
    }

    @Test
    void treatedButAbsentFromPcareIsHt01NotFound() {
        assertThat(run(Jawaban.Y)).singleElement().satisfies(f -> {
            assertThat(f.kodeAturan()).isEqualTo(RuleCode.HT_01);
            assertThat(f.nilaiPispk()).isEqualTo("Hipertensi berobat teratur: Y");
            assertThat(f.nilaiProgram()).isEqualTo("PCare: tidak ditemukan");
        });
    }

    @Test
    void treatedButNotInProlanisHtIsHt01NotMember() {
        assertThat(run(Jawaban.Y, pcare().prolanis(false, true).build())).singleElement().satisfies(f -> {
            assertThat(f.kodeAturan()).isEqualTo(RuleCode.HT_01);
            assertThat(f.nilaiProgram()).isEqualTo("PCare: bukan peserta Prolanis HT (Prolanis DM)");
        });
    }

    @Test
    void treatedAndInProlanisHtAgree() {
        assertThat(run(Jawaban.Y, pcare().prolanis(true, false).build())).isEmpty();
    }

    @Test
    void prolanisMemberAnsweredNoIsHt02() {
        assertThat(run(Jawaban.T, pcare().prolanis(true, true).build())).singleElement().satisfies(f -> {
            assertThat(f.kodeAturan()).isEqualTo(RuleCode.HT_02);
            assertThat(f.nilaiPispk()).isEqualTo("Hipertensi berobat teratur: T");
            assertThat(f.nilaiProgram()).isEqualTo("PCare: peserta Prolanis HT+DM");
        });
    }

    @Test
    void prolanisMemberWithBlankAnswerIsHt02() {
        assertThat(run(null, pcare().prolanis(true, false).build())).singleElement().satisfies(f -> {
            assertThat(f.kodeAturan()).isEqualTo(RuleCode.HT_02);
            assertThat(f.nilaiPispk()).isEqualTo("Hipertensi berobat teratur: kosong");
        });
    }

    @Test
    void notTreatedAndNotInProlanisAgree() {
        assertThat(run(Jawaban.T, pcare().build())).isEmpty();
        assertThat(run(Jawaban.T)).isEmpty();
        assertThat(run(null, pcare().build())).isEmpty();
    }

    @Test
    void notApplicableIsNotCompared() {
        assertThat(run(Jawaban.N, pcare().prolanis(true, false).build())).isEmpty();
    }

    @Test
    void noHt01OnANightWithoutAnyPcareData() {
        PersonCase siti = kasus(NIK_DEWASA, List.of(anggota().nik(NIK_DEWASA).nama("SITI AMINAH")
                .lahir(LocalDate.of(1990, 8, 17)).ht(Jawaban.Y).build()), List.of(), List.of());
        assertThat(jalankan(new HipertensiRules(), siti, Fx.ctx(Fx.cakupan(Sumber.PISPK, Fx.PKM)))).isEmpty();
        assertThat(jalankan(new HipertensiRules(), siti, Fx.ctx(Fx.cakupan(Sumber.PISPK, Fx.PKM, Sumber.PCARE, Fx.PKM))))
                .singleElement().extracting(Temuan::kodeAturan).isEqualTo(RuleCode.HT_01);
    }
}
