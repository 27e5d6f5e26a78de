package id.rekon.pispk.source;

import id.rekon.pispk.model.SourceKind;
import id.rekon.pispk.source.eppgbm.EppgbmColumn;
import id.rekon.pispk.source.kua.KuaColumn;
import id.rekon.pispk.source.pcare.PcareColumn;
import id.rekon.pispk.source.pispk.AnggotaColumn;
import id.rekon.pispk.source.pispk.KeluargaColumn;
import id.rekon.pispk.source.region.RegionMasterColumn;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.ArrayList;
import java.util.List;

import static id.rekon.pispk.source.TestRows.row;
import static id.rekon.pispk.source.TestRows.split;
import static org.assertj.core.api.Assertions.assertThat;

class HeaderRecogniserTest {

    static final String RAW_SURVEI = "NO, SURVEI ID, TANGGAL SURVEI, PROVINSI, KABUPATEN, KECAMATAN, KELURAHAN, "
            + "KODE PKM, RT, RW, ALAMAT, NAMA KEPALA KELUARGA, NAMA, NIK, TANGGAL LAHIR, JENIS KELAMIN, "
            + "HUBUNGAN, STATUS KAWIN, KEPESERTAAN JKN, MENGGUNAKAN KB, PERSALINAN DI FASKES, ASI EKSLUSIF, "
            + "IMUNISASI LENGKAP, PEMANTAUAN PERTUMBUHAN BALITA, MINUM OBAT TB TERATUR, "
            + "MINUM OBAT HIPERTENSI TERATUR, ART MINUM OBAT GANGGUAN JIWA BERAT TERATUR, MEROKOK, "
            + "TERSEDIA SARANA AIR BERSIH, TERSEDIA JAMBAN KELUARGA, IKS INTI";
    static final String EPPGBM = "No, NIK, Nama, JK, Tgl Lahir, BB Lahir, TB Lahir, Nama Ortu, Prov, Kab/Kota, "
            + "Kec, Pukesmas, Desa/Kel, Posyandu, RT, RW, Alamat, Usia Saat Ukur, Tanggal Pengukuran, Berat, "
            + "Tinggi, Cara Ukur, LiLA, BB/U, ZS BB/U, TB/U, ZS TB/U, BB/TB, ZS BB/TB, Naik Berat Badan, "
            + "Jml Vit A, KPSP, KIA, Kelas Ibu Balita, MBG, Detail";
    static final String KELUARGA = "Kode Keluarga, No KK, Nama Kepala Keluarga, Alamat, RT, RW, Kode Desa, Desa, "
            + "Kecamatan, Kode Puskesmas, Nama Puskesmas, Tanggal Kunjungan, Air Bersih, Jamban Sehat, IKS";
    static final String ANGGOTA = "Kode Keluarga, No Urut, NIK, Nama, Hubungan dengan KK, Tanggal Lahir, "
            + "Jenis Kelamin, Status Perkawinan, Sedang Hamil, KB, Bersalin di Faskes, ASI Eksklusif, "
            + "Imunisasi Dasar Lengkap, Pemantauan Pertumbuhan, TB Berobat Sesuai Standar, "
            + "Hipertensi Berobat Teratur, ODGJ Diobati, Merokok, Kartu JKN";
    static final String PCARE = "No, No Kartu, NIK, Nama Peserta, Jenis Kelamin, Tanggal Lahir, Jenis Peserta, "
            + "Status Peserta, Kode PPK, Nama PPK, Prolanis";
    static final String PCARE_JSON = "noKartu, nama, hubunganKeluarga, sex, tglLahir, tglMulaiAktif, "
            + "tglAkhirBerlaku, kdProviderPst.kdProvider, kdProviderPst.nmProvider, jnsKelas.nama, "
            + "jnsPeserta.nama, golDarah, noHP, noKTP, pstProl, pstPrb, aktif, ketAktif";
    static final String KUA = "No, No Pendaftaran, KUA Kecamatan, Tanggal Daftar, Tanggal Akad, Status, NIK Suami, "
            + "Nama Suami, Tgl Lahir Suami, NIK Istri, Nama Istri, Tgl Lahir Istri, Alamat Istri, Desa Istri";
    static final String REGION = "Kode Puskesmas, Nama Puskesmas, Alias Nama, Kode PPK BPJS, Kode Kecamatan, "
            + "Kecamatan, Kode Desa, Desa";

