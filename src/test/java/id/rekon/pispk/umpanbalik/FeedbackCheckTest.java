package id.rekon.pispk.umpanbalik;

import id.rekon.pispk.model.RuleCode;
import id.rekon.pispk.model.Sex;
import id.rekon.pispk.model.Temuan;
import id.rekon.pispk.model.CellValue;
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

class FeedbackCheckTest {

    private static final String SOE = "P5302010101";
    private static final String ID = "JKN-01-ABCDEFGHJK";
    private static final Temuan AGUS = new Temuan(ID, RuleCode.JKN_01, SOE, "5302011203810001", "5302011203810001",
            "AGUS NINU", LocalDate.of(1981, 3, 12), 547, Sex.L, "K001", "Kampung Baru", "001/002", "", null,
            "Kartu JKN: Ya", "PCare: tidak ditemukan", "");
    private static final Optional<TemuanDikenal> KNOWN = Optional.of(new TemuanDikenal(AGUS, true));

    private final FeedbackCheck check = new FeedbackCheck();

    /** The row as the job wrote it, with the team's two cells. */
    private static ReturnedRow row(String tindakLanjut, String catatan) {
        return row(ID, tindakLanjut, catatan, identity(AGUS));
    }

    private static ReturnedRow row(String id, String tindakLanjut, String catatan, Map<IdentityColumn, CellValue> identity) {
        return new ReturnedRow("JKN", 2, id, tindakLanjut, catatan, identity);
    }

    private static Map<IdentityColumn, CellValue> identity(Temuan t) {
        Map<IdentityColumn, CellValue> m = new EnumMap<>(IdentityColumn.class);
        m.put(IdentityColumn.KODE_ATURAN, CellValue.text(t.kodeAturan().code()));
        m.put(IdentityColumn.NIK, CellValue.text(t.nik()));
        m.put(IdentityColumn.NAMA, CellValue.text(t.nama()));
        m.put(IdentityColumn.TANGGAL_LAHIR, CellValue.date(t.tanggalLahir(), t.tanggalLahir().toString()));
        m.put(IdentityColumn.KODE_KELUARGA, CellValue.text(t.kodeKeluarga()));
        return m;
    }

    /**
     * Columns: the row's two cells; what the returned workbook showed (printed); what the job holds
     * now (current); the outcome and what is stored. {@code -} for "no feedback".
     */
    @ParameterizedTest(name = "[{0}|{1}] shown [{2}|{3}] held [{4}|{5}] -> {6} [{7}|{8}]")
    @CsvSource(delimiter = '|', nullValues = "-", emptyValue = "", value = {
            // untouched rows: nothing to take
            "Belum            |            | -                | -       | -                | -       | TIDAK_BERUBAH | - | -",
            "                 |            | -                | -       | -                | -       | TIDAK_BERUBAH | - | -",
            "Sudah dikunjungi | kosong     | Sudah dikunjungi | kosong  | Sudah dikunjungi | kosong  | TIDAK_BERUBAH | - | -",
            // picked from the dropdown, any case and spacing
            "Sudah dikunjungi |            | -                | -       | -                | -       | DITERIMA | Sudah dikunjungi | ''",
            "  sudah   DIKUNJUNGI | ke rumah | -              | -       | -                | -       | DITERIMA | Sudah dikunjungi | ke rumah",
            "Bukan masalah    | ok         | Sudah dikunjungi | ok      | Sudah dikunjungi | ok      | DITERIMA | Bukan masalah | ok",
            // back to Belum is a change too
            "Belum            |            | Sudah dikunjungi |         | Sudah dikunjungi |         | DITERIMA | Belum | ''",
            // an old copy returned late: untouched rows never undo later work
            "Belum            |            | -                | -       | Sudah dikunjungi | rumah   | TIDAK_BERUBAH | - | -",
            // ... and only the cell changed in it is taken, over the later work
            "Belum            | ditelepon  | -                | -       | Sudah dikunjungi | rumah   | DITERIMA | Sudah dikunjungi | ditelepon",
            "Bukan masalah    |            | -                | -       | Sudah dikunjungi | rumah   | DITERIMA | Bukan masalah | rumah",
            // a change the job already holds (two copies returned)
            "Bukan masalah    |            | -                | -       | Bukan masalah    |         | TIDAK_BERUBAH | - | -",
            // outside the dropdown: never stored; a changed note still is
            "Sudah beres      | ditelepon  | -                | -       | -                | -       | SEBAGIAN | Belum | ditelepon",
            "Sudah beres      | ditelepon  | Data program diperbarui | - | Data program diperbarui | - | SEBAGIAN | Data program diperbarui | ditelepon",
            "Sudah beres      |            | -                | -       | -                | -       | DITOLAK  | - | -",
            "Sudah beres      | awal       | Sudah dikunjungi | awal    | Sudah dikunjungi | awal    | DITOLAK  | - | -",
    })
    void onlyWhatTheTeamChangedIsTaken(String tindakLanjut, String catatan, String shownTindakLanjut,
                                       String shownCatatan, String heldTindakLanjut, String heldCatatan, Hasil hasil,
                                       String storedTindakLanjut, String storedCatatan) {
        Verdict v = check.check(row(tindakLanjut, catatan), SOE, "f.xlsx", KNOWN,
                feedback(shownTindakLanjut, shownCatatan), feedback(heldTindakLanjut, heldCatatan));
        assertThat(v.hasil()).isEqualTo(hasil);
        if (storedTindakLanjut == null) {
            assertThat(v.simpan()).isEmpty();
        } else {
            assertThat(v.simpan()).get().extracting(UmpanBalik::tindakLanjut, UmpanBalik::catatan,
                    UmpanBalik::kodePuskesmas, UmpanBalik::idTemuan, UmpanBalik::fileName)
                    .containsExactly(storedTindakLanjut, storedCatatan, SOE, ID, "f.xlsx");
        }
        if (hasil == Hasil.SEBAGIAN || hasil == Hasil.DITOLAK) {
            assertThat(v.alasan()).contains("tidak ada di daftar pilihan").doesNotContain("Sudah beres");
        }
    }

