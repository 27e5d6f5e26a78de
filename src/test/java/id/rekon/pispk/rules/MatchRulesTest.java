package id.rekon.pispk.rules;

import id.rekon.pispk.match.Kandidat;
import id.rekon.pispk.match.PenilaianPasangan;
import id.rekon.pispk.match.ProbableMatch;
import id.rekon.pispk.match.ProbableMatcher;
import id.rekon.pispk.model.Nama;
import id.rekon.pispk.model.RuleCode;
import id.rekon.pispk.model.Sex;
import id.rekon.pispk.model.Sumber;
import id.rekon.pispk.model.Temuan;
import id.rekon.pispk.model.TemuanId;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;

import static id.rekon.pispk.rules.Fx.CTX;
import static id.rekon.pispk.rules.Fx.PKM;
import static id.rekon.pispk.rules.Fx.PKM_LAIN;
import static org.assertj.core.api.Assertions.assertThat;

class MatchRulesTest {

    private final MatchRules rules = new MatchRules();

    private static Kandidat bayi(String puskesmas) {
        return new Kandidat("EPPGBM:5301010000000000:SITI AMINAH:2026-03-05", Sumber.EPPGBM,
                new Nama("BY NY SITI AMINAH", "SITI AMINAH"), LocalDate.of(2026, 3, 5), Sex.P,
                List.of("SITI AMINAH", "BUDI SANTOSO"), false, puskesmas, puskesmas,
                new Kandidat.Tampilan("5301010000000000", null, "OEBOBO", "01/02", "MELATI"), null);
    }

    private static Kandidat anak(String puskesmas) {
        return new Kandidat("PISPK:K001:3", Sumber.PISPK, new Nama("AISYAH PUTRI", "AISYAH PUTRI"),
                LocalDate.of(2026, 5, 3), Sex.P, List.of("SITI AMINAH", "BUDI SANTOSO"), false, puskesmas, puskesmas,
                new Kandidat.Tampilan("", "K001", "OEBOBO", "001/002", null), null);
    }

    /** The pair as the matcher scores it (built directly: records of two puskesmas are in two blocks). */
    private static ProbableMatch pasang(Kandidat left, Kandidat right) {
        PenilaianPasangan p = new ProbableMatcher().bandingkan(left, right, RuleSettings.defaults());
        assertThat(p.layak()).isTrue();
        return new ProbableMatch(left, right, p.skor(), p.alasan());
    }

    @Test
    void ownedByThePispkSideAndDescribesBoth() {
        Temuan t = rules.temuan(pasang(bayi(PKM_LAIN), anak(PKM)), CTX);

        assertThat(t.kodeAturan()).isEqualTo(RuleCode.MATCH_01);
        assertThat(t.kodePuskesmas()).isEqualTo(PKM);
        assertThat(t.subjek()).isEqualTo("EPPGBM:5301010000000000:SITI AMINAH:2026-03-05 + PISPK:K001:3");
        assertThat(t.idTemuan()).isEqualTo(TemuanId.of(RuleCode.MATCH_01, PKM, t.subjek()));
        assertThat(t.nama()).isEqualTo("AISYAH PUTRI");
        assertThat(t.kodeKeluarga()).isEqualTo("K001");
        assertThat(t.posyandu()).isEqualTo("MELATI");
        assertThat(t.umurBulan()).isEqualTo(5);
        assertThat(t.sumber()).isEqualTo(Sumber.EPPGBM);
        assertThat(t.nilaiPispk()).startsWith("PIS-PK: AISYAH PUTRI, lahir 03 Mei 2026, Perempuan, tanpa NIK, keluarga K001");
        assertThat(t.nilaiProgram()).startsWith("e-PPGBM: BY NY SITI AMINAH, lahir 05 Mar 2026, Perempuan, "
                + "NIK 5301010000000000, ortu SITI AMINAH / BUDI SANTOSO, Posyandu MELATI");
        assertThat(t.keterangan()).startsWith("Skor 0,9").contains("tgl lahir tertukar hari/bulan");
    }

    @Test
    void sameIdWhicheverSideEachRecordCameFrom() {
        Temuan a = rules.temuan(pasang(bayi(PKM), anak(PKM)), CTX);
        Temuan b = rules.temuan(pasang(anak(PKM), bayi(PKM)), CTX);

        assertThat(a.idTemuan()).isEqualTo(b.idTemuan());
        assertThat(a).isEqualTo(b);
    }

    @Test
    void unknownPispkPuskesmasFallsBackToTheProgramsThenToUnrouted() {
        assertThat(rules.temuan(pasang(bayi(PKM_LAIN), anak(null)), CTX).kodePuskesmas()).isEqualTo(PKM_LAIN);
        Temuan unrouted = rules.temuan(new ProbableMatch(bayi(null), anak(null), 0.9, List.of("uji")), CTX);
        assertThat(unrouted.kodePuskesmas()).isNull();
        assertThat(unrouted.idTemuan()).startsWith("MATCH-01-");
    }

    @Test
    void withoutPispkTheFirstSourceInOrderOwns() {
        Kandidat pcare = new Kandidat("PCARE:0001", Sumber.PCARE, new Nama("SITI", "SITI"), LocalDate.of(1990, 1, 1),
                Sex.P, List.of(), false, "PX", "PX", null, null);
        Kandidat e = bayi(PKM);
        Temuan t = rules.temuan(new ProbableMatch(pcare, e, 0.9, List.of("uji")), CTX);

        assertThat(t.kodePuskesmas()).isEqualTo(PKM);
        assertThat(t.sumber()).isEqualTo(Sumber.PCARE);
        assertThat(t.nilaiPispk()).isEmpty();
        assertThat(t.nilaiProgram()).contains("e-PPGBM: ", " | PCare: ");
    }

    @Test
    void evaluateWritesOneFindingPerPairTheMatcherProposes() {
        List<ProbableMatch> pairs = new ProbableMatcher().match(List.of(bayi(PKM)), List.of(anak(PKM)),
                RuleSettings.defaults());
        List<Temuan> out = new java.util.ArrayList<>();
        rules.evaluate(pairs, CTX, out::add);
        assertThat(out).singleElement().extracting(Temuan::kodeAturan).isEqualTo(RuleCode.MATCH_01);
    }

    @Test
    void theFindingCarriesThePairsLevelsAndOtherRecordForTheCsvColumns() {
        List<ProbableMatch> pairs = new ProbableMatcher().match(List.of(bayi(PKM)), List.of(anak(PKM)),
                RuleSettings.defaults());
        Temuan t = rules.temuan(pairs.get(0), CTX);
        assertThat(t.pencocokan()).isNotNull();
        assertThat(t.pencocokan().skor()).isEqualTo(pairs.get(0).score());
        assertThat(t.pencocokan().pasanganSumber()).isEqualTo(Sumber.EPPGBM.label());
        assertThat(t.pencocokan().tingkatTanggalLahir()).isIn("sama", "selisih 1 hari", "tertukar hari/bulan");
        assertThat(t.pencocokan().tingkatJenisKelamin()).isIn("sama", "tidak diketahui");
        assertThat(t.pencocokan().tingkatNama()).isNotEmpty();
        assertThat(t.pencocokan().pasanganTanggalLahir()).isEqualTo(pairs.get(0).left().tanggalLahir());
    }
}
