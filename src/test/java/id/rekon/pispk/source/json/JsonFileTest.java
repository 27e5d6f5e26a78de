package id.rekon.pispk.source.json;

import id.rekon.pispk.model.CellValue;
import id.rekon.pispk.source.RawRow;
import id.rekon.pispk.source.RowReader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class JsonFileTest {

    private static final String PESERTA_1 = """
            {"noKartu":"0001234567890","nama":"SITI AMINAH","sex":"P","tglLahir":"12-08-1990",
             "jnsPeserta":{"kode":"11","nama":"PBI (APBN)"},"aktif":true,"ketAktif":"AKTIF",
             "kdProviderPst":{"kdProvider":"0123B456","nmProvider":"PKM KOTA SOE"},"noKTP":"5301234567890123",
             "pstProl":null}""";
    private static final String PESERTA_2 = """
            {"noKartu":"0001234567891","nama":"BUDI","sex":"L","tglLahir":"01-01-1980",
             "jnsPeserta":{"kode":"14","nama":"PPU"},"aktif":false,"ketAktif":"TIDAK AKTIF",
             "kdProviderPst":{"kdProvider":"0123B456"},"noKTP":5301234567890124,"tambahan":"x"}""";

    @TempDir
    Path dir;

    private Path write(String json) throws IOException {
        Path file = dir.resolve("peserta.json");
        Files.writeString(file, json, StandardCharsets.UTF_8);
        return file;
    }

    private static List<RawRow> readAll(Path file) throws IOException {
        List<RawRow> rows = new ArrayList<>();
        try (JsonFile json = JsonFile.open(file)) {
            RowReader reader = json.rows(0);
            RawRow row;
            while ((row = reader.next()) != null) {
                rows.add(row);
            }
        }
        return rows;
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
            "[%s,%s]",
            "%s\n%s\n",
            "{\"response\":{\"count\":2,\"list\":[%s,%s]},\"metaData\":{\"message\":\"OK\",\"code\":200}}",
            "{\"metaData\":{\"message\":\"OK\",\"code\":200,\"warnings\":[]},\"response\":{\"list\":[%s,%s]}}",
            "{\"list\":[%s,%s]}"
    })
    void everyLayoutGivesTheSameHeaderAndRows(String layout) throws IOException {
        List<RawRow> rows = readAll(write(layout.formatted(PESERTA_1, PESERTA_2)));

        assertThat(rows).extracting(RawRow::rowNumber).containsExactly(0L, 1L, 2L);
        assertThat(rows.get(0).cells()).extracting(CellValue::text).containsExactly("noKartu", "nama", "sex",
                "tglLahir", "jnsPeserta.kode", "jnsPeserta.nama", "aktif", "ketAktif", "kdProviderPst.kdProvider",
                "kdProviderPst.nmProvider", "noKTP", "pstProl");
        assertThat(rows.get(1).cells()).containsExactly(CellValue.text("0001234567890"), CellValue.text("SITI AMINAH"),
                CellValue.text("P"), CellValue.text("12-08-1990"), CellValue.text("11"), CellValue.text("PBI (APBN)"),
                CellValue.text("true"), CellValue.text("AKTIF"), CellValue.text("0123B456"),
                CellValue.text("PKM KOTA SOE"), CellValue.text("5301234567890123"), CellValue.EMPTY);
        // Second record: a numeric noKTP is flagged numeric, a missing key is blank, an extra key ignored.
        assertThat(rows.get(2).cells()).hasSize(12);
        assertThat(rows.get(2).cell(10)).isEqualTo(CellValue.number("5301234567890124"));
        assertThat(rows.get(2).cell(6)).isEqualTo(CellValue.text("false"));
        assertThat(rows.get(2).cell(9)).isEqualTo(CellValue.EMPTY);
    }

    @Test
    void numbersKeepTheirDigitsWithoutGoingThroughDouble() throws IOException {
        List<RawRow> rows = readAll(write("[{\"noKTP\":5301234567890123,\"a\":5.301234567890123E15,\"b\":1.50}]"));

        assertThat(rows.get(1).cells()).containsExactly(CellValue.number("5301234567890123"),
                CellValue.number("5301234567890123"), CellValue.number("1.5"));
    }

    @Test
    void wrapperWithAnEmptyListHasNoRows() throws IOException {
        assertThat(readAll(write("{\"response\":{\"count\":0,\"list\":[]},\"metaData\":{\"code\":200}}"))).isEmpty();
    }

    @Test
    void arraysInsideARecordAreIgnored() throws IOException {
        List<RawRow> rows = readAll(write("[{\"noKartu\":\"1\",\"nama\":\"A\"},{\"noKartu\":\"2\",\"x\":[1,[2]],\"nama\":\"B\"}]"));

        assertThat(rows.get(2).cells()).containsExactly(CellValue.text("2"), CellValue.text("B"));
    }

    @Test
    void brokenJsonFailsAfterTheRecordsBeforeIt() throws IOException {
        // An array cannot be resumed after a syntax error; one object per line can (next test).
        Path file = write("[{\"noKartu\":\"1\"},\n{\"noKartu\":\"2\"},\n{\"noKartu\":");

        try (JsonFile json = JsonFile.open(file)) {
            RowReader reader = json.rows(0);
            assertThat(reader.next().rowNumber()).isZero();
            assertThat(reader.next().cell(0).text()).isEqualTo("1");
            assertThat(reader.next().cell(0).text()).isEqualTo("2");
            assertThatThrownBy(reader::next).isInstanceOf(IOException.class);
        }
    }

    @Test
    void aBrokenLineOfAnNdjsonFileCostsThatLineOnly() throws IOException {
        String one = PESERTA_1.replace("\n", "");
        String two = PESERTA_2.replace("\n", "");
        List<RawRow> rows = readAll(write(one + "\n{\"noKartu\":\"000\", \"nama\": \n" + two + "\n" + one + "\n"));

        // the broken line is one row that says why (the read step rejects it), then reading goes on
        assertThat(rows).extracting(RawRow::rowNumber).containsExactly(0L, 1L, 2L, 3L, 4L);
        assertThat(rows.get(2).rusak()).contains("Baris 2 bukan objek JSON yang utuh");
        assertThat(rows.get(2).rawText()).isEqualTo("{\"noKartu\":\"000\", \"nama\": ");
        assertThat(rows).filteredOn(r -> r.rusak() != null).hasSize(1);
        assertThat(rows.get(3).cell(1).text()).isEqualTo("BUDI");
        assertThat(rows.get(3).cell(10)).isEqualTo(CellValue.number("5301234567890124"));
    }

    @Test
    void aSingleLineArrayLargerThanALineMayBeIsReadWhole() throws IOException {
        // An API export: thousands of objects on one line, megabytes without a line break. The line
        // limit is for line-oriented files (CSV, NDJSON), not for a JSON stream (found at 50,000
        // families: every PCare JSON export was refused).
        StringBuilder json = new StringBuilder("[");
        int n = 6_000;
        for (int i = 0; i < n; i++) {
            json.append(i > 0 ? "," : "").append("{\"noKartu\":\"").append(1_000_000 + i)
                    .append("\",\"nama\":\"").append("X".repeat(200)).append("\"}");
        }
        json.append("]");
        assertThat(json.length()).isGreaterThan(1 << 20);

        List<RawRow> rows = readAll(write(json.toString()));

        assertThat(rows).hasSize(n + 1);
        assertThat(rows.get(n).cell(0).text()).isEqualTo(String.valueOf(1_000_000 + n - 1));
    }

    @Test
    void aBrokenLastLineOfAnNdjsonFileIsOneRejectAfterTheRecordsBeforeIt() throws IOException {
        List<RawRow> rows = readAll(write("{\"noKartu\":\"1\"}\n{\"noKartu\":\"2\"}\n{\"noKartu\":"));

        assertThat(rows).extracting(r -> r.cell(0).text()).containsExactly("noKartu", "1", "2", "{\"noKartu\":");
        assertThat(rows).extracting(RawRow::rusak).containsExactly(null, null, null,
                "Baris 3 bukan objek JSON yang utuh (terpotong atau rusak); ekspor ulang berkas ini dari aplikasinya");
    }
}
