package id.rekon.pispk.rules;

import id.rekon.pispk.model.PersonCase;
import id.rekon.pispk.model.Jawaban;
import id.rekon.pispk.model.Pengukuran;
import id.rekon.pispk.model.PesertaPcare;
import id.rekon.pispk.model.RuleCode;
import id.rekon.pispk.model.Temuan;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static id.rekon.pispk.rules.Fx.CTX;
import static id.rekon.pispk.rules.Fx.NIK_ANAK;
import static id.rekon.pispk.rules.Fx.NIK_DEWASA;
import static id.rekon.pispk.rules.Fx.PKM;
import static id.rekon.pispk.rules.Fx.anggota;
import static id.rekon.pispk.rules.Fx.kasus;
import static id.rekon.pispk.rules.Fx.pcare;
import static id.rekon.pispk.rules.Fx.semua;
import static id.rekon.pispk.rules.Fx.ukur;
import static org.assertj.core.api.Assertions.assertThat;

class KonkordansiCalculatorTest {

    /** As the job builds it: from every person rule, of the template or not (Fx). */
    private static final KonkordansiCalculator CALCULATOR = new KonkordansiCalculator(Fx.semuaAturanOrang());

    private record Obs(String puskesmas, Indikator indikator, boolean setuju) {
    }

    private static List<Obs> hitung(PersonCase p) {
        List<Obs> out = new ArrayList<>();
        CALCULATOR.evaluate(p, CTX, (k, i, s) -> out.add(new Obs(k, i, s)));
        return out;
    }

    @Test
    void agreementAndDisagreementPerIndicator() {
        var ibu = anggota().nik(NIK_DEWASA).nama("SITI AMINAH").lahir(LocalDate.of(1990, 8, 17)).jkn(true)
                .ht(Jawaban.Y).build();

        assertThat(hitung(kasus(NIK_DEWASA, List.of(ibu), List.of(), List.of(pcare().prolanis(true, false).build()))))
                .containsExactly(new Obs(PKM, Indikator.JKN, true), new Obs(PKM, Indikator.HIPERTENSI, true));
        assertThat(hitung(kasus(NIK_DEWASA, List.of(ibu), List.of(), List.of())))
                .containsExactly(new Obs(PKM, Indikator.JKN, false), new Obs(PKM, Indikator.HIPERTENSI, false));
    }

    @Test
    void childIndicators() {
        var anak = anggota().lahir(LocalDate.of(2025, 10, 1)).tumbuh(Jawaban.Y).asi(Jawaban.T).build();
        var u = ukur().lahir(LocalDate.of(2025, 10, 1)).tanggal(LocalDate.of(2026, 10, 1)).asi(true).build();

        assertThat(hitung(kasus(NIK_ANAK, List.of(anak), List.of(u), List.of())))
                .containsExactly(new Obs(PKM, Indikator.PERTUMBUHAN, true), new Obs(PKM, Indikator.ASI, false));
    }

    @Test
    void blankHypertensionAnswerIsAFindingButNotCounted() {
        var ibu = anggota().nik(NIK_DEWASA).nama("SITI AMINAH").lahir(LocalDate.of(1990, 8, 17)).build();
        var p = kasus(NIK_DEWASA, List.of(ibu), List.of(), List.of(pcare().prolanis(true, false).build()));

        assertThat(hitung(p)).isEmpty();
        assertThat(semua(p)).extracting(Temuan::kodeAturan).containsExactly(RuleCode.HT_02);
    }

    @Test
    void notMatchedByNikIsNotCounted() {
        var ibu = anggota().nik(NIK_DEWASA).jkn(true).build();
        assertThat(hitung(Fx.tanpaNik("PISPK:x", List.of(ibu), List.of(), false))).isEmpty();
    }

    /** Every counted disagreement is exactly one JKN/TUMBUH/ASI/HT finding with the same owner. */
    @Test
    void disagreementsAreExactlyTheFindings() {
        Map<RuleCode, Indikator> indikator = Map.of(RuleCode.JKN_01, Indikator.JKN, RuleCode.JKN_02, Indikator.JKN,
                RuleCode.TUMBUH_01, Indikator.PERTUMBUHAN, RuleCode.TUMBUH_02, Indikator.PERTUMBUHAN,
                RuleCode.ASI_01, Indikator.ASI, RuleCode.ASI_02, Indikator.ASI,
                RuleCode.HT_01, Indikator.HIPERTENSI, RuleCode.HT_02, Indikator.HIPERTENSI);
        Boolean[] yaTidak = {null, true, false};
        Jawaban[] jawaban = {null, Jawaban.Y, Jawaban.T, Jawaban.N};
        List<List<PesertaPcare>> pcares = List.of(List.of(), List.of(pcare().build()),
                List.of(pcare().tidakAktif("PBI APBD").prolanis(true, false).build()));
        List<List<Pengukuran>> ukurs = List.of(List.of(),
                List.of(ukur().lahir(LocalDate.of(2025, 10, 1)).tanggal(LocalDate.of(2026, 10, 1)).asi(false).build()),
                List.of(ukur().lahir(LocalDate.of(2025, 10, 1)).tanggal(LocalDate.of(2026, 8, 1)).asi(true).build()));
        int cases = 0;
        int disagreements = 0;
        for (Boolean jkn : yaTidak) {
            for (Jawaban j : jawaban) {
                for (List<PesertaPcare> pc : pcares) {
                    for (List<Pengukuran> u : ukurs) {
                        var a = anggota().lahir(LocalDate.of(2025, 10, 1)).jkn(jkn).tumbuh(j).asi(j).ht(j).build();
                        PersonCase p = kasus(NIK_ANAK, List.of(a), u, pc);
                        List<Obs> beda = hitung(p).stream().filter(o -> !o.setuju()).toList();
                        List<Obs> temuan = semua(p).stream()
                                .filter(t -> indikator.containsKey(t.kodeAturan()))
                                .filter(t -> !(t.kodeAturan() == RuleCode.HT_02 && j == null))
                                .map(t -> new Obs(t.kodePuskesmas(), indikator.get(t.kodeAturan()), false))
                                .toList();
                        assertThat(beda).as("jkn=%s jawaban=%s pcare=%s ukur=%s", jkn, j, pc.size(), u)
                                .containsExactlyInAnyOrderElementsOf(temuan);
                        cases++;
                        disagreements += beda.size();
                    }
                }
            }
        }
        assertThat(cases).isEqualTo(108);
        assertThat(disagreements).isGreaterThan(20);
    }

    @Test
    void withoutAnyPcareDataTonightJknAndHypertensionAreNotCounted() {
        var ibu = anggota().nik(NIK_DEWASA).nama("SITI AMINAH").lahir(LocalDate.of(1990, 8, 17)).jkn(true)
                .ht(Jawaban.Y).build();
        List<Obs> out = new ArrayList<>();
        CALCULATOR.evaluate(kasus(NIK_DEWASA, List.of(ibu), List.of(), List.of()),
                Fx.ctx(Fx.cakupan(id.rekon.pispk.model.Sumber.PISPK, PKM)), (k, i, s) -> out.add(new Obs(k, i, s)));
        assertThat(out).isEmpty();
    }
}
