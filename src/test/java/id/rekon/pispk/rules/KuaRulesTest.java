package id.rekon.pispk.rules;

import id.rekon.pispk.model.AnggotaDiKeluarga;
import id.rekon.pispk.model.CoupleCase;
import id.rekon.pispk.model.Pasangan;
import id.rekon.pispk.model.RuleCode;
import id.rekon.pispk.model.Sex;
import id.rekon.pispk.model.StatusKawin;
import id.rekon.pispk.model.StatusNikah;
import id.rekon.pispk.model.Sumber;
import id.rekon.pispk.model.Temuan;
import id.rekon.pispk.model.TemuanId;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.time.LocalDate;
import java.util.List;

import static id.rekon.pispk.rules.Fx.HARI;
import static id.rekon.pispk.rules.Fx.NIK_DEWASA;
import static id.rekon.pispk.rules.Fx.PKM;
import static id.rekon.pispk.rules.Fx.PKM_LAIN;
import static id.rekon.pispk.rules.Fx.anggota;
import static id.rekon.pispk.rules.Fx.jalankan;
import static id.rekon.pispk.rules.Fx.keluarga;
import static id.rekon.pispk.rules.Fx.nikah;
import static id.rekon.pispk.rules.Fx.pasangan;
import static org.assertj.core.api.Assertions.assertThat;

class KuaRulesTest {

    private static final String SUBJEK = "KUA:DN000131730712026";

    private final KuaRules rule = new KuaRules();

    private static AnggotaDiKeluarga istri(StatusKawin status) {
        return anggota().nik(NIK_DEWASA).nama("SITI AMINAH").hubungan("Anak").lahir(LocalDate.of(1990, 8, 17))
                .kawin(status).keluarga(keluarga().puskesmas(PKM_LAIN).build()).build();
    }

    private static AnggotaDiKeluarga suami(StatusKawin status) {
        return anggota().nik("5301011203880003").nama("AHMAD YANI").sex(Sex.L).lahir(LocalDate.of(1988, 3, 12))
                .kawin(status).build();
    }

    @Test
    void marriedSpouseStillSingleInPispkIsKua01OwnedByTheFamily() {
        List<Temuan> t = jalankan(rule, pasangan(nikah().build(), List.of(), List.of(istri(StatusKawin.BELUM_KAWIN)),
                false));

        assertThat(t).singleElement().satisfies(f -> {
            assertThat(f.kodeAturan()).isEqualTo(RuleCode.KUA_01);
            assertThat(f.kodePuskesmas()).isEqualTo(PKM_LAIN);
            assertThat(f.idTemuan()).isEqualTo(TemuanId.of(RuleCode.KUA_01, PKM_LAIN, SUBJEK));
            assertThat(f.nama()).isEqualTo("SITI AMINAH");
            assertThat(f.nilaiPispk()).isEqualTo("Status kawin: Belum Kawin (istri)");
            assertThat(f.nilaiProgram()).isEqualTo("KUA: Nikah, akad 14 Jun 2026 (KUA Kota Raja, No. DN000131730712026)");
        });
    }

    @Test
    void bothSpousesSingleIsOneFinding() {
        List<Temuan> t = jalankan(rule, pasangan(nikah().build(), List.of(suami(StatusKawin.BELUM_KAWIN)),
                List.of(istri(StatusKawin.BELUM_KAWIN)), false));

        assertThat(t).singleElement().satisfies(f -> {
            assertThat(f.nilaiPispk()).isEqualTo("Status kawin: Belum Kawin (istri, suami)");
            assertThat(f.keterangan()).contains("AHMAD YANI");
        });
    }

    @Test
    void marriedInPispkTooIsSilent() {
        assertThat(jalankan(rule, pasangan(nikah().build(), List.of(suami(StatusKawin.KAWIN)),
                List.of(istri(StatusKawin.KAWIN)), false))).isEmpty();
    }

    @Test
    void spouseNikHeldByTwoPeopleInPispkIsNotRead() {
        AnggotaDiKeluarga lain = anggota().nik(NIK_DEWASA).nama("YOHANES BOSCO").lahir(LocalDate.of(1970, 1, 1))
                .kawin(StatusKawin.BELUM_KAWIN).noUrut("1", 1).build();
        assertThat(jalankan(rule, pasangan(nikah().build(), List.of(),
                List.of(istri(StatusKawin.KAWIN), lain), false))).isEmpty();
    }

