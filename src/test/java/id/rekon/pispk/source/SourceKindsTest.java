package id.rekon.pispk.source;

import id.rekon.pispk.model.SourceKind;
import id.rekon.pispk.store.RecordKind;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/** The registry is complete: every kind is defined once, with all a kind needs, and the three source enums agree. */
class SourceKindsTest {

    private static final RowParsers PARSERS = new RowParsers(Fixtures.CLASSIFIER, Fixtures.TANGGAL,
            Fixtures.MASTER);

    @Test
    void everyKindHasExactlyOneDefinitionInKindOrder() {
        assertThat(SourceKinds.all()).extracting(SourceDefinition::kind).containsExactly(SourceKind.values());
        for (SourceKind kind : SourceKind.values()) {
            assertThat(SourceKinds.of(kind).kind()).isEqualTo(kind);
        }
    }

    @ParameterizedTest
    @EnumSource(SourceKind.class)
    void everyKindHasColumnsLabelSheetHintAndMapper(SourceKind kind) {
        SourceDefinition definition = SourceKinds.of(kind);

        assertThat(definition.label()).isNotBlank().endsWith("(" + kind.code() + ")");
        assertThat(definition.listedAs()).isNotBlank();
        assertThat(definition.sheetHint().words()).isNotEmpty();
        assertThat(definition.columns()).isNotEmpty().doesNotHaveDuplicates();
        assertThat(definition.columns()).anyMatch(SourceColumn::required);
        assertThat(definition.columns()).allSatisfy(c -> assertThat(c.aliases()).contains(c.header()));
        if (definition instanceof SingleSource<?> single) {
            assertThat(single.mapper()).isNotNull();
            assertThat(single.mapper().apply(PARSERS)).isNotNull();
        }
        assertThat(definition.open(PARSERS, new Outcomes())).isNotNull();
    }

    @ParameterizedTest
    @EnumSource(SourceKind.class)
    void everyProgramKindHasAStagerAndRecordKindsOfItsOwnSource(SourceKind kind) {
        SourceDefinition definition = SourceKinds.of(kind);

        if (kind.sumber() == null) {
            // Reference data (the region master) is loaded before the night's reading, never staged.
            assertThat(definition.recordKinds()).isEmpty();
            assertThat(((SingleSource<?>) definition).stager()).isNull();
            return;
        }
        assertThat(definition.recordKinds()).isNotEmpty()
                .allSatisfy(r -> assertThat(r.sumber()).isEqualTo(kind.sumber()));
        if (definition instanceof SingleSource<?> single) {
            assertThat(single.stager()).isNotNull();
        }
    }

    @Test
    void everyRecordKindComesFromSomeDefinition() {
        Set<RecordKind> made = EnumSet.noneOf(RecordKind.class);
        SourceKinds.all().forEach(d -> made.addAll(d.recordKinds()));

        assertThat(made).containsExactlyInAnyOrder(RecordKind.values());
    }

    @Test
    void aCompositeIsTheUnionOfRegisteredPlainKinds() {
        for (SourceDefinition definition : SourceKinds.all()) {
            if (definition.parts().isEmpty()) {
                continue;
            }
            List<SourceColumn> union = new ArrayList<>();
            Set<RecordKind> records = new HashSet<>();
            for (SourceKind part : definition.parts()) {
                assertThat(SourceKinds.of(part).parts()).as("parts are plain kinds").isEmpty();
                union.addAll(SourceKinds.of(part).columns());
                records.addAll(SourceKinds.of(part).recordKinds());
            }
            assertThat(definition.columns()).containsExactlyElementsOf(union);
            assertThat(definition.recordKinds()).containsExactlyInAnyOrderElementsOf(records);
        }
        assertThat(SourceKinds.of(SourceKind.PISPK_RAW_SURVEI).parts())
                .containsExactly(SourceKind.PISPK_KELUARGA, SourceKind.PISPK_ANGGOTA);
    }

    @Test
    void noColumnBelongsToTwoPlainKinds() {
        Set<SourceColumn> seen = new HashSet<>();
        for (SourceDefinition definition : SourceKinds.all()) {
            if (definition.parts().isEmpty()) {
                assertThat(definition.columns()).allSatisfy(c -> assertThat(seen.add(c)).as(c.toString()).isTrue());
            }
        }
    }

    @Test
    void theUnrecognisedMessageListsEveryKind() {
        String message = SourceMessages.unrecognised("x.csv", null);

        assertThat(message).contains("(PIS-PK keluarga/anggota, Raw Data Survei, e-PPGBM, PCare, KUA, master wilayah)");
        SourceKinds.all().forEach(d -> assertThat(message).contains(d.listedAs()));
    }

    @Test
    void sheetNamesSuggestTheirKinds() {
        assertThat(SheetChooser.nameSuggests("Data Keluarga", SourceKind.PISPK_KELUARGA)).isTrue();
        assertThat(SheetChooser.nameSuggests("Anggota Keluarga", SourceKind.PISPK_KELUARGA)).isFalse();
        assertThat(SheetChooser.nameSuggests("Anggota Keluarga", SourceKind.PISPK_ANGGOTA)).isTrue();
        assertThat(SheetChooser.nameSuggests("Raw Data", SourceKind.PISPK_RAW_SURVEI)).isTrue();
        assertThat(SheetChooser.nameSuggests("Data Balita", SourceKind.EPPGBM)).isTrue();
        assertThat(SheetChooser.nameSuggests("Peserta", SourceKind.PCARE)).isTrue();
        assertThat(SheetChooser.nameSuggests("SIMKAH Nikah", SourceKind.KUA)).isTrue();
        assertThat(SheetChooser.nameSuggests("Master Wilayah", SourceKind.REGION_MASTER)).isTrue();
        assertThat(SheetChooser.nameSuggests("Sheet1", SourceKind.EPPGBM)).isFalse();
    }

    /** Outcomes as plain text, enough to see that an ingest opens. */
    static final class Outcomes implements StagingOutcome<String> {

        @Override
        public String rejected(MappedRow row, String reason) {
            return "ditolak: " + reason;
        }

        @Override
        public String stored(List<id.rekon.pispk.store.StagedRecord> records, id.rekon.pispk.store.TidakTerarah unrouted) {
            return records.size() + " baris" + (unrouted == null ? "" : ", tidak terarah");
        }
    }
}
