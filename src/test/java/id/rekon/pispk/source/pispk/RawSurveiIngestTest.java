package id.rekon.pispk.source.pispk;

import id.rekon.pispk.model.CellValue;
import id.rekon.pispk.normalise.MapResult;
import id.rekon.pispk.source.MappedRow;
import id.rekon.pispk.source.RowIngest;
import id.rekon.pispk.source.RowParsers;
import id.rekon.pispk.source.StagingOutcome;
import id.rekon.pispk.store.StagedRecord;
import id.rekon.pispk.store.TidakTerarah;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import static id.rekon.pispk.source.Fixtures.CLASSIFIER;
import static id.rekon.pispk.source.Fixtures.TANGGAL;
import static id.rekon.pispk.source.Fixtures.nik;
import static id.rekon.pispk.source.TestRows.row;
import static org.assertj.core.api.Assertions.assertThat;

/** The raw survei's definition: a member per row, its family stored once per run of its rows, a reject with both reasons. */
class RawSurveiIngestTest {

    private static final RowParsers PARSERS = new RowParsers(CLASSIFIER, TANGGAL, null);

    private static MappedRow surveiRow(long number, String family, String memberName) {
        return row("survei.xlsx", number,
                KeluargaColumn.KODE_KELUARGA, family,
                KeluargaColumn.NAMA_KEPALA_KELUARGA, "Tn. Yohanes Nope",
                KeluargaColumn.KODE_PUSKESMAS, "p5302010101",
                KeluargaColumn.TANGGAL_KUNJUNGAN, "12/03/2026",
                AnggotaColumn.KODE_KELUARGA, family,
                AnggotaColumn.NIK, nik(61, 4, 85),
                AnggotaColumn.NAMA, memberName,
                AnggotaColumn.TANGGAL_LAHIR, CellValue.date(LocalDate.of(1985, 4, 21), "21/04/1985"),
                AnggotaColumn.JENIS_KELAMIN, "Perempuan");
    }

    @Test
    void aFamilyIsStoredOncePerRunOfItsMembersRows() {
        RowIngest<String> ingest = PispkSources.RAW_SURVEI.open(PARSERS, new Outcomes());

        List<String> outcomes = new ArrayList<>();
        outcomes.add(ingest.ingest(surveiRow(5, "KEL-0001", "Maria")));
        outcomes.add(ingest.ingest(surveiRow(6, "KEL-0001", "Yosef")));
        outcomes.add(ingest.ingest(surveiRow(7, "KEL-0002", "Ana")));
        outcomes.add(ingest.ingest(surveiRow(8, "KEL-0001", "Petrus")));

        assertThat(outcomes).containsExactly("[KELUARGA, ANGGOTA]", "[ANGGOTA]", "[KELUARGA, ANGGOTA]",
                "[KELUARGA, ANGGOTA]");
        // Each file's ingest starts afresh: the family of a previous file's last row is stored again.
        assertThat(PispkSources.RAW_SURVEI.open(PARSERS, new Outcomes()).ingest(surveiRow(5, "KEL-0002", "Ana")))
                .isEqualTo("[KELUARGA, ANGGOTA]");
    }

    @Test
    void aRowBothPartsRefuseGivesBothReasonsAndOnlyOnePartsOtherwise() {
        RowIngest<String> ingest = PispkSources.RAW_SURVEI.open(PARSERS, new Outcomes());
        MappedRow neither = surveiRow(9, "", "Maria");
        MappedRow noName = surveiRow(10, "KEL-0003", "");
        MapResult<?> family = new KeluargaRowMapper(CLASSIFIER, TANGGAL).map(neither);
        MapResult<?> member = new AnggotaRowMapper(CLASSIFIER, TANGGAL).map(neither);
        MapResult<?> nameless = new AnggotaRowMapper(CLASSIFIER, TANGGAL).map(noName);
        assertThat(family.isOk() || member.isOk() || nameless.isOk()).as("the rows are refused").isFalse();

        assertThat(ingest.ingest(neither)).isEqualTo("ditolak: " + family.reason() + "; " + member.reason());
        assertThat(ingest.ingest(noName)).isEqualTo("ditolak: " + nameless.reason());
    }

    private static final class Outcomes implements StagingOutcome<String> {

        @Override
        public String rejected(MappedRow row, String reason) {
            return "ditolak: " + reason;
        }

        @Override
        public String stored(List<StagedRecord> records, TidakTerarah unrouted) {
            return records.stream().map(StagedRecord::kind).toList().toString();
        }
    }
}