    @Test
    void neitherSpouseInPispkIsKua02OwnedByTheCouplesPuskesmas() {
        List<Temuan> t = jalankan(rule, pasangan(nikah().build(), List.of(), List.of(), false));

        assertThat(t).singleElement().satisfies(f -> {
            assertThat(f.kodeAturan()).isEqualTo(RuleCode.KUA_02);
            assertThat(f.kodePuskesmas()).isEqualTo(PKM);
            assertThat(f.nama()).isEqualTo("SITI AMINAH");
            assertThat(f.jenisKelamin()).isEqualTo(Sex.P);
            assertThat(f.keterangan()).contains("Suami: AHMAD YANI");
        });
    }

    @Test
    void probableMatchSilencesKua02() {
        assertThat(jalankan(rule, pasangan(nikah().build(), List.of(), List.of(), true))).isEmpty();
    }

    @Test
    void oneSpouseInPispkIsNotKua02() {
        assertThat(jalankan(rule, pasangan(nikah().build(), List.of(suami(StatusKawin.KAWIN)), List.of(), false)))
                .isEmpty();
    }

    @ParameterizedTest(name = "akad run date + {0} days: KUA-03 {1}")
    @CsvSource({"-1, false", "0, false", "1, true", "90, true", "91, false"})
    void akadWindow(int hari, boolean flagged) {
        List<Temuan> t = jalankan(rule, pasangan(nikah().status(StatusNikah.TERDAFTAR).akad(HARI.plusDays(hari)).build(),
                List.of(), List.of(), false));

        assertThat(t).hasSize(flagged ? 1 : 0);
        t.forEach(f -> {
            assertThat(f.kodeAturan()).isEqualTo(RuleCode.KUA_03);
            assertThat(f.nilaiProgram()).endsWith(hari + " hari lagi");
            assertThat(f.keterangan()).contains("Calon suami: AHMAD YANI");
        });
    }

    @Test
    void marriedCoupleWithFutureAkadIsNotATarget() {
        assertThat(jalankan(rule, pasangan(nikah().akad(HARI.plusDays(10)).build(), List.of(suami(StatusKawin.KAWIN)),
                List.of(), false))).isEmpty();
    }

    @Test
    void kua03OwnedByTheBridesFamilyWhenInPispk() {
        var k = nikah().status(StatusNikah.TERDAFTAR).akad(HARI.plusDays(30)).build();

        assertThat(jalankan(rule, pasangan(k, List.of(), List.of(istri(StatusKawin.BELUM_KAWIN)), false)))
                .singleElement().satisfies(f -> {
                    assertThat(f.kodePuskesmas()).isEqualTo(PKM_LAIN);
                    assertThat(f.kodeKeluarga()).isEqualTo("K001");
                });
        assertThat(jalankan(rule, pasangan(k, List.of(), List.of(), false)))
                .singleElement().extracting(Temuan::kodePuskesmas).isEqualTo(PKM);
    }

    @Test
    void unroutedCoupleIsStillReported() {
        var k = nikah().status(StatusNikah.TERDAFTAR).akad(HARI.plusDays(30)).puskesmas(null)
                .istri(new Pasangan(Fx.nik(NIK_DEWASA), Fx.nama("SITI AMINAH"), null)).build();
        assertThat(jalankan(rule, pasangan(k, List.of(), List.of(), false)))
                .singleElement().extracting(Temuan::kodePuskesmas).isNull();
    }

    @Test
    void akadDaysComeFromSettings() {
        var k = nikah().status(StatusNikah.TERDAFTAR).akad(HARI.plusDays(60)).build();
        var ctx = new RuleContext(HARI, RuleSettings.defaults().withKuaAkadDays(30));
        List<Temuan> out = new java.util.ArrayList<>();
        rule.evaluate(pasangan(k, List.of(), List.of(), false), ctx, out::add);
        assertThat(out).isEmpty();
    }

    @Test
    void noKua02WherePispkDidNotArriveForTheCouplesPuskesmas() {
        CoupleCase couple = pasangan(nikah().build(), List.of(), List.of(), false);
        assertThat(jalankan(rule, couple, Fx.ctx(Fx.cakupan(Sumber.PISPK, PKM_LAIN, Sumber.KUA, PKM)))).isEmpty();
        assertThat(jalankan(rule, couple, Fx.ctx(Fx.cakupan(Sumber.PISPK, PKM, Sumber.KUA, PKM))))
                .singleElement().extracting(Temuan::kodeAturan).isEqualTo(RuleCode.KUA_02);
    }
}
