package id.rekon.pispk.rules;

import id.rekon.pispk.model.AnggotaDiKeluarga;
import id.rekon.pispk.model.PersonCase;
import id.rekon.pispk.model.TanggalTeks;
import id.rekon.pispk.model.Jawaban;
import id.rekon.pispk.model.RuleCode;
import id.rekon.pispk.model.Sumber;
import id.rekon.pispk.model.Temuan;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import static id.rekon.pispk.rules.Fx.NIK_ANAK;
import static id.rekon.pispk.rules.Fx.anggota;
import static id.rekon.pispk.rules.Fx.jalankan;
import static id.rekon.pispk.rules.Fx.kasus;
import static id.rekon.pispk.rules.Fx.ukur;
import static org.assertj.core.api.Assertions.assertThat;

/** Visit 2026-10-20: the 31-day window runs from 2026-09-19 to 2026-10-20, both included. */
class PertumbuhanRulesTest {

    private final PertumbuhanRules rule = new PertumbuhanRules();

    private static List<Temuan> run(Jawaban jawaban, LocalDate lahir, LocalDate... ukur) {
        AnggotaDiKeluarga a = anggota().lahir(lahir).tumbuh(jawaban).build();
        List<id.rekon.pispk.model.Pengukuran> p = java.util.Arrays.stream(ukur)
                .map(d -> ukur().lahir(lahir).tanggal(d).build()).toList();
        return jalankan(new PertumbuhanRules(), kasus(NIK_ANAK, List.of(a), p, List.of()));
    }

    private static final LocalDate LAHIR = LocalDate.of(2024, 3, 5);

    @ParameterizedTest(name = "Y, measured {0}: flagged {1}")
    @CsvSource({
            "2026-09-18, true",   // one day before the window
            "2026-09-19, false",  // first day of the window
            "2026-10-05, false",
            "2026-10-20, false",  // the visit itself, last day
            "2026-10-21, true",   // after the visit
    })
    void answeredYes(LocalDate diukur, boolean flagged) {
        List<Temuan> t = run(Jawaban.Y, LAHIR, diukur);
        assertThat(t).hasSize(flagged ? 1 : 0);
        t.forEach(f -> {
            assertThat(f.kodeAturan()).isEqualTo(RuleCode.TUMBUH_01);
            assertThat(f.nilaiPispk()).isEqualTo("Pemantauan pertumbuhan: Y");
            assertThat(f.nilaiProgram()).isEqualTo("Tidak ada pengukuran 19 Sep 2026 s.d. 20 Okt 2026");
            assertThat(f.keterangan()).contains(TanggalTeks.of(diukur));
        });
    }

    @ParameterizedTest(name = "T, measured {0}: flagged {1}")
    @CsvSource({
            "2026-09-18, false",
            "2026-09-19, true",
            "2026-10-20, true",
            "2026-10-21, false",
    })
    void answeredNo(LocalDate diukur, boolean flagged) {
        List<Temuan> t = run(Jawaban.T, LAHIR, diukur);
        assertThat(t).hasSize(flagged ? 1 : 0);
        t.forEach(f -> {
            assertThat(f.kodeAturan()).isEqualTo(RuleCode.TUMBUH_02);
            assertThat(f.nilaiPispk()).isEqualTo("Pemantauan pertumbuhan: T");
            assertThat(f.nilaiProgram()).isEqualTo("Diukur " + TanggalTeks.of(diukur) + " di Posyandu MELATI");
        });
    }

    @ParameterizedTest(name = "born {0}: {1} months at the visit, compared {2}")
    @CsvSource({
            "2026-09-20, 1, false",
            "2026-08-20, 2, true",
            "2021-11-20, 59, true",
            "2021-10-20, 60, false",
    })
    void ageAtTheVisitBounds(LocalDate lahir, int bulan, boolean compared) {
        List<Temuan> t = run(Jawaban.Y, lahir, LocalDate.of(2026, 7, 1));
        assertThat(t).hasSize(compared ? 1 : 0);
        t.forEach(f -> assertThat(f.umurBulan()).isEqualTo(bulan));
    }

