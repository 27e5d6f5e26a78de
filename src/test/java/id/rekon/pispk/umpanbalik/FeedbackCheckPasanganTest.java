package id.rekon.pispk.umpanbalik;

import id.rekon.pispk.model.RuleCode;
import id.rekon.pispk.model.Sex;
import id.rekon.pispk.model.Temuan;
import id.rekon.pispk.model.CellValue;
import id.rekon.pispk.store.KeputusanPasangan;
import id.rekon.pispk.store.KeputusanPasangan.Keputusan;
import id.rekon.pispk.store.TemuanDikenal;
import id.rekon.pispk.store.UmpanBalik;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.time.LocalDate;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * MATCH-01 rows of a returned workbook: their own three choices, the pair decision they carry, and
 * the refusal of any other choice with a reason that names the list, never the person.
 */
class FeedbackCheckPasanganTest {

    private static final String SOE = "P5302010101";
    private static final String ID = "MATCH-01-ABCDEFGHJK";
    /** Synthetic: a PIS-PK child without NIK and an e-PPGBM child under a dummy NIK. */
    private static final String PAIR = "EPPGBM|5302010000000000|MARIA NAHAK|2026-03-05 + PISPK|K001|MARIA NAHAK|2026-03-05";
    private static final Temuan MARIA = new Temuan(ID, RuleCode.MATCH_01, SOE, PAIR, "", "MARIA NAHAK",
            LocalDate.of(2026, 3, 5), 8, Sex.P, "K001", "Kampung Baru", "001/002", "", null,
            "MARIA NAHAK, lahir 2026-03-05", "e-PPGBM: MARIA NAHAK", "Skor 0.97: nama sama.");
    private static final Optional<TemuanDikenal> KNOWN = Optional.of(new TemuanDikenal(MARIA, true));

    private final FeedbackCheck check = new FeedbackCheck();

    private static ReturnedRow row(String tindakLanjut, String catatan) {
        Map<IdentityColumn, CellValue> m = new EnumMap<>(IdentityColumn.class);
        m.put(IdentityColumn.KODE_ATURAN, CellValue.text("MATCH-01"));
        m.put(IdentityColumn.NIK, CellValue.text(""));
        m.put(IdentityColumn.NAMA, CellValue.text(MARIA.nama()));
        m.put(IdentityColumn.TANGGAL_LAHIR, CellValue.date(MARIA.tanggalLahir(), MARIA.tanggalLahir().toString()));
        m.put(IdentityColumn.KODE_KELUARGA, CellValue.text("K001"));
        return new ReturnedRow("Identitas", 3, ID, tindakLanjut, catatan, m);
    }

    private static Optional<UmpanBalik> feedback(String tindakLanjut) {
        return tindakLanjut == null ? Optional.empty() : Optional.of(new UmpanBalik(ID, SOE, tindakLanjut, "", "lama.xlsx"));
    }

    @ParameterizedTest(name = "[{0}] held [{1}] -> {2} {3}")
    @CsvSource(delimiter = '|', nullValues = "-", value = {
            "Bukan orang yang sama  | -                     | DITERIMA      | BUKAN",
            "  bukan ORANG yang  sama | -                   | DITERIMA      | BUKAN",
            "Orang yang sama        | -                     | DITERIMA      | SAMA",
            "Orang yang sama        | Bukan orang yang sama | DITERIMA      | SAMA",
            // back to Belum takes the earlier decision back
            "Belum                  | Bukan orang yang sama | DITERIMA      | BELUM",
            // already held: nothing new
            "Bukan orang yang sama  | Bukan orang yang sama | TIDAK_BERUBAH | -",
            "Belum                  | -                     | TIDAK_BERUBAH | -",
    })
    void theChoiceIsTakenWithThePairDecision(String tindakLanjut, String held, Hasil hasil, Keputusan keputusan) {
        Verdict v = check.check(row(tindakLanjut, ""), SOE, "f.xlsx", KNOWN, feedback(held), feedback(held));
        assertThat(v.hasil()).isEqualTo(hasil);
        if (keputusan == null) {
            assertThat(v.keputusan()).isEmpty();
        } else {
            assertThat(v.keputusan()).get().extracting(KeputusanPasangan::keputusan, KeputusanPasangan::kunciPasangan,
                    KeputusanPasangan::idTemuan, KeputusanPasangan::kodePuskesmas, KeputusanPasangan::fileName)
                    .containsExactly(keputusan, PAIR, ID, SOE, "f.xlsx");
            // the report says what the decision does, without the person
            assertThat(v.alasan()).startsWith(keputusan == Keputusan.BELUM ? "Keputusan sebelumnya dibatalkan"
                    : "Keputusan disimpan").doesNotContain("MARIA").doesNotContain("5302");
            assertThat(v.simpan()).get().extracting(UmpanBalik::tindakLanjut).isEqualTo(
                    keputusan == Keputusan.BUKAN ? "Bukan orang yang sama"
                            : keputusan == Keputusan.SAMA ? "Orang yang sama" : "Belum");
        }
    }

