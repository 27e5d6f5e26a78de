package id.rekon.pispk.rules;

import id.rekon.pispk.model.TanggalTeks;
import id.rekon.pispk.model.RuleCode;
import id.rekon.pispk.model.Sumber;
import id.rekon.pispk.model.Temuan;
import id.rekon.pispk.model.TemuanId;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;

import static id.rekon.pispk.rules.Fx.PKM;
import static id.rekon.pispk.rules.Fx.jalankan;
import static id.rekon.pispk.rules.Fx.keluarga;
import static org.assertj.core.api.Assertions.assertThat;

/** Run date 2026-11-01. */
class SurveiRulesTest {

    @ParameterizedTest(name = "visit {0}: {1} months, flagged {2}")
    @CsvSource({
            "2025-11-02, 11, false",
            "2025-11-01, 12, true",
            "2024-01-15, 33, true",
            "2026-10-20, 0, false",
    })
    void visitAge(LocalDate kunjungan, int bulan, boolean flagged) {
        List<Temuan> t = jalankan(new SurveiRules(), keluarga().kunjungan(kunjungan).build());

        assertThat(t).hasSize(flagged ? 1 : 0);
        t.forEach(f -> {
            assertThat(f.kodeAturan()).isEqualTo(RuleCode.SURVEI_01);
            assertThat(f.idTemuan()).isEqualTo(TemuanId.of(RuleCode.SURVEI_01, PKM, "K001"));
            assertThat(f.kodeKeluarga()).isEqualTo("K001");
            assertThat(f.nama()).isEqualTo("BUDI SANTOSO");
            assertThat(f.sumber()).isEqualTo(Sumber.PISPK);
            assertThat(f.nilaiPispk()).isEqualTo("Kunjungan terakhir " + TanggalTeks.of(kunjungan) + " (" + bulan + " bulan lalu)");
        });
    }

    @Test
    void unknownVisitDateIsNotJudged() {
        assertThat(jalankan(new SurveiRules(), keluarga().kunjungan(null).build())).isEmpty();
    }
}