    @Test
    void childAnsweringYesAbsentFromEppgbmIsTumbuh01() {
        // Spec, TUMBUH-01: "including a child with no e-PPGBM record at all" (BALITA-02 is reported too).
        AnggotaDiKeluarga a = anggota().tumbuh(Jawaban.Y).build();
        assertThat(jalankan(rule, kasus(NIK_ANAK, List.of(a), List.of(), List.of()))).singleElement()
                .satisfies(t -> {
                    assertThat(t.kodeAturan()).isEqualTo(RuleCode.TUMBUH_01);
                    assertThat(t.nilaiProgram()).isEqualTo("Tidak ada di e-PPGBM");
                });
    }

    @Test
    void childAnsweringNoAbsentFromEppgbmAgrees() {
        AnggotaDiKeluarga a = anggota().tumbuh(Jawaban.T).build();
        assertThat(jalankan(rule, kasus(NIK_ANAK, List.of(a), List.of(), List.of()))).isEmpty();
    }

    @Test
    void childAbsentFromEppgbmAndNowOver59MonthsIsStillTumbuh01() {
        // 59 months at the visit (2026-10-20), 60 on the run date: too old for BALITA-02, not for this.
        AnggotaDiKeluarga a = anggota().lahir(LocalDate.of(2021, 10, 25)).tumbuh(Jawaban.Y).build();
        assertThat(jalankan(rule, kasus(NIK_ANAK, List.of(a), List.of(), List.of())))
                .extracting(Temuan::kodeAturan).containsExactly(RuleCode.TUMBUH_01);
        assertThat(jalankan(new BalitaRules(), kasus(NIK_ANAK, List.of(a), List.of(), List.of()))).isEmpty();
    }

    @Test
    void childAbsentFromEppgbmWithAProbableEppgbmMatchIsLeftToMatch01() {
        AnggotaDiKeluarga a = anggota().tumbuh(Jawaban.Y).build();
        PersonCase p = new PersonCase(NIK_ANAK, NIK_ANAK, List.of(a), List.of(), List.of(), List.of(),
                Set.of(Sumber.EPPGBM));
        assertThat(jalankan(rule, p)).isEmpty();
        PersonCase pcareOnly = new PersonCase(NIK_ANAK, NIK_ANAK, List.of(a), List.of(), List.of(), List.of(),
                Set.of(Sumber.PCARE));
        assertThat(jalankan(rule, pcareOnly)).hasSize(1);
    }

    @Test
    void childAbsentFromEppgbmIsNotFlaggedWhenNoEppgbmDataArrivedForThePuskesmas() {
        AnggotaDiKeluarga a = anggota().tumbuh(Jawaban.Y).build();
        PersonCase p = kasus(NIK_ANAK, List.of(a), List.of(), List.of());
        assertThat(jalankan(rule, p, Fx.ctx(Fx.cakupan(Sumber.PISPK, Fx.PKM, Sumber.EPPGBM, Fx.PKM_LAIN)))).isEmpty();
        assertThat(jalankan(rule, p, Fx.ctx(Fx.cakupan(Sumber.PISPK, Fx.PKM, Sumber.EPPGBM, Fx.PKM)))).hasSize(1);
    }

    @Test
    void blankAndNotApplicableAreNotCompared() {
        assertThat(run(null, LAHIR, LocalDate.of(2026, 7, 1))).isEmpty();
        assertThat(run(Jawaban.N, LAHIR, LocalDate.of(2026, 7, 1))).isEmpty();
    }

    @Test
    void windowComesFromSettings() {
        RuleSettings wide = RuleSettings.defaults().withTumbuhWindowDays(60);
        AnggotaDiKeluarga a = anggota().tumbuh(Jawaban.Y).build();
        var person = kasus(NIK_ANAK, List.of(a), List.of(ukur().tanggal(LocalDate.of(2026, 9, 1)).build()), List.of());

        assertThat(jalankan(rule, person)).hasSize(1);
        assertThat(jalankan(rule, person, new RuleContext(Fx.HARI, wide))).isEmpty();
    }
}
