package id.rekon.pispk.rules;

import id.rekon.pispk.model.Jawaban;
import id.rekon.pispk.model.Pengukuran;
import id.rekon.pispk.model.RuleCode;
import id.rekon.pispk.model.Temuan;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.time.LocalDate;
import java.util.List;

import static id.rekon.pispk.rules.Fx.NIK_ANAK;
import static id.rekon.pispk.rules.Fx.anggota;
import static id.rekon.pispk.rules.Fx.jalankan;
import static id.rekon.pispk.rules.Fx.kasus;
import static id.rekon.pispk.rules.Fx.ukur;
import static org.assertj.core.api.Assertions.assertThat;

/** Visit 2026-10-20. */
class AsiRulesTest {

    private static final LocalDate LAHIR_12_BULAN = LocalDate.of(2025, 10, 20);

    private static List<Temuan> run(Jawaban jawaban, LocalDate lahir, Pengukuran... p) {
        return jalankan(new AsiRules(), kasus(NIK_ANAK, List.of(anggota().lahir(lahir).asi(jawaban).build()),
                List.of(p), List.of()));
    }

    @Test
    void exclusiveInPispkButNotInEppgbmIsAsi01() {
        List<Temuan> t = run(Jawaban.Y, LAHIR_12_BULAN, ukur().lahir(LAHIR_12_BULAN).asi(false).build());

        assertThat(t).singleElement().satisfies(f -> {
            assertThat(f.kodeAturan()).isEqualTo(RuleCode.ASI_01);
            assertThat(f.nilaiPispk()).isEqualTo("ASI eksklusif: Y");
            assertThat(f.nilaiProgram()).isEqualTo("e-PPGBM: tidak ASI eksklusif (dicatat 05 Okt 2026)");
            assertThat(f.umurBulan()).isEqualTo(12);
            assertThat(f.posyandu()).isEqualTo("MELATI");
        });
    }

    @Test
    void notExclusiveInPispkButExclusiveInEppgbmIsAsi02() {
        assertThat(run(Jawaban.T, LAHIR_12_BULAN, ukur().lahir(LAHIR_12_BULAN).asi(true).build()))
                .singleElement().extracting(Temuan::kodeAturan).isEqualTo(RuleCode.ASI_02);
    }

    @Test
    void agreementIsSilent() {
        assertThat(run(Jawaban.Y, LAHIR_12_BULAN, ukur().asi(true).build())).isEmpty();
        assertThat(run(Jawaban.T, LAHIR_12_BULAN, ukur().asi(false).build())).isEmpty();
    }

    @Test
    void eppgbmAnswerIsTheLatestMeasurementThatRecordsOne() {
        Pengukuran lama = ukur().tanggal(LocalDate.of(2026, 5, 1)).asi(true).baris(9).build();
        Pengukuran baru = ukur().tanggal(LocalDate.of(2026, 8, 1)).asi(false).baris(2).build();
        Pengukuran terbaru = ukur().tanggal(LocalDate.of(2026, 10, 1)).asi(null).baris(5).build();

        assertThat(run(Jawaban.Y, LAHIR_12_BULAN, terbaru, lama, baru)).singleElement()
                .satisfies(f -> assertThat(f.nilaiProgram()).contains("01 Agu 2026"));
        assertThat(run(Jawaban.T, LAHIR_12_BULAN, baru, terbaru, lama)).isEmpty();
    }

    @Test
    void noEppgbmAnswerIsNotCompared() {
        assertThat(run(Jawaban.Y, LAHIR_12_BULAN, ukur().asi(null).build())).isEmpty();
    }

    @ParameterizedTest(name = "born {0}: {1} months at the visit, compared {2}")
    @CsvSource({
            "2026-04-20, 6, false",
            "2026-03-20, 7, true",
            "2024-11-20, 23, true",
            "2024-10-20, 24, false",
    })
    void ageBounds(LocalDate lahir, int bulan, boolean compared) {
        List<Temuan> t = run(Jawaban.Y, lahir, ukur().lahir(lahir).asi(false).build());
        assertThat(t).hasSize(compared ? 1 : 0);
        t.forEach(f -> assertThat(f.umurBulan()).isEqualTo(bulan));
    }
}
