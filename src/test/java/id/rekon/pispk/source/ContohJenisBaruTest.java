package id.rekon.pispk.source;

import id.rekon.pispk.model.Asal;
import id.rekon.pispk.model.SourceKind;
import id.rekon.pispk.normalise.MapResult;
import id.rekon.pispk.source.pcare.PcareSource;
import id.rekon.pispk.source.pispk.PispkSources;
import id.rekon.pispk.store.RecordKind;
import id.rekon.pispk.store.StagedRecord;
import id.rekon.pispk.store.TidakTerarah;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static id.rekon.pispk.source.TestRows.row;
import static id.rekon.pispk.source.TestRows.split;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The recipe "add a source kind" (docs/pengembang.md) in small: an ASIK-like immunisation export defined
 * in one place, recognised among overlapping kinds and read into store rows by the same code that reads
 * the real kinds, with no switch touched. A test cannot add enum constants, so the example borrows the
 * identity of e-PPGBM ({@link SourceKind#EPPGBM}, {@link RecordKind#EPPGBM}); a real kind gets its own.
 */
class ContohJenisBaruTest {

    /** The export's columns: one enum, as every kind has. */
    enum ImunisasiColumn implements SourceColumn {
        NIK("NIK", true, "NIK Anak"),
        NAMA("Nama Anak", false, "Nama"),
        TGL_LAHIR("Tgl Lahir", false, "Tanggal Lahir"),
        JENIS_IMUNISASI("Jenis Imunisasi", true, "Antigen", "Vaksin"),
        TGL_IMUNISASI("Tgl Imunisasi", true, "Tanggal Pemberian");

        private final ColumnSpec spec;

        ImunisasiColumn(String header, boolean required, String... aliases) {
            this.spec = ColumnSpec.of(header, required, aliases);
        }

        @Override
        public ColumnSpec spec() {
            return spec;
        }
    }

    /** The model record (a real one lives in {@code model}). */
    record Imunisasi(Asal asal, String nik, String antigen) {
    }

    /** Its mapper: a reject only when a required field is missing. */
    static final SourceRowMapper<Imunisasi> MAPPER = row -> {
        String antigen = row.text(ImunisasiColumn.JENIS_IMUNISASI);
        return antigen.isEmpty() ? MapResult.reject("Jenis imunisasi kosong")
                : MapResult.ok(new Imunisasi(new Asal(row.file(), row.rowNumber()), row.text(ImunisasiColumn.NIK), antigen));
    };

    /** The whole definition: what the registry would list. */
    static final SingleSource<Imunisasi> ASIK = new SingleSource<>(SourceKind.EPPGBM,
            "data imunisasi ASIK (asik)", "ASIK", SheetHint.anyOf("imunisasi", "asik"),
            List.of(ImunisasiColumn.values()), List.of(RecordKind.EPPGBM), p -> MAPPER,
            i -> List.of(new StagedRecord(RecordKind.EPPGBM, i.asal().file(), i.asal().baris(), i.nik(),
                    "ASIK|" + i.nik(), null, null, null, StagedRecord.encode(i))),
            null);

    /** The example kind beside real kinds whose headers overlap it (NIK, Nama, Tgl Lahir). */
    private final HeaderRecogniser recogniser = new HeaderRecogniser(List.of(PispkSources.KELUARGA,
            PispkSources.ANGGOTA, PispkSources.RAW_SURVEI, ASIK, PcareSource.DEFINITION));

    @Test
    void theNewKindIsRecognisedAndReadThroughItsDefinitionAlone() {
        List<RawRow> rows = List.of(
                row(1, "LAPORAN IMUNISASI ASIK"),
                row(2, split("No, NIK Anak, Nama Anak, Tanggal Lahir, Antigen, Tanggal Pemberian")),
                row(3, "1", "5302016104200001", "Bayi Satu", "21/04/2026", "BCG", "01/05/2026"),
                row(4, "2", "5302016104200001", "Bayi Satu", "21/04/2026", "", "01/06/2026"));

        Recognition recognition = recogniser.recognise(rows);

        assertThat(recognition.kind()).isEqualTo(ASIK.kind());
        assertThat(recognition.complete()).isTrue();
        assertThat(recognition.headerRow().rowNumber()).isEqualTo(2);

        RowIngest<String> ingest = ASIK.open(new RowParsers(Fixtures.CLASSIFIER, Fixtures.TANGGAL, Fixtures.MASTER),
                new Outcomes());
        List<String> outcomes = new ArrayList<>();
        for (RawRow data : rows.subList(2, 4)) {
            outcomes.add(ingest.ingest(new MappedRow("asik.xlsx", data, recognition.columns())));
        }

        assertThat(outcomes).containsExactly("EPPGBM asik.xlsx:3 ASIK|5302016104200001", "ditolak: Jenis imunisasi kosong");
    }

    @Test
    void withoutItsOwnRequiredColumnTheHeaderIsNotTakenForTheNewKind() {
        Recognition pcare = recogniser.recognise(List.of(row(1, split(HeaderRecogniserTest.PCARE))));

        assertThat(pcare.kind()).isEqualTo(SourceKind.PCARE);
    }

    @Test
    void aMissingRequiredColumnIsNamedWithTheNewKindsLabel() {
        Recognition recognition = recogniser.recognise(List.of(row(1, split("NIK Anak, Nama Anak, Tgl Lahir, Antigen"))));

        assertThat(recognition.kind()).isEqualTo(ASIK.kind());
        assertThat(recognition.missingRequired()).containsExactly(ImunisasiColumn.TGL_IMUNISASI);
        assertThat(ASIK.sheetHint().suggestedBy(HeaderKey.of("Data Imunisasi"))).isTrue();
    }

    private static final class Outcomes implements StagingOutcome<String> {

        @Override
        public String rejected(MappedRow row, String reason) {
            return "ditolak: " + reason;
        }

        @Override
        public String stored(List<StagedRecord> records, TidakTerarah unrouted) {
            StagedRecord r = records.get(0);
            return r.kind() + " " + r.fileName() + ":" + r.rowNumber() + " " + r.personKey();
        }
    }
}
