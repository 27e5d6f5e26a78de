package id.rekon.pispk.rules;

import id.rekon.pispk.model.AnggotaDiKeluarga;
import id.rekon.pispk.model.CoupleCase;
import id.rekon.pispk.model.PasanganKua;
import id.rekon.pispk.model.PersonCase;
import id.rekon.pispk.model.Jawaban;
import id.rekon.pispk.model.NikStatus;
import id.rekon.pispk.model.Pengukuran;
import id.rekon.pispk.model.PesertaPcare;
import id.rekon.pispk.model.RuleCode;
import id.rekon.pispk.model.StatusKawin;
import id.rekon.pispk.model.Temuan;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Random;

import static id.rekon.pispk.rules.Fx.NIK_ANAK;
import static id.rekon.pispk.rules.Fx.NIK_DEWASA;
import static id.rekon.pispk.rules.Fx.PKM;
import static id.rekon.pispk.rules.Fx.PKM_LAIN;
import static id.rekon.pispk.rules.Fx.anggota;
import static id.rekon.pispk.rules.Fx.kasus;
import static id.rekon.pispk.rules.Fx.keluarga;
import static id.rekon.pispk.rules.Fx.nikah;
import static id.rekon.pispk.rules.Fx.pcare;
import static id.rekon.pispk.rules.Fx.semua;
import static id.rekon.pispk.rules.Fx.ukur;
import static org.assertj.core.api.Assertions.assertThat;

/** Cases across rule families: duplicate NIKs, stable ids, ownership. */
class SkenarioTest {

    /**
     * Two PIS-PK members under one NIK (a mother and her child) and a PCare row: the NIK identifies
     * nobody, so NIK-04 is the one finding. Neither JKN (whose card would we compare?) nor DEMO (the
     * PCare row differs from one of them by construction) is made until the NIK is corrected.
     */
    @Test
    void duplicateNikInOneSourceIsNik04AndNotAMatch() {
        var ibu = anggota().nik(NIK_DEWASA).nama("SITI AMINAH").lahir(LocalDate.of(1990, 8, 17)).jkn(false)
                .ht(Jawaban.T).noUrut("2", 2).build();
        var anak = anggota().nik(NIK_DEWASA).nama("AISYAH PUTRI").lahir(LocalDate.of(2024, 3, 5)).jkn(true)
                .tumbuh(Jawaban.Y).noUrut("3", 3).build();
        var p = pcare().prolanis(true, false).build();

        List<Temuan> t = semua(kasus(NIK_DEWASA, List.of(ibu, anak), List.of(), List.of(p)));

        assertThat(t).extracting(Temuan::kodeAturan).containsExactly(RuleCode.NIK_04);
    }

    @Test
    void sameCaseInShuffledOrderGivesTheSameFindingsAndIds() {
        // One child seen twice in PIS-PK (moved family), measured five times, two PCare rows.
        var lama = anggota().tumbuh(Jawaban.T).asi(Jawaban.Y).jkn(true).lahir(LocalDate.of(2025, 1, 15)).noUrut("4", 7)
                .keluarga(keluarga().kode("K009").kunjungan(LocalDate.of(2025, 2, 1)).build()).build();
        var baru = anggota().tumbuh(Jawaban.Y).asi(Jawaban.Y).jkn(true).lahir(LocalDate.of(2025, 1, 15))
                .keluarga(keluarga().puskesmas(PKM).kunjungan(LocalDate.of(2026, 10, 20)).build()).build();
        List<Pengukuran> ukur = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            ukur.add(ukur().lahir(LocalDate.of(2025, 1, 16)).tanggal(LocalDate.of(2026, 2 + i, 3))
                    .puskesmas(i % 2 == 0 ? PKM_LAIN : PKM).posyandu("POS " + i).asi(i % 2 == 0).baris(20 - i).build());
        }
        // Two rows measured the same day differing only in content: the choice must not depend on order.
        ukur.add(ukur().lahir(LocalDate.of(2025, 1, 16)).tanggal(LocalDate.of(2026, 6, 3)).puskesmas(PKM_LAIN)
                .posyandu("POS Z").asi(false).baris(1).build());
        List<PesertaPcare> pc = new ArrayList<>(List.of(
                pcare().nik(Fx.nik(NIK_ANAK, NikStatus.INCONSISTENT)).nama("AISYAH").lahir(LocalDate.of(2025, 1, 15))
                        .tidakAktif("PBI APBD").build(),
                pcare().nik(Fx.nik(NIK_ANAK)).nama("AISYAH PUTRI").lahir(LocalDate.of(2025, 1, 15))
                        .noKartu("0000000000001").tidakAktif("PBPU").build()));
        List<AnggotaDiKeluarga> pispk = new ArrayList<>(List.of(lama, baru));

        List<Temuan> expected = sorted(semua(kasus(NIK_ANAK, pispk, ukur, pc)));
        assertThat(expected).extracting(Temuan::kodeAturan)
                .containsExactlyInAnyOrder(RuleCode.JKN_01, RuleCode.TUMBUH_01, RuleCode.ASI_01, RuleCode.DEMO_01,
                        RuleCode.DEMO_04, RuleCode.NIK_05);

