package id.rekon.pispk.rules;

import id.rekon.pispk.model.NikStatus;
import id.rekon.pispk.model.Pengukuran;
import id.rekon.pispk.model.RuleCode;
import id.rekon.pispk.model.Sumber;
import id.rekon.pispk.model.Temuan;
import id.rekon.pispk.model.TemuanId;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import static id.rekon.pispk.rules.Fx.NIK_ANAK;
import static id.rekon.pispk.rules.Fx.NIK_DEWASA;
import static id.rekon.pispk.rules.Fx.PKM;
import static id.rekon.pispk.rules.Fx.PKM_LAIN;
import static id.rekon.pispk.rules.Fx.anggota;
import static id.rekon.pispk.rules.Fx.jalankan;
import static id.rekon.pispk.rules.Fx.kasus;
import static id.rekon.pispk.rules.Fx.pcare;
import static id.rekon.pispk.rules.Fx.tanpaNik;
import static id.rekon.pispk.rules.Fx.ukur;
import static org.assertj.core.api.Assertions.assertThat;

class NikRulesTest {

    private static final String DUMMY = "5301010000000000";

    private final NikRules rule = new NikRules();

    @Test
    void childMeasuredTwelveTimesUnderADummyIsOneNik03() {
        List<Pengukuran> rows = new ArrayList<>();
        for (int m = 1; m <= 12; m++) {
            rows.add(ukur().nik(Fx.nik(DUMMY, NikStatus.DUMMY)).tanggal(LocalDate.of(2026, m, 10)).baris(m).build());
        }
        String key = "EPPGBM:" + DUMMY + ":AISYAH PUTRI:2024-03-05";

        List<Temuan> t = jalankan(rule, tanpaNik(key, List.of(), rows, false));

        assertThat(t).singleElement().satisfies(f -> {
            assertThat(f.kodeAturan()).isEqualTo(RuleCode.NIK_03);
            assertThat(f.sumber()).isEqualTo(Sumber.EPPGBM);
            assertThat(f.subjek()).isEqualTo("EPPGBM:" + key);
            assertThat(f.idTemuan()).isEqualTo(TemuanId.of(RuleCode.NIK_03, PKM, "EPPGBM:" + key));
            assertThat(f.nik()).isEqualTo(DUMMY);
            assertThat(f.nilaiProgram()).isEqualTo("e-PPGBM: NIK " + DUMMY);
            assertThat(f.keterangan()).contains("12 baris");
        });
    }

    @Test
    void aDummySharedByManyChildrenIsNik03EachAndNeverNik04() {
        // Each NIK-less child is its own case: the dummy is no key, so it cannot be a duplicate.
        var a = tanpaNik("EPPGBM:a", List.of(), List.of(ukur().nik(Fx.nik(DUMMY, NikStatus.DUMMY)).build()), false);
        var b = tanpaNik("EPPGBM:b", List.of(), List.of(ukur().nik(Fx.nik(DUMMY, NikStatus.DUMMY)).nama("BAYU")
                .lahir(LocalDate.of(2025, 1, 1)).build()), false);

        List<Temuan> t = new ArrayList<>(jalankan(rule, a));
        t.addAll(jalankan(rule, b));

        assertThat(t).extracting(Temuan::kodeAturan).containsExactly(RuleCode.NIK_03, RuleCode.NIK_03);
        assertThat(t).extracting(Temuan::idTemuan).doesNotHaveDuplicates();
    }

    @Test
    void invalidPispkNikIsNik01() {
        var a = anggota().nik(Fx.nik("1234567890123456", NikStatus.INVALID)).build();

        assertThat(jalankan(rule, tanpaNik("PISPK:x", List.of(a), List.of(), false))).singleElement().satisfies(f -> {
            assertThat(f.kodeAturan()).isEqualTo(RuleCode.NIK_01);
            assertThat(f.sumber()).isEqualTo(Sumber.PISPK);
            assertThat(f.nilaiPispk()).isEqualTo("NIK: 1234567890123456");
            assertThat(f.keterangan()).isEqualTo("alasan uji INVALID.");
            assertThat(f.kodePuskesmas()).isEqualTo(PKM);
        });
    }

