package id.rekon.pispk.source.eppgbm;

import id.rekon.pispk.model.Asal;
import id.rekon.pispk.model.NikStatus;
import id.rekon.pispk.model.Pengukuran;
import id.rekon.pispk.model.Sex;
import id.rekon.pispk.normalise.MapResult;
import id.rekon.pispk.model.CellValue;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.time.LocalDate;
import java.util.List;

import static id.rekon.pispk.source.Fixtures.CLASSIFIER;
import static id.rekon.pispk.source.Fixtures.MASTER;
import static id.rekon.pispk.source.Fixtures.NULLE;
import static id.rekon.pispk.source.Fixtures.OEKABITI;
import static id.rekon.pispk.source.Fixtures.SOE;
import static id.rekon.pispk.source.Fixtures.TANGGAL;
import static id.rekon.pispk.source.Fixtures.nik;
import static id.rekon.pispk.source.TestRows.row;
import static id.rekon.pispk.source.TestRows.with;
import static id.rekon.pispk.source.TestRows.without;
import static id.rekon.pispk.source.eppgbm.EppgbmColumn.*;
import static org.assertj.core.api.Assertions.assertThat;

class PengukuranRowMapperTest {

    /** A boy born 3 January 2024. */
    private static final String ANAK = nik(3, 1, 24);
    /** His mother, born 21 April 1995. */
    private static final String IBU = nik(61, 4, 95);

    private static final Object[] GOOD = {
            NIK, "'" + ANAK,
            NAMA, "An. Yosef Nope",
            JK, "L",
            TGL_LAHIR, "03/01/2024",
            BB_LAHIR, "3200",
            TB_LAHIR, "49",
            NAMA_ORTU, "MARIA / YOHANES",
            NIK_ORTU, IBU,
            PROV, "Nusa Tenggara Timur",
            KAB_KOTA, "Timor Tengah Selatan",
            KEC, "Kota Soe",
            PUSKESMAS, "Puskesmas Kota Soe",
            DESA, "Kota Baru",
            POSYANDU, "Mawar",
            RT, "003",
            RW, "002",
            ALAMAT, "Jl. Ahmad Yani",
            TANGGAL_PENGUKURAN, "2026-10-05",
            BERAT, "12,5",
            TINGGI, "88.4",
            BB_U, "Normal",
            ZS_BB_U, "-0,52",
            TB_U, "Pendek",
            ZS_TB_U, "-2,31",
            BB_TB, "Gizi Baik",
            ZS_BB_TB, "",
            ASI_EKSKLUSIF, "Ya"};

    private final PengukuranRowMapper mapper = new PengukuranRowMapper(CLASSIFIER, TANGGAL, MASTER);

    @Test
    void mapsAGoodRow() {
        MapResult<Pengukuran> result = mapper.map(row("eppgbm.xlsx", 5, GOOD));

        assertThat(result.isOk()).isTrue();
        Pengukuran p = result.value();
        assertThat(p.asal()).isEqualTo(new Asal("eppgbm.xlsx", 5));
        assertThat(p.nik().status()).isEqualTo(NikStatus.VALID);
        assertThat(p.nik().key()).isEqualTo(ANAK);
        assertThat(p.nama().normal()).isEqualTo("YOSEF NOPE");
        assertThat(p.jenisKelamin()).isEqualTo(Sex.L);
        assertThat(p.tanggalLahir()).isEqualTo(LocalDate.of(2024, 1, 3));
        assertThat(p.beratLahirKg()).isEqualByComparingTo("3.2");
        assertThat(p.namaOrtu()).isEqualTo("MARIA / YOHANES");
        assertThat(p.namaOrtuNormal()).containsExactly("MARIA", "YOHANES");
        assertThat(p.nikOrtu().key()).isEqualTo(IBU);
        assertThat(p.provinsi()).isEqualTo("Nusa Tenggara Timur");
        assertThat(p.kabupaten()).isEqualTo("Timor Tengah Selatan");
        assertThat(p.kecamatan()).isEqualTo("Kota Soe");
        assertThat(p.namaPuskesmas()).isEqualTo("Puskesmas Kota Soe");
        assertThat(p.kodePuskesmas()).isEqualTo(SOE);
        assertThat(p.desa()).isEqualTo("Kota Baru");
        assertThat(p.posyandu()).isEqualTo("Mawar");
        assertThat(p.rt()).isEqualTo("003");
        assertThat(p.rw()).isEqualTo("002");
        assertThat(p.alamat()).isEqualTo("Jl. Ahmad Yani");
        assertThat(p.tanggalUkur()).isEqualTo(LocalDate.of(2026, 10, 5));
        assertThat(p.beratKg()).isEqualByComparingTo("12.5");
        assertThat(p.tinggiCm()).isEqualByComparingTo("88.4");
        assertThat(p.zsBbU()).isEqualByComparingTo("-0.52");
        assertThat(p.zsTbU()).isEqualByComparingTo("-2.31");
        assertThat(p.zsBbTb()).isNull();
        assertThat(p.statusBbU()).isEqualTo("Normal");
        assertThat(p.statusTbU()).isEqualTo("Pendek");
        assertThat(p.statusBbTb()).isEqualTo("Gizi Baik");
        assertThat(p.asiEksklusif()).isTrue();
    }

