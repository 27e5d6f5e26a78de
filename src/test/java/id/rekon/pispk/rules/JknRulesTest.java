package id.rekon.pispk.rules;

import id.rekon.pispk.model.AnggotaDiKeluarga;
import id.rekon.pispk.model.PersonCase;
import id.rekon.pispk.model.RuleCode;
import id.rekon.pispk.model.Sumber;
import id.rekon.pispk.model.Temuan;
import id.rekon.pispk.model.TemuanId;
import org.junit.jupiter.api.Test;

import java.util.List;

import static id.rekon.pispk.rules.Fx.NIK_DEWASA;
import static id.rekon.pispk.rules.Fx.PKM;
import static id.rekon.pispk.rules.Fx.PKM_LAIN;
import static id.rekon.pispk.rules.Fx.anggota;
import static id.rekon.pispk.rules.Fx.jalankan;
import static id.rekon.pispk.rules.Fx.kasus;
import static id.rekon.pispk.rules.Fx.pcare;
import static org.assertj.core.api.Assertions.assertThat;

class JknRulesTest {

    private final JknRules rule = new JknRules();

    private AnggotaDiKeluarga ibu(Boolean kartu) {
        return anggota().nik(NIK_DEWASA).nama("SITI AMINAH").lahir(java.time.LocalDate.of(1990, 8, 17))
                .jkn(kartu).build();
    }

    @Test
    void cardButAbsentFromPcareIsJkn01NotFound() {
        List<Temuan> t = jalankan(rule, kasus(NIK_DEWASA, List.of(ibu(true)), List.of(), List.of()));

        assertThat(t).singleElement().satisfies(f -> {
            assertThat(f.kodeAturan()).isEqualTo(RuleCode.JKN_01);
            assertThat(f.nilaiPispk()).isEqualTo("Kartu JKN: Ya");
            assertThat(f.nilaiProgram()).isEqualTo("PCare: tidak ditemukan");
            assertThat(f.sumber()).isEqualTo(Sumber.PCARE);
            assertThat(f.kodePuskesmas()).isEqualTo(PKM);
            assertThat(f.idTemuan()).isEqualTo(TemuanId.of(RuleCode.JKN_01, PKM, NIK_DEWASA));
            assertThat(f.nik()).isEqualTo(NIK_DEWASA);
            assertThat(f.nama()).isEqualTo("SITI AMINAH");
            assertThat(f.kodeKeluarga()).isEqualTo("K001");
            assertThat(f.desa()).isEqualTo("OEBOBO");
            assertThat(f.rtRw()).isEqualTo("001/002");
        });
    }

    @Test
    void cardButInactiveInPcareIsJkn01Inactive() {
        List<Temuan> t = jalankan(rule, kasus(NIK_DEWASA, List.of(ibu(true)), List.of(),
                List.of(pcare().tidakAktif("PBI APBD").build())));

        assertThat(t).singleElement().satisfies(f -> {
            assertThat(f.kodeAturan()).isEqualTo(RuleCode.JKN_01);
            assertThat(f.nilaiProgram()).isEqualTo("PCare: TIDAK AKTIF (PBI APBD)");
            assertThat(f.keterangan()).contains("tidak aktif", "0001234567890");
        });
    }

    @Test
    void cardAndActiveAgree() {
        assertThat(jalankan(rule, kasus(NIK_DEWASA, List.of(ibu(true)), List.of(), List.of(pcare().build()))))
                .isEmpty();
    }

    @Test
    void oneActiveRowOfSeveralIsEnough() {
        assertThat(jalankan(rule, kasus(NIK_DEWASA, List.of(ibu(true)), List.of(),
                List.of(pcare().tidakAktif("PBPU").noKartu("0009999999999").build(), pcare().build())))).isEmpty();
    }

    @Test
    void noCardButActiveIsJkn02() {
        List<Temuan> t = jalankan(rule, kasus(NIK_DEWASA, List.of(ibu(false)), List.of(), List.of(pcare().build())));

        assertThat(t).singleElement().satisfies(f -> {
            assertThat(f.kodeAturan()).isEqualTo(RuleCode.JKN_02);
            assertThat(f.nilaiPispk()).isEqualTo("Kartu JKN: Tidak");
            assertThat(f.nilaiProgram()).isEqualTo("PCare: AKTIF (PBI APBN)");
        });
    }

    @Test
    void noCardAndNotInPcareAgree() {
        assertThat(jalankan(rule, kasus(NIK_DEWASA, List.of(ibu(false)), List.of(), List.of()))).isEmpty();
        assertThat(jalankan(rule, kasus(NIK_DEWASA, List.of(ibu(false)), List.of(),
                List.of(pcare().tidakAktif("PBI APBD").build())))).isEmpty();
    }

    @Test
    void blankAnswerIsNotCompared() {
        assertThat(jalankan(rule, kasus(NIK_DEWASA, List.of(ibu(null)), List.of(), List.of()))).isEmpty();
    }

    @Test
    void personWithoutNikKeyIsNotCompared() {
        assertThat(jalankan(rule, Fx.tanpaNik("PISPK:K001:3", List.of(ibu(true)), List.of(), false))).isEmpty();
    }

    @Test
    void ownedByTheFamilysPuskesmasEvenWhenPcareRoutesElsewhere() {
        List<Temuan> t = jalankan(rule, kasus(NIK_DEWASA, List.of(ibu(false)), List.of(),
                List.of(pcare().puskesmas(PKM_LAIN).build())));

        assertThat(t).singleElement().extracting(Temuan::kodePuskesmas).isEqualTo(PKM);
    }

    @Test
    void noJkn01OnANightWithoutAnyPcareData() {
        PersonCase ibu = kasus(NIK_DEWASA, List.of(ibu(true)), List.of(), List.of());
        assertThat(jalankan(rule, ibu, Fx.ctx(Fx.cakupan(Sumber.PISPK, PKM)))).isEmpty();
        // PCare arrived, routed to another puskesmas: people register where they choose, so it counts
        assertThat(jalankan(rule, ibu, Fx.ctx(Fx.cakupan(Sumber.PISPK, PKM, Sumber.PCARE, PKM_LAIN))))
                .singleElement().extracting(Temuan::kodeAturan).isEqualTo(RuleCode.JKN_01);
    }
}
