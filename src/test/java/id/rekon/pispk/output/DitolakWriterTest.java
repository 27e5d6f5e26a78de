package id.rekon.pispk.output;

import id.rekon.pispk.model.Ditolak;

import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class DitolakWriterTest {

    private static final String[] HEADER = {"file", "baris", "alasan", "isi_baris", "isi_per_kolom",
        "cara_memperbaiki"};

    @TempDir
    Path dir;

    private final DitolakWriter writer = new DitolakWriter();

    @Test
    void oneCsvPerInputFileEvenWhenRowsInterleave() throws IOException {
        Path folder = dir.resolve(DitolakWriter.FOLDER);
        DitolakResult result = writer.write(List.of(
                new Ditolak("eppgbm.xlsx", 5, "Tanggal lahir tidak terbaca", "Budi;31/02/2024;L"),
                new Ditolak("pcare.csv", 2, "Kolom kurang", "1;2"),
                new Ditolak("eppgbm.xlsx", 9, "NIK kosong dan nama kosong", "")).iterator(), List.of(), folder);

        assertThat(result.baris()).isEqualTo(3);
        assertThat(result.berkas()).isZero();
        assertThat(result.perBerkas()).containsOnlyKeys("eppgbm.xlsx", "pcare.csv");
        assertThat(folder.resolve("eppgbm.xlsx.csv")).exists();
        assertThat(folder.resolve(DitolakWriter.BERKAS)).doesNotExist();

        List<CSVRecord> eppgbm = CsvReadBack.records(folder.resolve("eppgbm.xlsx.csv"), HEADER);
        assertThat(eppgbm).hasSize(2);
        assertThat(eppgbm.get(0).toList()).containsExactly("eppgbm.xlsx", "5", "Tanggal lahir tidak terbaca",
                "Budi;31/02/2024;L", "Budi;31/02/2024;L", CaraMemperbaiki.of("Tanggal lahir tidak terbaca"));
        assertThat(eppgbm.get(1).get("baris")).isEqualTo("9");
        assertThat(CsvReadBack.records(folder.resolve("pcare.csv.csv"), HEADER)).hasSize(1);
    }

    @Test
    void fileLevelErrorsGoToBerkasCsv() throws IOException {
        Path folder = dir.resolve(DitolakWriter.FOLDER);
        writer.write(List.<Ditolak>of().iterator(),
                List.of(new BerkasDitolak("catatan.docx", null, "Bukan berkas CSV atau Excel"),
                        new BerkasDitolak("kua.xlsx", "kua", "Kolom wajib NIK Suami tidak ada")), folder);
        List<CSVRecord> records = CsvReadBack.records(folder.resolve(DitolakWriter.BERKAS), "file", "jenis",
                "alasan");
        assertThat(records).hasSize(2);
        assertThat(records.get(0).toList()).containsExactly("catatan.docx", "", "Bukan berkas CSV atau Excel");
        assertThat(records.get(1).get("jenis")).isEqualTo("kua");
    }

    @Test
    void rawRowsThatLookLikeFormulasAreNeutralised() throws IOException {
        Path folder = dir.resolve(DitolakWriter.FOLDER);
        writer.write(List.of(new Ditolak("a.csv", 3, "NIK tidak valid", "=cmd|' /C calc'!A0")).iterator(),
                List.of(), folder);
        assertThat(CsvReadBack.records(folder.resolve("a.csv.csv"), HEADER).get(0).get("isi_baris"))
                .isEqualTo("'=cmd|' /C calc'!A0");
    }

    @ParameterizedTest(name = "[{0}] -> [{1}]")
    @CsvSource(delimiter = '|', textBlock = """
            eppgbm.xlsx        | eppgbm.xlsx.csv
            data:2026?.csv     | data_2026_.csv.csv
            berkas             | _berkas.csv
            BERKAS             | _BERKAS.csv
            CON                | CON_.csv
            """)
    void fileNames(String input, String expected) {
        assertThat(DitolakWriter.fileNameFor(input)).isEqualTo(expected);
    }

    @Test
    void inputsThatCleanToTheSameNameGetDistinctFiles() throws IOException {
        Path folder = dir.resolve(DitolakWriter.FOLDER);
        DitolakResult result = writer.write(List.of(new Ditolak("a?.csv", 1, "x", ""),
                new Ditolak("a*.csv", 1, "y", ""), new Ditolak("A?.CSV", 1, "z", "")).iterator(), List.of(), folder);
        assertThat(result.perBerkas().values()).extracting(p -> p.getFileName().toString())
                .containsExactly("a_.csv.csv", "a_.csv (2).csv", "A_.CSV (3).csv");
    }

    @Test
    void aRerunRemovesRejectFilesOfTheEarlierRunOnly() throws IOException {
        Path folder = dir.resolve(DitolakWriter.FOLDER);
        writer.write(List.of(new Ditolak("lama.csv", 1, "x", "")).iterator(),
                List.of(new BerkasDitolak("b.txt", "", "x")), folder);
        Files.writeString(folder.resolve("catatan-operator.txt"), "jangan dihapus");
        writer.write(List.of(new Ditolak("baru.csv", 1, "x", "")).iterator(), List.of(), folder);
        try (Stream<Path> files = Files.list(folder)) {
            assertThat(files.map(p -> p.getFileName().toString()))
                    .containsExactlyInAnyOrder("baru.csv.csv", "catatan-operator.txt");
        }
    }

    @Test
    void aFailureMidWriteLeavesNoTemporaryFile() throws IOException {
        Path folder = dir.resolve(DitolakWriter.FOLDER);
        Iterator<Ditolak> failing = new Iterator<>() {
            int n;

            @Override
            public boolean hasNext() {
                return true;
            }

            @Override
            public Ditolak next() {
                if (n++ == 2) {
                    throw new UncheckedIOException(new IOException("putus"));
                }
                return new Ditolak("f" + n + ".csv", n, "x", "");
            }
        };
        assertThatThrownBy(() -> writer.write(failing, List.of(), folder)).isInstanceOf(UncheckedIOException.class);
        try (Stream<Path> files = Files.list(folder)) {
            assertThat(files).isEmpty();
        }
    }

    @Test
    void eachValueIsNamedByItsColumnAndTheRowSaysHowToFixItAtTheSource() throws IOException {
        Path folder = dir.resolve("ditolak");
        new DitolakWriter().write(List.of(new Ditolak("eppgbm.xlsx", 7, "Tgl Lahir tidak dapat dibaca: \"31/02/2024\"",
                "5302011108250001 | SITI |  | 31/02/2024", List.of("NIK", "Nama Anak", "Nama Ortu", "Tgl Lahir")))
                .iterator(), List.of(), folder);

        CSVRecord r = CsvReadBack.records(folder.resolve("eppgbm.xlsx.csv"), HEADER).get(0);
        assertThat(r.get("isi_baris")).isEqualTo("5302011108250001 | SITI |  | 31/02/2024");
        assertThat(r.get("isi_per_kolom")).isEqualTo("NIK: 5302011108250001; Nama Anak: SITI; Tgl Lahir: 31/02/2024");
        assertThat(r.get("cara_memperbaiki")).startsWith("Tulis tanggal yang benar").contains("aplikasi sumbernya");
        assertThat(CaraMemperbaiki.of("Nama Anak kosong")).startsWith("Isi kolom yang disebut kosong");
    }

    @Test
    void valuesThatDoNotLineUpWithTheHeaderStayAsRead() {
        Ditolak d = new Ditolak("a.csv", 2, "x", "a | b | c", List.of("Satu", "Dua"));
        assertThat(d.isiPerKolom()).isEqualTo("a | b | c");
    }
}