    @Test
    void aNoteAloneChangesNoDecision() {
        Verdict v = check.check(row("Bukan orang yang sama", "beda ibu"), SOE, "f.xlsx", KNOWN,
                feedback("Bukan orang yang sama"), feedback("Bukan orang yang sama"));
        assertThat(v.hasil()).isEqualTo(Hasil.DITERIMA);
        assertThat(v.keputusan()).isEmpty();
        assertThat(v.simpan()).get().extracting(UmpanBalik::catatan).isEqualTo("beda ibu");
    }

    @Test
    void theOtherFindingsChoicesAreRefusedOnAMatchRowWithAClearReason() {
        Verdict v = check.check(row("Sudah dikunjungi", ""), SOE, "f.xlsx", KNOWN, Optional.empty(), Optional.empty());
        assertThat(v.hasil()).isEqualTo(Hasil.DITOLAK);
        assertThat(v.keputusan()).isEmpty();
        assertThat(v.alasan()).contains("tidak ada di daftar pilihan MATCH-01")
                .contains("Belum, Orang yang sama, Bukan orang yang sama")
                .doesNotContain("MARIA").doesNotContain("5302").doesNotContain("Sudah dikunjungi");
        // with a changed note, the note is still taken and no decision made
        Verdict partly = check.check(row("sama", "dicek di posyandu"), SOE, "f.xlsx", KNOWN, Optional.empty(),
                Optional.empty());
        assertThat(partly.hasil()).isEqualTo(Hasil.SEBAGIAN);
        assertThat(partly.keputusan()).isEmpty();
        assertThat(partly.simpan()).get().extracting(UmpanBalik::tindakLanjut).isEqualTo("Belum");
    }

    @Test
    void anOlderChoiceShownOnTheRowIsNotAChange() {
        // a MATCH-01 row answered with the visit choices before the pair choices existed, returned untouched
        Verdict v = check.check(row("Sudah dikunjungi", ""), SOE, "f.xlsx", KNOWN, feedback("Sudah dikunjungi"),
                feedback("Sudah dikunjungi"));
        assertThat(v.hasil()).isEqualTo(Hasil.TIDAK_BERUBAH);
    }

    @Test
    void thePairChoicesAreRefusedOnAnotherFinding() {
        Temuan jkn = new Temuan("JKN-01-ABCDEFGHJK", RuleCode.JKN_01, SOE, "5302011203810001", "5302011203810001",
                "AGUS NINU", LocalDate.of(1981, 3, 12), 547, Sex.L, "K001", "Kampung Baru", "001/002", "", null,
                "Kartu JKN: Ya", "PCare: tidak ditemukan", "");
        Map<IdentityColumn, CellValue> m = new EnumMap<>(IdentityColumn.class);
        m.put(IdentityColumn.KODE_ATURAN, CellValue.text("JKN-01"));
        m.put(IdentityColumn.NIK, CellValue.text(jkn.nik()));
        m.put(IdentityColumn.NAMA, CellValue.text(jkn.nama()));
        m.put(IdentityColumn.TANGGAL_LAHIR, CellValue.date(jkn.tanggalLahir(), jkn.tanggalLahir().toString()));
        m.put(IdentityColumn.KODE_KELUARGA, CellValue.text("K001"));
        ReturnedRow r = new ReturnedRow("JKN", 2, jkn.idTemuan(), "Bukan orang yang sama", "", m);
        Verdict v = check.check(r, SOE, "f.xlsx", Optional.of(new TemuanDikenal(jkn, true)), Optional.empty(),
                Optional.empty());
        assertThat(v.hasil()).isEqualTo(Hasil.DITOLAK);
        assertThat(v.alasan()).contains("hanya untuk baris MATCH-01").doesNotContain("AGUS");
        assertThat(v.keputusan()).isEmpty();
    }
}