    private final HeaderRecogniser recogniser = new HeaderRecogniser();

    private Recognition recogniseHeader(String header) {
        return recogniser.recognise(List.of(row(1, split(header))));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({
            "RAW_SURVEI, PISPK_RAW_SURVEI",
            "KELUARGA,   PISPK_KELUARGA",
            "ANGGOTA,    PISPK_ANGGOTA",
            "EPPGBM,     EPPGBM",
            "PCARE,      PCARE",
            "PCARE_JSON, PCARE",
            "KUA,        KUA",
            "REGION,     REGION_MASTER"
    })
    void eachRealHeaderIsRecognisedAsItsKind(String header, SourceKind expected) throws Exception {
        String text = (String) HeaderRecogniserTest.class.getDeclaredField(header).get(null);

        Recognition recognition = recogniseHeader(text);

        assertThat(recognition.kind()).isEqualTo(expected);
        assertThat(recognition.complete()).isTrue();
    }

    @Test
    void rawSurveiHeaderOnRowFourMapsBothColumnSets() {
        List<RawRow> rows = List.of(
                row(1, "RAW DATA SURVEI KELUARGA SEHAT"),
                row(2, "PUSKESMAS KOTA SOE", "", "Data Tanggal : 2026-11-01"),
                row(3, ""),
                row(4, split(RAW_SURVEI)),
                row(5, "1", "S-0001", "2026-10-02"));

        Recognition recognition = recogniser.recognise(rows);

        assertThat(recognition.kind()).isEqualTo(SourceKind.PISPK_RAW_SURVEI);
        assertThat(recognition.headerRow().rowNumber()).isEqualTo(4);
        assertThat(recognition.columns())
                .containsEntry(KeluargaColumn.KODE_KELUARGA, 1)
                .containsEntry(AnggotaColumn.KODE_KELUARGA, 1)
                .containsEntry(KeluargaColumn.TANGGAL_KUNJUNGAN, 2)
                .containsEntry(KeluargaColumn.DESA, 6)
                .containsEntry(KeluargaColumn.KODE_PUSKESMAS, 7)
                .containsEntry(KeluargaColumn.NAMA_KEPALA_KELUARGA, 11)
                .containsEntry(AnggotaColumn.NAMA, 12)
                .containsEntry(AnggotaColumn.NIK, 13)
                .containsEntry(AnggotaColumn.TANGGAL_LAHIR, 14)
                .containsEntry(AnggotaColumn.KARTU_JKN, 18)
                .containsEntry(AnggotaColumn.ASI_EKSKLUSIF, 21)
                .containsEntry(KeluargaColumn.AIR_BERSIH, 28)
                .containsEntry(KeluargaColumn.IKS, 30);
    }

    @Test
    void headerKeysIgnoreCaseSpacesAndPunctuation() {
        Recognition recognition = recogniseHeader("NO_PENDAFTARAN, nik-suami, Tgl. Lahir Istri, kua  kecamatan");

        assertThat(recognition.kind()).isEqualTo(SourceKind.KUA);
        assertThat(recognition.columns()).containsEntry(KuaColumn.NO_PENDAFTARAN, 0)
                .containsEntry(KuaColumn.NIK_SUAMI, 1).containsEntry(KuaColumn.TGL_LAHIR_ISTRI, 2)
                .containsEntry(KuaColumn.KUA, 3);
    }

    @Test
    void twoCellsForOneColumnTheLeftmostWins() {
        Recognition recognition = recogniseHeader(REGION.replace("Desa", "Kelurahan") + ", Desa");

        assertThat(recognition.kind()).isEqualTo(SourceKind.REGION_MASTER);
        assertThat(recognition.columns()).containsEntry(RegionMasterColumn.DESA, 7);
    }

    @Test
    void sharedAliasesAreDecidedByTheRequiredColumns() {
        // NIK, Nama, JK, Tgl Lahir fit members, e-PPGBM and PCare; one required column decides.
        assertThat(recogniseHeader("NIK, Nama, JK, Tgl Lahir, Tanggal Pengukuran").kind()).isEqualTo(SourceKind.EPPGBM);
        assertThat(recogniseHeader("NIK, Nama, JK, Tgl Lahir, No Kartu").kind()).isEqualTo(SourceKind.PCARE);
        assertThat(recogniseHeader("NIK, Nama, JK, Tgl Lahir, ID Keluarga").kind()).isEqualTo(SourceKind.PISPK_ANGGOTA);
    }

    @Test
    void ambiguousHeaderWithoutAnyRequiredColumnIsNotGuessed() {
        Recognition recognition = recogniseHeader("NIK, Nama, JK, Tgl Lahir");

        assertThat(recognition.kind()).isNull();
        assertThat(recognition.headerRow().rowNumber()).isEqualTo(1);
    }

    @Test
    void eppgbmWithoutMeasurementDateIsEppgbmMissingThatColumn() {
        Recognition recognition = recogniseHeader(EPPGBM.replace("Tanggal Pengukuran", "Tgl Input"));

        assertThat(recognition.kind()).isEqualTo(SourceKind.EPPGBM);
        assertThat(recognition.missingRequired()).containsExactly(EppgbmColumn.TANGGAL_PENGUKURAN);
    }

    @Test
    void pcareWithoutCardNumberIsPcareMissingThatColumn() {
        Recognition recognition = recogniseHeader(PCARE.replace("No Kartu", "Nomor"));

        assertThat(recognition.kind()).isEqualTo(SourceKind.PCARE);
        assertThat(recognition.missingRequired()).containsExactly(PcareColumn.NO_KARTU);
    }

    @Test
    void rawSurveiWithoutVisitDateIsNotQuietlyReadAsMemberFile() {
        Recognition recognition = recogniseHeader(RAW_SURVEI.replace("TANGGAL SURVEI", "WAKTU"));

        assertThat(recognition.kind()).isEqualTo(SourceKind.PISPK_RAW_SURVEI);
        assertThat(recognition.missingRequired()).containsExactly(KeluargaColumn.TANGGAL_KUNJUNGAN);
    }

    @Test
    void unrelatedHeaderIsUnrecognisedWithItsRowAsCandidate() {
        List<RawRow> rows = List.of(row(1, "LAPORAN BULANAN"), row(2, "Kode Obat", "Nama Obat", "Stok", "Satuan"),
                row(3, "OB-1", "Parasetamol", "100", "tablet"));

        Recognition recognition = recogniser.recognise(rows);

        assertThat(recognition.kind()).isNull();
        assertThat(recognition.headerRow().rowNumber()).isEqualTo(2);
    }

    @Test
    void headerBelowTheFirstFifteenNonBlankRowsIsNotLookedFor() {
        List<RawRow> rows = new ArrayList<>();
        for (int i = 1; i <= HeaderRecogniser.SCAN_ROWS; i++) {
            rows.add(row(i, "Catatan " + i));
        }
        rows.add(row(16, split(KUA)));

        assertThat(recogniser.recognise(rows).kind()).isNull();
        assertThat(recogniser.recognise(rows.subList(1, rows.size())).kind()).isEqualTo(SourceKind.KUA);
    }

    @Test
    void noRowsAtAllIsUnrecognisedWithoutCandidate() {
        Recognition recognition = recogniser.recognise(List.of());

        assertThat(recognition.kind()).isNull();
        assertThat(recognition.headerRow()).isNull();
    }
}
