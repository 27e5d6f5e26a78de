package id.rekon.pispk.output;

import id.rekon.pispk.model.Arah;
import id.rekon.pispk.model.RuleCode;
import id.rekon.pispk.model.Sex;
import id.rekon.pispk.model.Sumber;
import id.rekon.pispk.model.Temuan;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;

import static id.rekon.pispk.output.TemuanFixtures.PKM;
import static id.rekon.pispk.output.TemuanFixtures.TANGGAL;
import static id.rekon.pispk.output.TemuanFixtures.nik;
import static id.rekon.pispk.output.TemuanFixtures.row;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class TemuanCsvWriterTest {

    static final String HEADER = "id_temuan,kode_aturan,arah,kode_puskesmas,nik,nama,tanggal_lahir,kode_keluarga,"
            + "sumber_program,nilai_pispk,nilai_program,status,pertama_terlihat";

    @TempDir
    Path dir;

    private final TemuanCsvWriter writer = new TemuanCsvWriter();

    @Test
    void headerIsExactlyTheSpecsAfterABom() throws IOException {
        Path target = dir.resolve(TemuanCsvWriter.FILE_NAME);
        assertThat(writer.write(List.<TemuanRow>of().iterator(), target)).isZero();
        byte[] bytes = Files.readAllBytes(target);
        assertThat(bytes).startsWith((byte) 0xEF, (byte) 0xBB, (byte) 0xBF);
        assertThat(CsvReadBack.textAfterBom(target)).isEqualTo(String.join(",", TemuanCsvColumn.headers()) + "\r\n");
        // the spec's thirteen first, in its order; the analysts' pivot columns after them
        assertThat(String.join(",", TemuanCsvColumn.headers())).isEqualTo(HEADER + "," + ANALIS);
    }

    /** MATCH-01's levels and other record, appended last (issue 10). */
    static final String COCOK = "skor_cocok,tingkat_nama,tingkat_tanggal_lahir,tingkat_jenis_kelamin,"
            + "tingkat_nama_ibu,pasangan_sumber,pasangan_nik,pasangan_nama,pasangan_tanggal_lahir";

    static final String ANALIS = "nama_puskesmas,kecamatan,desa,rt_rw,alamat,umur_bulan,umur,jenis_kelamin,uraian,"
            + "arah_kata,lembar,rekomendasi,tindak_lanjut,catatan,keterangan," + COCOK;


    @Test
    void pivotColumnsSpeakTheWorkbooksWords() throws IOException {
        Temuan t = new Temuan("HT-01-ABCDEFGHJK", RuleCode.HT_01, PKM, "subjek", "5301014107150001", "Maria",
                LocalDate.of(1950, 7, 1), 915, Sex.P, "5301010101230007", "Oesapa", "001/002", "Melati", null, "Ya",
                "Tidak", "ket", "Jl. Kenari 3", "", "Kelapa Lima");
        TemuanRow row = new TemuanRow(t, TemuanRow.MASIH_TERBUKA, LocalDate.of(2026, 3, 2), "Sudah dikunjungi", "ok");
        Path target = dir.resolve(TemuanCsvWriter.FILE_NAME);
        writer.write(List.of(row).iterator(), new PuskesmasNames(List.of(new id.rekon.pispk.model.Puskesmas(PKM,
                "Oesapa"))), target);

        CSVRecord r = CsvReadBack.records(target, TemuanCsvColumn.headers()).get(0);
        assertThat(r.get("nama_puskesmas")).isEqualTo("Oesapa");
        assertThat(r.get("kecamatan")).isEqualTo("Kelapa Lima");
        assertThat(r.get("desa")).isEqualTo("Oesapa");
        assertThat(r.get("umur_bulan")).isEqualTo("915");
        assertThat(r.get("umur")).isEqualTo("76 tahun");
        assertThat(r.get("jenis_kelamin")).isEqualTo("Perempuan");
        assertThat(r.get("arah_kata")).isEqualTo("PIS-PK (+) / Program (−)");
        assertThat(r.get("lembar")).isEqualTo("Hipertensi");
        assertThat(r.get("tindak_lanjut")).isEqualTo("Sudah dikunjungi");
        assertThat(r.get("catatan")).isEqualTo("ok");
        assertThat(r.get("status")).isEqualTo("Masih terbuka");
    }

    @Test
    void aRowReadBackEqualsTheFinding() throws IOException {
        Temuan t = new Temuan("HT-01-ABCDEFGHJK", RuleCode.HT_01, PKM, "subjek", "5301014107150001",
                "Maria Goreti, S.Pd \"Ibu\"", LocalDate.of(1970, 7, 1), null, Sex.P, "5301010101230007",
                "Oesapa", "001/002", "Melati", null, "Ya", "Bukan peserta\nProlanis", "");
        TemuanRow row = new TemuanRow(t, TemuanRow.MASIH_TERBUKA, LocalDate.of(2026, 3, 2), "", "");
        Path target = dir.resolve(TemuanCsvWriter.FILE_NAME);
        assertThat(writer.write(List.of(row).iterator(), target)).isEqualTo(1);

        List<CSVRecord> records = CsvReadBack.records(target, TemuanCsvColumn.headers());
        assertThat(records).hasSize(1);
        CSVRecord r = records.get(0);
        assertThat(r.get("id_temuan")).isEqualTo("HT-01-ABCDEFGHJK");
        assertThat(r.get("kode_aturan")).isEqualTo("HT-01");
        assertThat(r.get("arah")).isEqualTo("PISPK+/PROGRAM-");
        assertThat(r.get("kode_puskesmas")).isEqualTo(PKM);
        assertThat(r.get("nik")).isEqualTo("5301014107150001");
        assertThat(r.get("nama")).isEqualTo("Maria Goreti, S.Pd \"Ibu\"");
        assertThat(r.get("tanggal_lahir")).isEqualTo("1970-07-01");
        assertThat(r.get("kode_keluarga")).isEqualTo("5301010101230007");
        assertThat(r.get("sumber_program")).isEqualTo("PCare");
        assertThat(r.get("nilai_pispk")).isEqualTo("Ya");
        assertThat(r.get("nilai_program")).isEqualTo("Bukan peserta\nProlanis");
        assertThat(r.get("status")).isEqualTo("Masih terbuka");
        assertThat(r.get("pertama_terlihat")).isEqualTo("2026-03-02");
    }

    @Test
    void everyDirectionHasItsCode() throws IOException {
        Path target = dir.resolve(TemuanCsvWriter.FILE_NAME);
        List<TemuanRow> rows = Stream.of(RuleCode.JKN_02, RuleCode.JKN_01, RuleCode.KUA_03, RuleCode.DEMO_01,
                RuleCode.NIK_03).map(r -> row(r, nik(r.ordinal()), "N", "D")).toList();
        writer.write(rows.iterator(), target);
        assertThat(CsvReadBack.records(target, TemuanCsvColumn.headers()).stream().map(r -> r.get("arah")))
                .containsExactly("PISPK-/PROGRAM+", "PISPK+/PROGRAM-", "SASARAN", "IDENTITAS", "KUALITAS");
    }

    @Test
    void emptyValuesStayEmptyAndLinesEndInCrlf() throws IOException {
        Temuan t = new Temuan("NIK-01-XXXXXXXXXX", RuleCode.NIK_01, null, "s", null, null, null, null, null,
                null, null, null, null, Sumber.EPPGBM, null, null, null);
        Path target = dir.resolve(TemuanCsvWriter.FILE_NAME);
        writer.write(List.of(new TemuanRow(t, null, null, null, null)).iterator(), target);
        assertThat(CsvReadBack.textAfterBom(target)).isEqualTo(HEADER + "," + ANALIS + "\r\n"
                + "NIK-01-XXXXXXXXXX,NIK-01,KUALITAS,,,,,,e-PPGBM,,,Baru,,,,,,,,,,"
                + RuleCode.NIK_01.judul() + "," + Arah.KUALITAS.label() + ",Kualitas NIK,"
                + RuleCode.NIK_01.tindakLanjut() + ",Belum,,,,,,,,,,,\r\n");
    }

    @Test
    void formulaLikeTextGetsALeadingQuote() throws IOException {
        Path target = dir.resolve(TemuanCsvWriter.FILE_NAME);
        writer.write(List.of(row(RuleCode.JKN_01, nik(1), "=HYPERLINK(\"http://x\")", "D"),
                row(RuleCode.JKN_01, nik(2), "@Budi", "D"), row(RuleCode.JKN_01, nik(3), "Budi", "D")).iterator(),
                target);
        List<CSVRecord> records = CsvReadBack.records(target, TemuanCsvColumn.headers());
        assertThat(records.stream().map(r -> r.get("nama")))
                .containsExactly("'=HYPERLINK(\"http://x\")", "'@Budi", "Budi");
        assertThat(records.get(0).get("nik")).isEqualTo(nik(1));
    }

    @Test
    void aFailureMidWriteLeavesTheOldFile() throws IOException {
        Path target = dir.resolve(TemuanCsvWriter.FILE_NAME);
        Files.writeString(target, "lama");
        List<TemuanRow> rows = List.of(row(RuleCode.JKN_01, nik(1), "A", "D"), row(RuleCode.JKN_01, nik(2), "B", "D"));
        assertThatThrownBy(() -> writer.write(PuskesmasWorkbookWriterTest.failingAfter(rows, 1), target))
                .isInstanceOf(UncheckedIOException.class);
        assertThat(Files.readString(target)).isEqualTo("lama");
        try (Stream<Path> files = Files.list(dir)) {
            assertThat(files).containsExactly(target);
        }
    }

    @Test
    void unroutedFindingsHaveTheSameColumnsPlusAlasan() throws IOException {
        Temuan t = TemuanFixtures.temuan(RuleCode.BALITA_01, null, nik(8), "-Anak", "Desa X");
        Path target = dir.resolve(TidakTerarahWriter.FILE_NAME);
        long n = new TidakTerarahWriter().write(List.of(new TemuanTidakTerarah(
                new TemuanRow(t, TemuanRow.BARU, TANGGAL, "", ""),
                "Nama puskesmas e-PPGBM tidak ada di master wilayah")).iterator(), target);
        assertThat(n).isEqualTo(1);
        List<CSVRecord> records = CsvReadBack.records(target, (HEADER + "," + ANALIS + ",alasan").split(","));
        assertThat(records.get(0).get("kode_puskesmas")).isEmpty();
        assertThat(records.get(0).get("nik")).isEqualTo(nik(8));
        assertThat(records.get(0).get("nama")).isEqualTo("'-Anak");
        assertThat(records.get(0).get("alasan")).isEqualTo("Nama puskesmas e-PPGBM tidak ada di master wilayah");
        assertThat(records.get(0).get("pertama_terlihat")).isEqualTo("2026-08-05");
    }
}
