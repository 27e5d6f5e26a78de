package id.rekon.pispk.source.kua;

import id.rekon.pispk.model.Asal;
import id.rekon.pispk.model.NikStatus;
import id.rekon.pispk.model.PernikahanKua;
import id.rekon.pispk.model.StatusNikah;
import id.rekon.pispk.normalise.MapResult;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.time.LocalDate;

import static id.rekon.pispk.source.Fixtures.CLASSIFIER;
import static id.rekon.pispk.source.Fixtures.MASTER;
import static id.rekon.pispk.source.Fixtures.OEKABITI;
import static id.rekon.pispk.source.Fixtures.SOE;
import static id.rekon.pispk.source.Fixtures.TANGGAL;
import static id.rekon.pispk.source.Fixtures.nik;
import static id.rekon.pispk.source.TestRows.row;
import static id.rekon.pispk.source.TestRows.with;
import static id.rekon.pispk.source.kua.KuaColumn.*;
import static org.assertj.core.api.Assertions.assertThat;

class PernikahanKuaRowMapperTest {

    private static final String SUAMI = nik(14, 2, 98);
    private static final String ISTRI = nik(69, 6, 0);

    private static final Object[] GOOD = {
            NO_PENDAFTARAN, "DN000131730712026",
            KUA, "KUA Kota Soe",
            TANGGAL_DAFTAR, "2 Oktober 2026",
            TANGGAL_AKAD, "14/12/2026",
            STATUS, "Terdaftar",
            NIK_SUAMI, SUAMI,
            NAMA_SUAMI, "Yohanes Nope",
            TGL_LAHIR_SUAMI, "14-02-1998",
            NIK_ISTRI, ISTRI,
            NAMA_ISTRI, "Maria Goreti",
            TGL_LAHIR_ISTRI, "29/06/2000",
            ALAMAT_ISTRI, "RT 003 RW 002",
            DESA_ISTRI, "Kota Baru"};

    private final PernikahanKuaRowMapper mapper = new PernikahanKuaRowMapper(CLASSIFIER, TANGGAL, MASTER);

    @Test
    void mapsAGoodRow() {
        MapResult<PernikahanKua> result = mapper.map(row("simkah.xlsx", 9, GOOD));

        assertThat(result.isOk()).isTrue();
        PernikahanKua k = result.value();
        assertThat(k.asal()).isEqualTo(new Asal("simkah.xlsx", 9));
        assertThat(k.noPendaftaran()).isEqualTo("DN000131730712026");
        assertThat(k.kua()).isEqualTo("KUA Kota Soe");
        assertThat(k.tanggalDaftar()).isEqualTo(LocalDate.of(2026, 10, 2));
        assertThat(k.tanggalAkad()).isEqualTo(LocalDate.of(2026, 12, 14));
        assertThat(k.status()).isEqualTo(StatusNikah.TERDAFTAR);
        assertThat(k.suami().nik().status()).isEqualTo(NikStatus.VALID);
        assertThat(k.suami().nama().normal()).isEqualTo("YOHANES NOPE");
        assertThat(k.suami().tanggalLahir()).isEqualTo(LocalDate.of(1998, 2, 14));
        assertThat(k.istri().nik().status()).isEqualTo(NikStatus.VALID);
        assertThat(k.istri().nik().key()).isEqualTo(ISTRI);
        assertThat(k.istri().nama().normal()).isEqualTo("MARIA GORETI");
        assertThat(k.alamatIstri()).isEqualTo("RT 003 RW 002");
        assertThat(k.desaIstri()).isEqualTo("Kota Baru");
        assertThat(k.kodePuskesmas()).isEqualTo(SOE);
    }

    @Test
    void routesByKuaKecamatanAndDesaTogether() {
        // "Kota Baru" is a desa in two kecamatan: the KUA decides.
        assertThat(mapper.map(row("k.csv", 2, with(GOOD, KUA, "Amanuban Barat"))).value().kodePuskesmas())
                .isEqualTo(OEKABITI);
    }

    @Test
    void unroutableCoupleIsKept() {
        MapResult<PernikahanKua> result = mapper.map(row("k.csv", 2, with(GOOD, KUA, "KUA Mollo Utara")));
        assertThat(result.isOk()).isTrue();
        assertThat(result.value().kodePuskesmas()).isNull();
    }

    @Test
    void eachSpouseNikIsJudgedByTheRolesSex() {
        // The bride's NIK given as the groom's: a female NIK for a husband.
        PernikahanKua k = mapper.map(row("k.csv", 2, with(with(GOOD, NIK_SUAMI, ISTRI), TGL_LAHIR_SUAMI, "29/06/2000")))
                .value();
        assertThat(k.suami().nik().status()).isEqualTo(NikStatus.INCONSISTENT);
        assertThat(k.suami().nik().reason()).contains("jenis kelamin");
    }

    @ParameterizedTest
    @CsvSource({"Nikah,NIKAH", "Terdaftar,TERDAFTAR", "Batal,"})
    void readsStatus(String text, StatusNikah expected) {
        assertThat(mapper.map(row("k.csv", 2, with(GOOD, STATUS, text))).value().status()).isEqualTo(expected);
    }

    @Test
    void rejectsABlankRegistrationNumber() {
        MapResult<PernikahanKua> result = mapper.map(row("k.csv", 2, with(GOOD, NO_PENDAFTARAN, "")));
        assertThat(result.isOk()).isFalse();
        assertThat(result.reason()).isEqualTo("No Pendaftaran kosong");
    }
}
