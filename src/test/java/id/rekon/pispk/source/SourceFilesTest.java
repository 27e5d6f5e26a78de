package id.rekon.pispk.source;

import id.rekon.pispk.model.CellValue;

import id.rekon.pispk.model.SourceKind;
import id.rekon.pispk.source.csv.CsvEncoding;
import id.rekon.pispk.source.eppgbm.EppgbmColumn;
import id.rekon.pispk.source.kua.KuaColumn;
import id.rekon.pispk.source.pcare.PcareColumn;
import id.rekon.pispk.source.pispk.AnggotaColumn;
import id.rekon.pispk.source.pispk.KeluargaColumn;
import id.rekon.pispk.source.region.RegionMasterColumn;
import id.rekon.pispk.source.xlsx.HandWrittenXlsx;
import org.apache.poi.poifs.crypt.EncryptionInfo;
import org.apache.poi.poifs.crypt.EncryptionMode;
import org.apache.poi.poifs.crypt.Encryptor;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static id.rekon.pispk.source.TestRows.split;
import static id.rekon.pispk.source.xlsx.HandWrittenXlsx.put;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class SourceFilesTest {

    private static final Object[] EPPGBM_HEADER = {"No", "NIK", "Nama", "JK", "Tgl Lahir", "Nama Ortu", "Pukesmas",
            "Desa/Kel", "Posyandu", "Tanggal Pengukuran", "Berat", "Tinggi"};

    @TempDir
    Path dir;

    private static List<MappedRow> readAll(OpenedSource source) {
        List<MappedRow> rows = new ArrayList<>();
        MappedRow row;
        while ((row = source.next()) != null) {
            rows.add(row);
        }
        return rows;
    }

    private Path eppgbmWorkbook(String name) throws IOException {
        TestWorkbooks book = TestWorkbooks.xlsx();
        Map<Integer, Object[]> rows = new LinkedHashMap<>();
        rows.put(1, new Object[]{"DATA BALITA PUSKESMAS KOTA SOE"});
        rows.put(2, new Object[]{"Data Tanggal : 2026-11-01"});
        rows.put(3, new Object[]{""});
        rows.put(4, EPPGBM_HEADER);
        rows.put(5, new Object[]{1d, 5301234567890000d, "AN. BUDI", "L", LocalDate.of(2024, 3, 1), "MARIA / YOHANES",
                "Kota Soe", "Kampung Baru", "Mawar", LocalDate.of(2026, 10, 5), 12.5, 88d});
        rows.put(6, new Object[]{2d, null, "SITI", "P", "44562", "ANI", "Kota Soe", "Kampung Baru", "Mawar",
                "12 Agt 2021", "9,8", "75,2"});
        rows.put(7, new Object[]{3d, "5301234567890123", "BY NY ANI", "P", "01/10/2026", "ANI", "Kota Soe",
                "Kampung Baru", "Mawar", "05/10/2026", 3.1, 50d});
        rows.put(8, new Object[]{"JUMLAH", null, null, null, null, null, null, null, null, null, 25.4, 213d});
        rows.put(9, new Object[]{"", ""});
        rows.put(10, new Object[]{null, ""});
        Sheet sheet = book.sheet("Sheet1", rows);
        sheet.addMergedRegion(new CellRangeAddress(0, 0, 0, 11));
        // Row 6's NIK typed with a leading apostrophe: Excel keeps it text with the quote-prefix style.
        CellStyle quoted = book.workbook().createCellStyle();
        quoted.setQuotePrefixed(true);
        sheet.getRow(5).createCell(1).setCellValue("5301234567890124");
        sheet.getRow(5).getCell(1).setCellStyle(quoted);
        return book.write(dir.resolve(name));
    }

    @Test
    void eppgbmWorkbookWithTitleRowsTotalsAndTrailingEmptyRows() throws IOException {
        try (OpenedSource source = SourceFiles.open(eppgbmWorkbook("balita.xlsx"))) {
            assertThat(source.error()).isEmpty();
            assertThat(source.fileName()).isEqualTo("balita.xlsx");
            assertThat(source.kind()).isEqualTo(SourceKind.EPPGBM);
            assertThat(source.headerRowNumber()).isEqualTo(4);
            assertThat(source.headers()).containsExactly(split("No, NIK, Nama, JK, Tgl Lahir, Nama Ortu, Pukesmas, "
                    + "Desa/Kel, Posyandu, Tanggal Pengukuran, Berat, Tinggi"));

            List<MappedRow> rows = readAll(source);

            assertThat(rows).extracting(MappedRow::rowNumber).containsExactly(5L, 6L, 7L);
            assertThat(source.skippedTotalsRows()).isEqualTo(1);
            MappedRow budi = rows.get(0);
            assertThat(budi.file()).isEqualTo("balita.xlsx");
            assertThat(budi.get(EppgbmColumn.NIK)).isEqualTo(CellValue.number("5301234567890000"));
            assertThat(budi.get(EppgbmColumn.TGL_LAHIR)).isEqualTo(CellValue.date(LocalDate.of(2024, 3, 1), "2024-03-01"));
            assertThat(budi.text(EppgbmColumn.PUSKESMAS)).isEqualTo("Kota Soe");
            assertThat(budi.get(EppgbmColumn.BERAT)).isEqualTo(CellValue.number("12.5"));
            MappedRow siti = rows.get(1);
            assertThat(siti.get(EppgbmColumn.NIK)).isEqualTo(CellValue.text("5301234567890124"));
            assertThat(siti.get(EppgbmColumn.TGL_LAHIR)).isEqualTo(CellValue.text("44562"));
            assertThat(siti.get(EppgbmColumn.TANGGAL_PENGUKURAN)).isEqualTo(CellValue.text("12 Agt 2021"));
            assertThat(siti.get(EppgbmColumn.ZS_BB_U)).isEqualTo(CellValue.EMPTY);
            assertThat(siti.has(EppgbmColumn.ZS_BB_U)).isFalse();
            assertThat(rows.get(2).get(EppgbmColumn.NIK)).isEqualTo(CellValue.text("5301234567890123"));
        }
    }

    @Test
    void renamedRawDataSurveiWorkbookIsRecognisedByItsHeaderOnRowFour() throws IOException {
        TestWorkbooks book = TestWorkbooks.xlsx();
        Object[] header = split(HeaderRecogniserTest.RAW_SURVEI);
        Object[] member1 = new Object[header.length];
        Object[] member2 = new Object[header.length];
        for (Object[] member : List.of(member1, member2)) {
            member[1] = "S-0001";
            member[2] = LocalDate.of(2026, 10, 2);
            member[6] = "KAMPUNG BARU";
            member[7] = "P5301010101";
            member[30] = "0,455";
        }
        member1[12] = "YOHANES";
        member1[13] = "5301011201800001";
        member1[14] = "12/01/1980";
        member1[18] = "Y";
        member2[12] = "MARIA";
        member2[13] = 5301015203850002d;
        member2[14] = LocalDate.of(1985, 3, 12);
        member2[18] = "T";
        book.sheet("Raw Data", new Object[]{"RAW DATA SURVEI KELUARGA SEHAT"}, new Object[]{"Puskesmas Kota Soe"},
                new Object[]{}, header, member1, member2);

        try (OpenedSource source = SourceFiles.open(book.write(dir.resolve("Export Data (3).xlsx")))) {
            assertThat(source.error()).isEmpty();
            assertThat(source.kind()).isEqualTo(SourceKind.PISPK_RAW_SURVEI);
            assertThat(source.headerRowNumber()).isEqualTo(4);

            List<MappedRow> rows = readAll(source);

            assertThat(rows).hasSize(2);
            MappedRow maria = rows.get(1);
            assertThat(maria.rowNumber()).isEqualTo(6);
            assertThat(maria.text(KeluargaColumn.KODE_KELUARGA)).isEqualTo("S-0001");
            assertThat(maria.text(AnggotaColumn.KODE_KELUARGA)).isEqualTo("S-0001");
            assertThat(maria.get(KeluargaColumn.TANGGAL_KUNJUNGAN).date()).isEqualTo(LocalDate.of(2026, 10, 2));
            assertThat(maria.text(KeluargaColumn.DESA)).isEqualTo("KAMPUNG BARU");
            assertThat(maria.text(KeluargaColumn.KODE_PUSKESMAS)).isEqualTo("P5301010101");
            assertThat(maria.text(KeluargaColumn.IKS)).isEqualTo("0,455");
            assertThat(maria.text(AnggotaColumn.NAMA)).isEqualTo("MARIA");
            assertThat(maria.get(AnggotaColumn.NIK)).isEqualTo(CellValue.number("5301015203850002"));
            assertThat(maria.get(AnggotaColumn.TANGGAL_LAHIR).date()).isEqualTo(LocalDate.of(1985, 3, 12));
            assertThat(maria.text(AnggotaColumn.KARTU_JKN)).isEqualTo("T");
        }
    }

    @Test
    void sheetWhoseNameSuggestsTheKindWinsOverTheFirstSheet() throws IOException {
        TestWorkbooks book = TestWorkbooks.xlsx();
        book.sheet("Petunjuk", new Object[]{"Cara mengisi"}, new Object[]{"Isi satu baris per anak"});
        book.sheet("Lampiran", split("Kode Puskesmas, Nama Puskesmas, Kecamatan, Kode Desa, Desa"),
                new Object[]{"P5301010101", "Kota Soe", "Kota Soe", "5301011001", "Kampung Baru"});
        book.sheet("Data Balita", EPPGBM_HEADER, new Object[]{1d, "5301234567890123", "SITI"});

        try (OpenedSource source = SourceFiles.open(book.write(dir.resolve("laporan.xlsx")))) {
            assertThat(source.kind()).isEqualTo(SourceKind.EPPGBM);
            assertThat(readAll(source)).hasSize(1);
        }
    }

    @Test
    void firstRecognisedSheetIsReadWhenNoNameMatchesAndHiddenSheetsAreSkipped() throws IOException {
        TestWorkbooks book = TestWorkbooks.xlsx();
        book.sheet("Sheet1", EPPGBM_HEADER, new Object[]{1d, "5301234567890123", "SITI"});
        book.sheet("Petunjuk", new Object[]{"Cara mengisi"});
        book.sheet("Sheet3", split("No Pendaftaran, NIK Suami, NIK Istri"), new Object[]{"DN000131730712022"});
        book.workbook().setSheetHidden(0, true);

        try (OpenedSource source = SourceFiles.open(book.write(dir.resolve("kua.xlsx")))) {
            assertThat(source.kind()).isEqualTo(SourceKind.KUA);
            assertThat(readAll(source)).singleElement()
                    .satisfies(r -> assertThat(r.text(KuaColumn.NO_PENDAFTARAN)).isEqualTo("DN000131730712022"));
        }
    }

    @Test
    void unrecognisedFileErrorCountsItsHeadersWithoutQuotingThem() throws IOException {
        Path file = dir.resolve("stok obat.csv");
        Files.writeString(file, "LAPORAN STOK\nKode Obat;Nama Obat;Stok;NIK\nOB-1;Parasetamol;100;\n");

        try (OpenedSource source = SourceFiles.open(file)) {
            assertThat(source.kind()).isNull();
            assertThat(source.error()).get().asString()
                    .contains("\"stok obat.csv\"", "tidak dikenali", "(baris 2)", "\"NIK\" dan 3 kolom lain")
                    .doesNotContain("Kode Obat", "Stok");
            assertThat(source.headers()).containsExactly("Kode Obat", "Nama Obat", "Stok", "NIK");
            assertThat(source.next()).isNull();
        }
    }

    @Test
    void anExportWithoutItsHeaderRowIsRefusedWithoutEchoingItsDataRows() throws IOException {
        Path file = dir.resolve("anggota\r\n12:00 INFO palsu.csv");
        Files.writeString(file, "5302.0112.3456.0001;SITI AMINAH;P;12-05-1990;KAMPUNG BARU\n"
                + "5302 0112 3456 0002;YOHANES BOSCO;L;01-02-1988;KAMPUNG BARU\n"
                + "5.30201123456E+15;MARIA GORETTI;P;03-04-1992;OEBOBO\n");

        try (OpenedSource source = SourceFiles.open(file)) {
            assertThat(source.error()).get().asString()
                    .contains("tidak dikenali", "5 kolom lain", "\\x0D\\x0A12:00 INFO palsu.csv")
                    .doesNotContain("SITI", "AMINAH", "YOHANES", "MARIA", "KAMPUNG", "1990", "5302.0112", "5302 0112",
                            "5.30201", "\n");
        }
    }

    @Test
    void missingRequiredColumnErrorNamesFileKindAndColumn() throws IOException {
        TestWorkbooks book = TestWorkbooks.xlsx();
        Object[] header = EPPGBM_HEADER.clone();
        header[9] = "Tgl Input";
        book.sheet("Sheet1", header, new Object[]{1d, "5301234567890123", "SITI"});

        try (OpenedSource source = SourceFiles.open(book.write(dir.resolve("Export Data (3).xlsx")))) {
            assertThat(source.kind()).isEqualTo(SourceKind.EPPGBM);
            assertThat(source.error()).get().asString()
                    .contains("\"Export Data (3).xlsx\"", "e-PPGBM", "kolom wajib",
                            "\"Tanggal Pengukuran\" (atau \"Tgl Ukur\", \"Tanggal Ukur\")");
            assertThat(source.next()).isNull();
        }
    }

    @Test
    void unreadableAndEmptyFilesGiveAnErrorInsteadOfThrowing() throws IOException {
        Path zip = Files.write(dir.resolve("rusak.xlsx"), new byte[]{'P', 'K', 3, 4, 1, 2, 3, 4, 5, 6, 7, 8});
        Path ole = Files.write(dir.resolve("rusak.xls"),
                new byte[]{(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A, (byte) 0xE1, 0, 0});
        Path json = Files.writeString(dir.resolve("rusak.json"), "[{\"noKartu\":");
        Path empty = Files.write(dir.resolve("kosong.csv"), new byte[0]);

        try (OpenedSource a = SourceFiles.open(zip); OpenedSource b = SourceFiles.open(ole);
             OpenedSource c = SourceFiles.open(json); OpenedSource d = SourceFiles.open(empty)) {
            assertThat(a.error()).get().asString().contains("\"rusak.xlsx\"", "tidak dapat dibaca", "XLSX");
            assertThat(b.error()).get().asString().contains("\"rusak.xls\"", "tidak dapat dibaca", "XLS");
            assertThat(c.error()).get().asString().contains("\"rusak.json\"", "tidak dapat dibaca", "JSON");
            assertThat(d.error()).get().asString().contains("\"kosong.csv\"", "kosong");
            assertThat(List.of(a, b, c, d)).allSatisfy(s -> {
                assertThat(s.kind()).isNull();
                assertThat(s.next()).isNull();
            });
        }
    }

    @Test
    void passwordProtectedWorkbookSaysSo() throws Exception {
        Path plain = eppgbmWorkbook("plain.xlsx");
        Path locked = dir.resolve("terkunci.xlsx");
        try (POIFSFileSystem fs = new POIFSFileSystem()) {
            EncryptionInfo info =
                    new EncryptionInfo(EncryptionMode.agile);
            Encryptor encryptor = info.getEncryptor();
            encryptor.confirmPassword("rahasia");
            try (OutputStream out = encryptor.getDataStream(fs)) {
                Files.copy(plain, out);
            }
            try (OutputStream file = Files.newOutputStream(locked)) {
                fs.writeFilesystem(file);
            }
        }

        try (OpenedSource source = SourceFiles.open(locked)) {
            assertThat(source.error()).get().asString().contains("\"terkunci.xlsx\"", "kata sandi");
        }
    }

    @Test
    void missingFileGivesAnErrorInsteadOfThrowing() {
        try (OpenedSource source = SourceFiles.open(dir.resolve("hilang.csv"))) {
            assertThat(source.error()).get().asString().contains("\"hilang.csv\"", "tidak dapat dibuka");
            assertThat(source.next()).isNull();
        }
    }

    @Test
    void legacyXlsMemberFile() throws IOException {
        TestWorkbooks book = TestWorkbooks.xls();
        book.sheet("Anggota", split("Kode Keluarga, No Urut, NIK, Nama, Tanggal Lahir, Jenis Kelamin"),
                new Object[]{"K-1", 1d, 5301011201800001d, "YOHANES", LocalDate.of(1980, 1, 12), "L"},
                new Object[]{"K-1", 2d, "5301015203850002", "MARIA", "12-03-1985", "P"});

        try (OpenedSource source = SourceFiles.open(book.write(dir.resolve("anggota.xls")))) {
            assertThat(source.kind()).isEqualTo(SourceKind.PISPK_ANGGOTA);
            List<MappedRow> rows = readAll(source);
            assertThat(rows).hasSize(2);
            assertThat(rows.get(0).get(AnggotaColumn.NIK)).isEqualTo(CellValue.number("5301011201800001"));
            assertThat(rows.get(0).get(AnggotaColumn.TANGGAL_LAHIR).date()).isEqualTo(LocalDate.of(1980, 1, 12));
            assertThat(rows.get(1).get(AnggotaColumn.TANGGAL_LAHIR)).isEqualTo(CellValue.text("12-03-1985"));
            assertThat(rows.get(1).get(AnggotaColumn.NO_URUT)).isEqualTo(CellValue.number("2"));
        }
    }

    @Test
    void pcareJsonFromTheWebService() throws IOException {
        Path file = Files.writeString(dir.resolve("peserta.txt"), """
                {"metaData":{"message":"OK","code":200},"response":{"count":2,"list":[
                 {"noKartu":"0001234567890","nama":"SITI","sex":"P","tglLahir":"12-08-1990","noKTP":5301234567890123,
                  "jnsPeserta":{"nama":"PBI (APBN)"},"aktif":true,"ketAktif":"AKTIF","kdProviderPst":{"kdProvider":"0123B456"}},
                 {"noKartu":"0001234567891","nama":"BUDI","sex":"L","tglLahir":"01-01-1980","noKTP":"5301010101800001",
                  "jnsPeserta":{"nama":"PPU"},"aktif":false,"ketAktif":"TIDAK AKTIF","kdProviderPst":{"kdProvider":"0123B456"}}
                ]}}""");

        try (OpenedSource source = SourceFiles.open(file)) {
            assertThat(source.error()).isEmpty();
            assertThat(source.kind()).isEqualTo(SourceKind.PCARE);
            assertThat(source.headerRowNumber()).isZero();
            List<MappedRow> rows = readAll(source);
            assertThat(rows).extracting(MappedRow::rowNumber).containsExactly(1L, 2L);
            assertThat(rows.get(0).get(PcareColumn.NIK)).isEqualTo(CellValue.number("5301234567890123"));
            assertThat(rows.get(0).text(PcareColumn.JENIS_PESERTA)).isEqualTo("PBI (APBN)");
            assertThat(rows.get(0).text(PcareColumn.KODE_PPK)).isEqualTo("0123B456");
            assertThat(rows.get(1).text(PcareColumn.AKTIF)).isEqualTo("false");
            assertThat(rows.get(1).text(PcareColumn.STATUS_PESERTA)).isEqualTo("TIDAK AKTIF");
            assertThat(rows.get(1).get(PcareColumn.NIK).numeric()).isFalse();
        }
    }

    @Test
    void regionMasterCsvInWindows1252WithSemicolons() throws IOException {
        Path file = Files.write(dir.resolve("wilayah.csv"), ("Kode Puskesmas;Nama Puskesmas;Alias Nama;Kode PPK BPJS;"
                + "Kode Kecamatan;Kecamatan;Kode Desa;Desa\r\nP5301010101;Kota Soe;\"PKM Soe;Soe\";0123B456;530101;"
                + "Kota Soe;5301011001;Kampung Baru\r\nP5301010101;Kota Soe;;0123B456;530101;Kota Soe;5301011002;Cañada\r\n")
                .getBytes(CsvEncoding.WINDOWS_1252));

        try (OpenedSource source = SourceFiles.open(file)) {
            assertThat(source.kind()).isEqualTo(SourceKind.REGION_MASTER);
            List<MappedRow> rows = readAll(source);
            assertThat(rows.get(0).text(RegionMasterColumn.ALIAS_NAMA)).isEqualTo("PKM Soe;Soe");
            assertThat(rows.get(1).text(RegionMasterColumn.DESA)).isEqualTo("Cañada");
            assertThat(rows.get(1).rowNumber()).isEqualTo(3);
        }
    }

    @Test
    void keluargaCsvWithBomAndARowOfSumsWithoutLabel() throws IOException {
        Path file = Files.write(dir.resolve("keluarga.csv"), ("\uFEFFKode Keluarga,Kode Puskesmas,Tanggal Kunjungan,"
                + "Air Bersih,IKS\nK-1,P5301010101,02/10/2026,Y,0.5\nK-2,P5301010101,03/10/2026,T,0.3\n,,,,0.8\n\n\n")
                .getBytes(StandardCharsets.UTF_8));

        try (OpenedSource source = SourceFiles.open(file)) {
            assertThat(source.kind()).isEqualTo(SourceKind.PISPK_KELUARGA);
            assertThat(source.headers().get(0)).isEqualTo("Kode Keluarga");
            assertThat(readAll(source)).extracting(r -> r.text(KeluargaColumn.KODE_KELUARGA)).containsExactly("K-1", "K-2");
            assertThat(source.skippedTotalsRows()).isEqualTo(1);
        }
    }

    @Test
    void corruptionBelowTheHeaderSurfacesAfterTheGoodRows() throws IOException {
        Path file = HandWrittenXlsx.write(dir.resolve("terpotong.xlsx"), "", w -> {
            put(w, "<row r=\"1\"><c t=\"inlineStr\"><is><t>No Kartu</t></is></c><c t=\"inlineStr\"><is><t>NIK</t></is></c></row>");
            for (int r = 2; r <= 40; r++) {
                put(w, "<row r=\"" + r + "\"><c t=\"inlineStr\"><is><t>000" + r + "</t></is></c></row>");
            }
            put(w, "<row r=\"41\"><c t=\"inlineStr\"><is><t>0004");
        }, false);

        try (OpenedSource source = SourceFiles.open(file)) {
            assertThat(source.kind()).isEqualTo(SourceKind.PCARE);
            for (int r = 2; r <= 40; r++) {
                assertThat(source.next().rowNumber()).isEqualTo(r);
            }
            assertThatThrownBy(source::next).isInstanceOf(SourceReadException.class)
                    .hasMessageContaining("\"terpotong.xlsx\"").hasMessageContaining("setelah baris 40");
            assertThat(source.next()).isNull();
        }
    }
}