        Random random = new Random(42);
        for (int i = 0; i < 20; i++) {
            Collections.shuffle(pispk, random);
            Collections.shuffle(ukur, random);
            Collections.shuffle(pc, random);
            assertThat(sorted(semua(kasus(NIK_ANAK, pispk, ukur, pc)))).isEqualTo(expected);
        }
    }

    @Test
    void duplicateNikFindingIsStableUnderShuffling() {
        List<AnggotaDiKeluarga> rows = new ArrayList<>(List.of(
                anggota().nik(NIK_DEWASA).nama("SITI AMINAH").lahir(LocalDate.of(1990, 8, 17)).noUrut("2", 2).build(),
                anggota().nik(NIK_DEWASA).nama("AISYAH PUTRI").noUrut("3", 3).build(),
                anggota().nik(NIK_DEWASA).nama("BUDI SANTOSO").lahir(LocalDate.of(1988, 1, 1)).noUrut("1", 1).build()));
        List<Temuan> expected = semua(kasus(NIK_DEWASA, rows, List.of(), List.of()));
        Random random = new Random(1);
        for (int i = 0; i < 10; i++) {
            Collections.shuffle(rows, random);
            assertThat(semua(kasus(NIK_DEWASA, rows, List.of(), List.of()))).isEqualTo(expected);
        }
    }

    @Test
    void coupleFindingsAreStableUnderShuffling() {
        List<AnggotaDiKeluarga> istri = new ArrayList<>(List.of(
                anggota().nik(NIK_DEWASA).nama("SITI AMINAH").lahir(LocalDate.of(1990, 8, 17))
                        .kawin(StatusKawin.BELUM_KAWIN).keluarga(keluarga().kode("K002").puskesmas(PKM_LAIN)
                                .kunjungan(LocalDate.of(2026, 1, 1)).build()).build(),
                anggota().nik(NIK_DEWASA).nama("SITI AMINAH").lahir(LocalDate.of(1990, 8, 17))
                        .kawin(StatusKawin.BELUM_KAWIN).build()));
        var k = nikah().build();
        List<Temuan> expected = Fx.jalankan(new KuaRules(), new CoupleCase(k, List.of(), istri, false));
        assertThat(expected).singleElement().extracting(Temuan::kodePuskesmas).isEqualTo(PKM);
        Collections.reverse(istri);
        assertThat(Fx.jalankan(new KuaRules(), new CoupleCase(k, List.of(), istri, false))).isEqualTo(expected);
    }

    @Test
    void ownershipFollowsTheFamilyThenTheProgramAndNullIsStillEmitted() {
        // In PIS-PK: the family's puskesmas, whatever e-PPGBM says.
        var inPispk = kasus(NIK_ANAK, List.of(anggota().build()), List.of(ukur().puskesmas(PKM_LAIN)
                .nik(Fx.nik(NIK_ANAK, NikStatus.INCONSISTENT)).build()), List.of());
        assertThat(semua(inPispk)).extracting(Temuan::kodePuskesmas).isNotEmpty().containsOnly(PKM);

        // e-PPGBM only: the routed puskesmas of the measurement.
        var eppgbmOnly = kasus(NIK_ANAK, List.of(), List.of(ukur().puskesmas(PKM_LAIN).build()), List.of());
        assertThat(semua(eppgbmOnly)).extracting(Temuan::kodePuskesmas).containsExactly(PKM_LAIN);

        // Family row missing and e-PPGBM unrouted: still emitted, unrouted.
        var nowhere = kasus(NIK_ANAK, List.of(anggota().keluarga(null).build()), List.of(), List.of());
        assertThat(semua(nowhere)).singleElement().satisfies(f -> {
            assertThat(f.kodeAturan()).isEqualTo(RuleCode.BALITA_02);
            assertThat(f.kodePuskesmas()).isNull();
        });

        // Family row missing but the child is measured: the program's puskesmas owns the identity finding.
        var noFamily = kasus(NIK_ANAK, List.of(anggota().keluarga(null).build()),
                List.of(ukur().puskesmas(PKM_LAIN).lahir(LocalDate.of(2024, 3, 6)).build()), List.of());
        assertThat(semua(noFamily)).singleElement().satisfies(f -> {
            assertThat(f.kodeAturan()).isEqualTo(RuleCode.DEMO_01);
            assertThat(f.kodePuskesmas()).isEqualTo(PKM_LAIN);
        });
    }

    @Test
    void personWithoutUsableNikNeverFeedsTheComparisons() {
        var a = anggota().nik(Fx.nik("5301010000000000", NikStatus.DUMMY)).jkn(true).tumbuh(Jawaban.Y)
                .ht(Jawaban.Y).build();
        PersonCase p = new PersonCase(null, "PISPK:K001:3", List.of(a), List.of(), List.of(), List.<PasanganKua>of(),
                true);

        assertThat(semua(p)).extracting(Temuan::kodeAturan).containsExactly(RuleCode.NIK_03);
    }

    private static List<Temuan> sorted(List<Temuan> t) {
        List<Temuan> copy = new ArrayList<>(t);
        copy.sort(Comparator.comparing(Temuan::idTemuan));
        return copy;
    }
}
