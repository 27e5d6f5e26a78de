package id.rekon.pispk.rules;

import id.rekon.pispk.model.PasanganKua;
import id.rekon.pispk.model.RuleCode;
import id.rekon.pispk.model.Sex;
import id.rekon.pispk.model.Sumber;
import id.rekon.pispk.model.Temuan;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;

import static id.rekon.pispk.rules.Fx.NIK_ANAK;
import static id.rekon.pispk.rules.Fx.NIK_DEWASA;
import static id.rekon.pispk.rules.Fx.PKM;
import static id.rekon.pispk.rules.Fx.PKM_LAIN;
import static id.rekon.pispk.rules.Fx.anggota;
import static id.rekon.pispk.rules.Fx.jalankan;
import static id.rekon.pispk.rules.Fx.kasus;
import static id.rekon.pispk.rules.Fx.nikah;
import static id.rekon.pispk.rules.Fx.pcare;
import static id.rekon.pispk.rules.Fx.ukur;
import static org.assertj.core.api.Assertions.assertThat;

class IdentitasRulesTest {

    private final IdentitasRules rule = new IdentitasRules();

    @Test
    void sameIdentityEverywhereIsSilent() {
        assertThat(jalankan(rule, kasus(NIK_ANAK, List.of(anggota().build()), List.of(ukur().build()), List.of())))
                .isEmpty();
    }

    @Test
    void differentDateOfBirthIsDemo01NamingTheProgram() {
        List<Temuan> t = jalankan(rule, kasus(NIK_ANAK, List.of(anggota().build()),
                List.of(ukur().lahir(LocalDate.of(2024, 5, 3)).build()), List.of()));

        assertThat(t).singleElement().satisfies(f -> {
            assertThat(f.kodeAturan()).isEqualTo(RuleCode.DEMO_01);
            assertThat(f.sumber()).isEqualTo(Sumber.EPPGBM);
            assertThat(f.nilaiPispk()).isEqualTo("Tgl lahir: 05 Mar 2024");
            assertThat(f.nilaiProgram()).isEqualTo("e-PPGBM: 03 Mei 2024");
            assertThat(f.kodePuskesmas()).isEqualTo(PKM);
        });
    }

    @Test
    void twoProgramsDisagreeingIsStillOneFindingPerRule() {
        List<Temuan> t = jalankan(rule, kasus(NIK_ANAK, List.of(anggota().build()),
                List.of(ukur().lahir(LocalDate.of(2024, 5, 3)).build()),
                List.of(pcare().nik(Fx.nik(NIK_ANAK)).nama("AISYAH PUTRI").lahir(LocalDate.of(2024, 3, 6)).build())));

        assertThat(t).singleElement().satisfies(f -> {
            assertThat(f.kodeAturan()).isEqualTo(RuleCode.DEMO_01);
            assertThat(f.sumber()).isEqualTo(Sumber.EPPGBM);
            assertThat(f.nilaiProgram()).isEqualTo("e-PPGBM: 03 Mei 2024; PCare: 06 Mar 2024");
        });
    }

    @Test
    void differentSexIsDemo02() {
        List<Temuan> t = jalankan(rule, kasus(NIK_ANAK, List.of(anggota().build()),
                List.of(ukur().sex(Sex.L).build()), List.of()));

        assertThat(t).singleElement().satisfies(f -> {
            assertThat(f.kodeAturan()).isEqualTo(RuleCode.DEMO_02);
            assertThat(f.nilaiPispk()).isEqualTo("Jenis kelamin: Perempuan");
            assertThat(f.nilaiProgram()).isEqualTo("e-PPGBM: Laki-laki");
        });
    }

    @Test
    void dissimilarNamesAreDemo03() {
        List<Temuan> t = jalankan(rule, kasus(NIK_DEWASA,
                List.of(anggota().nik(NIK_DEWASA).nama("SITI AMINAH").lahir(LocalDate.of(1990, 8, 17)).build()),
                List.of(), List.of(pcare().nama("YOHANES BOSCO").sex(Sex.P).build())));

        assertThat(t).singleElement().satisfies(f -> {
            assertThat(f.kodeAturan()).isEqualTo(RuleCode.DEMO_03);
            assertThat(f.sumber()).isEqualTo(Sumber.PCARE);
            assertThat(f.nilaiPispk()).isEqualTo("Nama: SITI AMINAH");
            assertThat(f.nilaiProgram()).startsWith("PCare: YOHANES BOSCO (kemiripan 0,");
        });
    }

