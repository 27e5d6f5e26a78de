package id.rekon.pispk.source.pcare;

import id.rekon.pispk.model.Asal;
import id.rekon.pispk.model.NikStatus;
import id.rekon.pispk.model.PesertaPcare;
import id.rekon.pispk.model.Sex;
import id.rekon.pispk.normalise.MapResult;
import id.rekon.pispk.model.CellValue;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.time.LocalDate;

import static id.rekon.pispk.source.Fixtures.CLASSIFIER;
import static id.rekon.pispk.source.Fixtures.MASTER;
import static id.rekon.pispk.source.Fixtures.NULLE;
import static id.rekon.pispk.source.Fixtures.SOE;
import static id.rekon.pispk.source.Fixtures.TANGGAL;
import static id.rekon.pispk.source.Fixtures.nik;
import static id.rekon.pispk.source.TestRows.row;
import static id.rekon.pispk.source.TestRows.with;
import static id.rekon.pispk.source.TestRows.without;
import static id.rekon.pispk.source.pcare.PcareColumn.*;
import static org.assertj.core.api.Assertions.assertThat;

class PesertaPcareRowMapperTest {

    /** A man born 7 August 1960. */
    private static final String PESERTA = nik(7, 8, 60);

    private static final Object[] GOOD = {
            NO_KARTU, "0001234567890",
            NIK, PESERTA,
            NAMA, "H. Yohanes Nope",
            JK, "L",
            TGL_LAHIR, "07-08-1960",
            JENIS_PESERTA, "PBI APBN",
            STATUS_PESERTA, "AKTIF",
            KODE_PPK, "0123B456",
            NAMA_PPK, "Kota Soe",
            PROLANIS, "HT+DM"};

    private final PesertaPcareRowMapper mapper = new PesertaPcareRowMapper(CLASSIFIER, TANGGAL, MASTER);

    @Test
    void mapsAGoodRow() {
        MapResult<PesertaPcare> result = mapper.map(row("pcare.csv", 3, GOOD));

        assertThat(result.isOk()).isTrue();
        PesertaPcare p = result.value();
        assertThat(p.asal()).isEqualTo(new Asal("pcare.csv", 3));
        assertThat(p.noKartu()).isEqualTo("0001234567890");
        assertThat(p.nik().status()).isEqualTo(NikStatus.VALID);
        assertThat(p.nama().normal()).isEqualTo("YOHANES NOPE");
        assertThat(p.jenisKelamin()).isEqualTo(Sex.L);
        assertThat(p.tanggalLahir()).isEqualTo(LocalDate.of(1960, 8, 7));
        assertThat(p.jenisPeserta()).isEqualTo("PBI APBN");
        assertThat(p.aktif()).isTrue();
        assertThat(p.statusAsli()).isEqualTo("AKTIF");
        assertThat(p.kodePpk()).isEqualTo("0123B456");
        assertThat(p.namaPpk()).isEqualTo("Kota Soe");
        assertThat(p.kodePuskesmas()).isEqualTo(SOE);
        assertThat(p.prolanisHt()).isTrue();
        assertThat(p.prolanisDm()).isTrue();
    }

    @Test
    void mapsAFlattenedJsonPeserta() {
        // The JSON reader gives the web service's fields: aktif as a boolean, ketAktif as text.
        Object[] json = {
                NO_KARTU, "0001234567890",
                NIK, PESERTA,
                NAMA, "YOHANES NOPE",
                JK, "L",
                TGL_LAHIR, "07-08-1960",
                JENIS_PESERTA, "PEKERJA MANDIRI",
                AKTIF, "false",
                STATUS_PESERTA, "Tidak Aktif - Menunggak",
                KODE_PPK, "0123b457",
                PROLANIS, ""};
        PesertaPcare p = mapper.map(row("peserta.json", 1, json)).value();
        assertThat(p.aktif()).isFalse();
        assertThat(p.statusAsli()).isEqualTo("Tidak Aktif - Menunggak");
        assertThat(p.kodePpk()).isEqualTo("0123B457");
        assertThat(p.kodePuskesmas()).isEqualTo(NULLE);
        assertThat(p.prolanisHt()).isFalse();
        assertThat(p.prolanisDm()).isFalse();
    }

    @ParameterizedTest(name = "[{0}] -> {1}")
    @CsvSource(delimiter = '|', value = {
            "AKTIF                   | true",
            "Aktif                   | true",
            "TIDAK AKTIF             | false",
            "NON AKTIF               | false",
            "Non-Aktif               | false",
            "Tidak Aktif - Meninggal | false",
            "''                      | false",
            "Entah                   | false",
    })
    void readsStatusVariants(String status, boolean aktif) {
        PesertaPcare p = mapper.map(row("p.csv", 2, with(GOOD, STATUS_PESERTA, status))).value();
        assertThat(p.aktif()).isEqualTo(aktif);
    }

    @Test
    void numericCardNumberGetsItsLeadingZerosBack() {
        assertThat(mapper.map(row("p.xlsx", 2, with(GOOD, NO_KARTU, CellValue.number("1234567890")))).value()
                .noKartu()).isEqualTo("0001234567890");
        assertThat(mapper.map(row("p.csv", 2, with(GOOD, NO_KARTU, "'0001234567890"))).value().noKartu())
                .isEqualTo("0001234567890");
    }

    @Test
    void unknownPpkIsKeptUnrouted() {
        MapResult<PesertaPcare> result = mapper.map(row("p.csv", 2, with(GOOD, KODE_PPK, "9999X999")));
        assertThat(result.isOk()).isTrue();
        assertThat(result.value().kodePuskesmas()).isNull();
        assertThat(mapper.map(row("p.csv", 2, without(GOOD, KODE_PPK))).value().kodePuskesmas()).isNull();
    }

    @Test
    void nikIsJudgedAgainstTheParticipant() {
        assertThat(mapper.map(row("p.csv", 2, with(GOOD, JK, "P"))).value().nik().status())
                .isEqualTo(NikStatus.INCONSISTENT);
        assertThat(mapper.map(row("p.csv", 2, with(GOOD, NIK, CellValue.number(PESERTA)))).value().nik().status())
                .isEqualTo(NikStatus.DAMAGED);
    }

    @Test
    void rejectsABlankCardNumber() {
        MapResult<PesertaPcare> result = mapper.map(row("p.csv", 2, with(GOOD, NO_KARTU, " ")));
        assertThat(result.isOk()).isFalse();
        assertThat(result.reason()).isEqualTo("No Kartu kosong");
    }
}