    private static Optional<UmpanBalik> feedback(String tindakLanjut, String catatan) {
        return tindakLanjut == null ? Optional.empty()
                : Optional.of(new UmpanBalik(ID, SOE, tindakLanjut, catatan == null ? "" : catatan, "sebelumnya.xlsx"));
    }

    @Test
    void unknownIdIsRefused() {
        Verdict v = check.check(row("Sudah dikunjungi", ""), SOE, "f.xlsx", Optional.empty(), Optional.empty(), Optional.empty());
        assertThat(v.hasil()).isEqualTo(Hasil.DITOLAK);
        assertThat(v.alasan()).contains("tidak dikenal");
    }

    @Test
    void rowWithoutIdButWithFeedbackIsRefused() {
        Verdict v = check.check(row("", "Sudah dikunjungi", "x", identity(AGUS)), SOE, "f.xlsx", Optional.empty(),
                Optional.empty(), Optional.empty());
        assertThat(v.hasil()).isEqualTo(Hasil.DITOLAK);
        assertThat(v.alasan()).contains("tanpa ID Temuan");
    }

    @Test
    void idOfAnotherPuskesmasIsRefused() {
        Verdict v = check.check(row("Sudah dikunjungi", ""), "P5302010102", "f.xlsx", KNOWN, Optional.empty(), Optional.empty());
        assertThat(v.hasil()).isEqualTo(Hasil.DITOLAK);
        assertThat(v.alasan()).contains("milik puskesmas " + SOE).contains("P5302010102");
    }

    @Test
    void idOfAnUnroutedFindingIsRefused() {
        Temuan unrouted = new Temuan(ID, RuleCode.JKN_01, null, "s", AGUS.nik(), AGUS.nama(), AGUS.tanggalLahir(), null,
                null, AGUS.kodeKeluarga(), "", "", "", null, "", "", "");
        Verdict v = check.check(row("Sudah dikunjungi", ""), SOE, "f.xlsx",
                Optional.of(new TemuanDikenal(unrouted, true)), Optional.empty(), Optional.empty());
        assertThat(v.hasil()).isEqualTo(Hasil.DITOLAK);
        assertThat(v.alasan()).contains("tanpa puskesmas");
    }

    @ParameterizedTest(name = "{0} = [{1}]")
    @CsvSource(delimiter = '|', emptyValue = "", value = {
            "KODE_ATURAN   | JKN-02",
            "NIK           | 5302011203810009",
            "NIK           | 5302011203810000",
            "NIK           | ''",
            "NAMA          | BENI SABU",
            "KODE_KELUARGA | K002",
            "TANGGAL_LAHIR | 1981-03-13",
            "TANGGAL_LAHIR | 12/03/1981",
    })
    void anEditedOrShiftedIdentityCellRefusesTheRow(IdentityColumn column, String value) {
        Map<IdentityColumn, CellValue> identity = identity(AGUS);
        identity.put(column, CellValue.text(value));
        Verdict v = check.check(row(ID, "Sudah dikunjungi", "catatan", identity), SOE, "f.xlsx", KNOWN, Optional.empty(), Optional.empty());
        assertThat(v.hasil()).isEqualTo(Hasil.DITOLAK);
        assertThat(v.alasan()).contains(column.header()).doesNotContain(value.isEmpty() ? "\u0000" : value)
                .doesNotContain(AGUS.nik()).doesNotContain(AGUS.nama());
        assertThat(v.simpan()).isEmpty();
    }

    @Test
    void identityCellsMatchTrimmedAndDatesAsIsoTextToo() {
        Map<IdentityColumn, CellValue> identity = identity(AGUS);
        identity.put(IdentityColumn.NAMA, CellValue.text("  AGUS NINU "));
        identity.put(IdentityColumn.TANGGAL_LAHIR, CellValue.text("1981-03-12"));
        Verdict v = check.check(row(ID, "Sudah dikunjungi", "", identity), SOE, "f.xlsx", KNOWN, Optional.empty(), Optional.empty());
        assertThat(v.hasil()).isEqualTo(Hasil.DITERIMA);
    }

    @Test
    void againstTheLastKnownVersionTheReportSaysSo() {
        Map<IdentityColumn, CellValue> identity = identity(AGUS);
        identity.put(IdentityColumn.NAMA, CellValue.text("AGUS"));
        Verdict v = check.check(row(ID, "Sudah dikunjungi", "", identity), SOE, "f.xlsx",
                Optional.of(new TemuanDikenal(AGUS, false)), Optional.empty(), Optional.empty());
        assertThat(v.alasan()).contains("menurut riwayat terakhir");
    }
}