    @Test
    void reorderedOrMisspeltNamesAreNotDemo03() {
        var a = anggota().nik(NIK_DEWASA).nama("SITI AMINAH").lahir(LocalDate.of(1990, 8, 17)).build();
        assertThat(jalankan(rule, kasus(NIK_DEWASA, List.of(a), List.of(),
                List.of(pcare().nama("AMINAH SITI").build())))).isEmpty();
        assertThat(jalankan(rule, kasus(NIK_DEWASA, List.of(a), List.of(),
                List.of(pcare().nama("SITI AMINA").build())))).isEmpty();
    }

    @Test
    void newbornPlaceholderIsNotANameToCompare() {
        assertThat(jalankan(rule, kasus(NIK_ANAK, List.of(anggota().build()),
                List.of(ukur().nama("BY NY SITI AMINAH").build()), List.of()))).isEmpty();
    }

    @Test
    void kuaSpouseIsComparedWithSexFromTheRole() {
        var a = anggota().nik(NIK_DEWASA).nama("SITI AMINAH").lahir(LocalDate.of(1990, 8, 17)).sex(Sex.L).build();
        var sebagaiIstri = new PasanganKua(nikah().build(), false);

        assertThat(jalankan(rule, kasus(NIK_DEWASA, List.of(a), List.of(), List.of(), List.of(sebagaiIstri))))
                .singleElement().satisfies(f -> {
                    assertThat(f.kodeAturan()).isEqualTo(RuleCode.DEMO_02);
                    assertThat(f.sumber()).isEqualTo(Sumber.KUA);
                });
    }

    @Test
    void childMeasuredAtAnotherPuskesmasIsDemo04() {
        List<Temuan> t = jalankan(rule, kasus(NIK_ANAK, List.of(anggota().build()),
                List.of(ukur().tanggal(LocalDate.of(2026, 1, 1)).build(),
                        ukur().tanggal(LocalDate.of(2026, 9, 1)).puskesmas(PKM_LAIN).build()), List.of()));

        assertThat(t).singleElement().satisfies(f -> {
            assertThat(f.kodeAturan()).isEqualTo(RuleCode.DEMO_04);
            assertThat(f.kodePuskesmas()).isEqualTo(PKM);
            assertThat(f.sumber()).isEqualTo(Sumber.EPPGBM);
            assertThat(f.nilaiPispk()).startsWith("Puskesmas keluarga: " + PKM);
            assertThat(f.nilaiProgram()).startsWith("e-PPGBM: " + PKM_LAIN);
        });
    }

    @Test
    void movedBackIsNotDemo04AndPcareAndUnknownAreNotCompared() {
        assertThat(jalankan(rule, kasus(NIK_ANAK, List.of(anggota().build()),
                List.of(ukur().tanggal(LocalDate.of(2026, 1, 1)).puskesmas(PKM_LAIN).build(),
                        ukur().tanggal(LocalDate.of(2026, 9, 1)).build()), List.of()))).isEmpty();
        assertThat(jalankan(rule, kasus(NIK_ANAK, List.of(anggota().build()), List.of(ukur().puskesmas(null).build()),
                List.of()))).isEmpty();
        assertThat(jalankan(rule, kasus(NIK_ANAK, List.of(anggota().build()), List.of(),
                List.of(pcare().nik(Fx.nik(NIK_ANAK)).nama("AISYAH PUTRI").lahir(LocalDate.of(2024, 3, 5))
                        .puskesmas(PKM_LAIN).build())))).isEmpty();
    }

    @Test
    void oneSourceAloneIsNotCompared() {
        assertThat(jalankan(rule, kasus(NIK_ANAK, List.of(), List.of(ukur().build(),
                ukur().lahir(LocalDate.of(2020, 1, 1)).build()), List.of()))).isEmpty();
    }
}