    @Test
    void damagedPcareNikIsNik02OwnedByPcaresPuskesmas() {
        var p = pcare().nik(new id.rekon.pispk.model.Nik("5.30101E+15", "5301010000000000", NikStatus.DAMAGED,
                "NIK tersimpan sebagai angka")).puskesmas(PKM_LAIN).build();
        var person = new id.rekon.pispk.model.PersonCase(null, "PCARE:0001234567890", List.of(), List.of(), List.of(p),
                List.of(), false);

        assertThat(jalankan(rule, person)).singleElement().satisfies(f -> {
            assertThat(f.kodeAturan()).isEqualTo(RuleCode.NIK_02);
            assertThat(f.kodePuskesmas()).isEqualTo(PKM_LAIN);
            assertThat(f.nilaiProgram()).isEqualTo("PCare: NIK 5.30101E+15");
        });
    }

    @Test
    void inconsistentNikInTwoSourcesIsTwoNik05OwnedByTheFamily() {
        var a = anggota().nik(Fx.nik(NIK_ANAK, NikStatus.INCONSISTENT)).build();
        var u = ukur().nik(Fx.nik(NIK_ANAK, NikStatus.INCONSISTENT)).puskesmas(PKM_LAIN).build();

        List<Temuan> t = jalankan(rule, kasus(NIK_ANAK, List.of(a), List.of(u), List.of()));

        assertThat(t).extracting(Temuan::kodeAturan).containsExactly(RuleCode.NIK_05, RuleCode.NIK_05);
        assertThat(t).extracting(Temuan::subjek).containsExactly("PISPK:" + NIK_ANAK, "EPPGBM:" + NIK_ANAK);
        assertThat(t).extracting(Temuan::kodePuskesmas).containsOnly(PKM);
        assertThat(t).extracting(Temuan::idTemuan).doesNotHaveDuplicates();
    }

    @Test
    void validNiksAreSilent() {
        assertThat(jalankan(rule, kasus(NIK_ANAK, List.of(anggota().build()), List.of(ukur().build()), List.of())))
                .isEmpty();
    }

    @Test
    void oneNikTwoPeopleInPispkIsNik04() {
        var ibu = anggota().nik(NIK_DEWASA).nama("SITI AMINAH").lahir(LocalDate.of(1990, 8, 17)).noUrut("2", 2).build();
        var anak = anggota().nik(NIK_DEWASA).nama("AISYAH PUTRI").lahir(LocalDate.of(2024, 3, 5)).noUrut("3", 3).build();

        List<Temuan> t = jalankan(rule, kasus(NIK_DEWASA, List.of(anak, ibu), List.of(), List.of()));

        assertThat(t).singleElement().satisfies(f -> {
            assertThat(f.kodeAturan()).isEqualTo(RuleCode.NIK_04);
            assertThat(f.subjek()).isEqualTo("PISPK:" + NIK_DEWASA);
            assertThat(f.nilaiPispk()).isEqualTo("NIK dipakai 2 orang");
            assertThat(f.keterangan()).contains("SITI AMINAH (lahir 17 Agu 1990, keluarga K001)",
                    "AISYAH PUTRI (lahir 05 Mar 2024, keluarga K001)");
        });
    }

    @Test
    void oneChildMeasuredManyTimesOrOnePcarePersonListedTwiceIsNotNik04() {
        var u1 = ukur().nama("BY NY SITI AMINAH").tanggal(LocalDate.of(2024, 4, 1)).build();
        var u2 = ukur().tanggal(LocalDate.of(2024, 6, 1)).build();
        var u3 = ukur().nama("AISYAH PUTRY").tanggal(LocalDate.of(2024, 9, 1)).build();
        var p1 = pcare().build();
        var p2 = pcare().noKartu("0009999999999").tidakAktif("PBPU").build();

        assertThat(jalankan(rule, kasus(NIK_ANAK, List.of(), List.of(u1, u2, u3), List.of()))).isEmpty();
        assertThat(jalankan(rule, kasus(NIK_DEWASA, List.of(), List.of(), List.of(p1, p2)))).isEmpty();
    }

    @Test
    void oneNikTwoChildrenInEppgbmIsNik04() {
        var u1 = ukur().build();
        var u2 = ukur().nama("BAYU AJI").lahir(LocalDate.of(2023, 1, 9)).sex(id.rekon.pispk.model.Sex.L).build();

        assertThat(jalankan(rule, kasus(NIK_ANAK, List.of(), List.of(u1, u2), List.of())))
                .singleElement().satisfies(f -> {
                    assertThat(f.kodeAturan()).isEqualTo(RuleCode.NIK_04);
                    assertThat(f.sumber()).isEqualTo(Sumber.EPPGBM);
                    assertThat(f.nilaiProgram()).isEqualTo("e-PPGBM: NIK dipakai 2 orang");
                });
    }
}