    @ParameterizedTest(name = "Berat [{0}] BB Lahir [{1}] -> {2} kg, {3} kg")
    @CsvSource(delimiter = '|', value = {
            "12,5   | 3,2   | 12.5 | 3.2",
            "12500  | 3200  | 12.5 | 3.2",
            "9800   | 2.750 | 9.8  | 2.75",
            "100    | 9,9   | 100  | 9.9",
    })
    void convertsGramsToKilograms(String berat, String bbLahir, String kg, String lahirKg) {
        Pengukuran p = mapper.map(row("e.csv", 2, with(with(GOOD, BERAT, berat), BB_LAHIR, bbLahir))).value();
        assertThat(p.beratKg()).isEqualByComparingTo(kg);
        assertThat(p.beratLahirKg()).isEqualByComparingTo(lahirKg);
    }

    @Test
    void aChildCarryingTheMothersNikIsADummy() {
        Pengukuran p = mapper.map(row("e.csv", 2, with(GOOD, NIK, IBU))).value();
        assertThat(p.nik().status()).isEqualTo(NikStatus.DUMMY);
        assertThat(p.nik().key()).isNull();
        assertThat(p.nikOrtu().status()).isEqualTo(NikStatus.VALID);
    }

    @Test
    void regionZerosDummyIsKept() {
        MapResult<Pengukuran> result = mapper.map(row("e.csv", 2, with(GOOD, NIK, "5302010000000000")));
        assertThat(result.isOk()).isTrue();
        assertThat(result.value().nik().status()).isEqualTo(NikStatus.DUMMY);
    }

    @Test
    void nikIsJudgedAgainstTheChildsDateOfBirth() {
        Pengukuran p = mapper.map(row("e.csv", 2, with(GOOD, TGL_LAHIR, "04/01/2024"))).value();
        assertThat(p.nik().status()).isEqualTo(NikStatus.INCONSISTENT);
    }

    @Test
    void routesByNameThenByKecamatanAndDesa() {
        assertThat(mapper.map(row("e.csv", 2, with(GOOD, PUSKESMAS, "PKM Soe"))).value().kodePuskesmas())
                .isEqualTo(SOE);
        Object[] noName = with(with(with(GOOD, PUSKESMAS, "Puskesmas Entah"), KEC, "Kota Soe"), DESA, "Oebesa");
        assertThat(mapper.map(row("e.csv", 2, noName)).value().kodePuskesmas()).isEqualTo(NULLE);
        Object[] otherKec = with(with(without(GOOD, PUSKESMAS), KEC, "Amanuban Barat"), DESA, "Kota Baru");
        assertThat(mapper.map(row("e.csv", 2, otherKec)).value().kodePuskesmas()).isEqualTo(OEKABITI);
    }

    @Test
    void unroutableRecordIsKeptWithoutPuskesmas() {
        Object[] pairs = with(with(with(GOOD, PUSKESMAS, "Puskesmas Entah"), KEC, "Mollo Utara"), DESA, "Kapan");
        MapResult<Pengukuran> result = mapper.map(row("e.csv", 2, pairs));
        assertThat(result.isOk()).isTrue();
        assertThat(result.value().kodePuskesmas()).isNull();
        assertThat(result.value().namaPuskesmas()).isEqualTo("Puskesmas Entah");
    }

    @Test
    void nikOrNamaAloneIsEnough() {
        assertThat(mapper.map(row("e.csv", 2, with(GOOD, NAMA, ""))).isOk()).isTrue();
        assertThat(mapper.map(row("e.csv", 2, with(GOOD, NIK, ""))).isOk()).isTrue();
    }

    @Test
    void unreadableOptionalValuesBecomeNull() {
        Object[] pairs = with(with(with(GOOD, TGL_LAHIR, "31/02/2024"), BERAT, "-"), TINGGI, "abc");
        Pengukuran p = mapper.map(row("e.csv", 2, pairs)).value();
        assertThat(p.tanggalLahir()).isNull();
        assertThat(p.beratKg()).isNull();
        assertThat(p.tinggiCm()).isNull();
        // no date of birth to compare: the NIK stays valid
        assertThat(p.nik().status()).isEqualTo(NikStatus.VALID);
    }

    @Test
    void parentsSplit() {
        assertThat(mapper.map(row("e.csv", 2, with(GOOD, NAMA_ORTU, "Ny. Maria dan Yohanes"))).value()
                .namaOrtuNormal()).isEqualTo(List.of("MARIA", "YOHANES"));
        assertThat(mapper.map(row("e.csv", 2, without(GOOD, NAMA_ORTU))).value().namaOrtuNormal()).isEmpty();
    }

    @ParameterizedTest(name = "[{0}] -> {1}")
    @CsvSource(delimiter = '|', value = {
            "31/02/2026 | Tanggal Pengukuran tidak dapat dibaca: \"31/02/2026\" (tanggal tidak ada di kalender)",
            "''         | Tanggal Pengukuran kosong",
    })
    void rejectsAnUnreadableMeasurementDate(String value, String reason) {
        MapResult<Pengukuran> result = mapper.map(row("e.csv", 2, with(GOOD, TANGGAL_PENGUKURAN, value)));
        assertThat(result.isOk()).isFalse();
        assertThat(result.reason()).isEqualTo(reason);
    }

    @Test
    void rejectsARowWithNeitherNikNorNama() {
        MapResult<Pengukuran> result = mapper.map(row("e.csv", 2, with(with(GOOD, NIK, " "), NAMA, CellValue.EMPTY)));
        assertThat(result.isOk()).isFalse();
        assertThat(result.reason()).isEqualTo("NIK dan Nama kosong");
    }
}
