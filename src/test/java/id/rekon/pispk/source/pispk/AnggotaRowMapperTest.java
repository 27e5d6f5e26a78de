package id.rekon.pispk.source.pispk;

import id.rekon.pispk.model.Anggota;
import id.rekon.pispk.model.Asal;
import id.rekon.pispk.model.Jawaban;
import id.rekon.pispk.model.NikStatus;
import id.rekon.pispk.model.Sex;
import id.rekon.pispk.model.StatusKawin;
import id.rekon.pispk.normalise.MapResult;
import id.rekon.pispk.model.CellValue;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.time.LocalDate;

import static id.rekon.pispk.source.Fixtures.CLASSIFIER;
import static id.rekon.pispk.source.Fixtures.TANGGAL;
import static id.rekon.pispk.source.Fixtures.nik;
import static id.rekon.pispk.source.TestRows.row;
import static id.rekon.pispk.source.TestRows.with;
import static id.rekon.pispk.source.TestRows.without;
import static id.rekon.pispk.source.pispk.AnggotaColumn.*;
import static org.assertj.core.api.Assertions.assertThat;

class AnggotaRowMapperTest {

    /** A woman born 21 April 1985: day 21 + 40 = 61. */
    private static final String IBU = nik(61, 4, 85);

    private static final Object[] GOOD = {
            KODE_KELUARGA, "KEL-0001",
            NO_URUT, CellValue.number("2"),
            NIK, IBU,
            NAMA, "Ny. Maria Goreti, S.Pd",
            HUBUNGAN, "Istri",
            TANGGAL_LAHIR, CellValue.date(LocalDate.of(1985, 4, 21), "21/04/1985"),
            JENIS_KELAMIN, "Perempuan",
            STATUS_PERKAWINAN, "Kawin",
            SEDANG_HAMIL, "Tidak",
            KB, "Y",
            BERSALIN_FASKES, "N",
            ASI_EKSKLUSIF, "",
            IMUNISASI, "",
            PEMANTAUAN_PERTUMBUHAN, "",
            TB, "N",
            HIPERTENSI, "T",
            ODGJ, "N",
            MEROKOK, "Tidak",
            KARTU_JKN, "Ya"};

    private final AnggotaRowMapper mapper = new AnggotaRowMapper(CLASSIFIER, TANGGAL);

    @Test
    void mapsAGoodRow() {
        MapResult<Anggota> result = mapper.map(row("anggota.xlsx", 12, GOOD));

        assertThat(result.isOk()).isTrue();
        Anggota a = result.value();
        assertThat(a.asal()).isEqualTo(new Asal("anggota.xlsx", 12));
        assertThat(a.kodeKeluarga()).isEqualTo("KEL-0001");
        assertThat(a.noUrut()).isEqualTo("2");
        assertThat(a.nik().status()).isEqualTo(NikStatus.VALID);
        assertThat(a.nik().key()).isEqualTo(IBU);
        assertThat(a.nama().normal()).isEqualTo("MARIA GORETI");
        assertThat(a.hubungan()).isEqualTo("Istri");
        assertThat(a.tanggalLahir()).isEqualTo(LocalDate.of(1985, 4, 21));
        assertThat(a.jenisKelamin()).isEqualTo(Sex.P);
        assertThat(a.statusKawin()).isEqualTo(StatusKawin.KAWIN);
        assertThat(a.hamil()).isFalse();
        assertThat(a.kb()).isEqualTo(Jawaban.Y);
        assertThat(a.bersalinFaskes()).isEqualTo(Jawaban.N);
        assertThat(a.asiEksklusif()).isNull();
        assertThat(a.imunisasiLengkap()).isNull();
        assertThat(a.pemantauanPertumbuhan()).isNull();
        assertThat(a.tbBerobat()).isEqualTo(Jawaban.N);
        assertThat(a.hipertensiBerobat()).isEqualTo(Jawaban.T);
        assertThat(a.odgjDiobati()).isEqualTo(Jawaban.N);
        assertThat(a.merokok()).isFalse();
        assertThat(a.kartuJkn()).isTrue();
    }

    @Test
    void nikIsJudgedAgainstTheMembersOwnDateOfBirthAndSex() {
        assertThat(mapper.map(row("a.csv", 2, with(GOOD, TANGGAL_LAHIR, "22/04/1985"))).value().nik().status())
                .isEqualTo(NikStatus.INCONSISTENT);
        assertThat(mapper.map(row("a.csv", 2, with(GOOD, JENIS_KELAMIN, "L"))).value().nik().status())
                .isEqualTo(NikStatus.INCONSISTENT);
        // Without a sex to compare, only the date counts.
        assertThat(mapper.map(row("a.csv", 2, without(GOOD, JENIS_KELAMIN))).value().nik().status())
                .isEqualTo(NikStatus.VALID);
    }

    @Test
    void aBadNikIsFlaggedNotRejected() {
        for (Object bad : new Object[] {"5.30201E+15", CellValue.number(IBU), "123", "5302010000000000", ""}) {
            MapResult<Anggota> result = mapper.map(row("a.csv", 2, with(GOOD, NIK, bad)));
            assertThat(result.isOk()).as(String.valueOf(bad)).isTrue();
            assertThat(result.value().nik().isKey()).isFalse();
        }
    }

    @Test
    void unreadableOptionalValuesBecomeNull() {
        Object[] pairs = with(with(with(GOOD, JENIS_KELAMIN, "X"), STATUS_PERKAWINAN, "?"), KARTU_JKN, "entah");
        Anggota a = mapper.map(row("a.csv", 2, pairs)).value();
        assertThat(a.jenisKelamin()).isNull();
        assertThat(a.statusKawin()).isNull();
        assertThat(a.kartuJkn()).isNull();
    }

    @ParameterizedTest(name = "{0} [{1}]")
    @CsvSource(delimiter = '|', value = {
            "KODE_KELUARGA | ''          | Kode Keluarga kosong",
            "NAMA          | ''          | Nama kosong",
            "NAMA          | ' - '       | Nama kosong",
            "TANGGAL_LAHIR | 31/02/2021  | Tanggal Lahir tidak dapat dibaca: \"31/02/2021\" (tanggal tidak ada di kalender)",
            "TANGGAL_LAHIR | ''          | Tanggal Lahir kosong",
    })
    void rejects(AnggotaColumn column, String value, String reason) {
        MapResult<Anggota> result = mapper.map(row("a.csv", 2, with(GOOD, column, value)));
        assertThat(result.isOk()).isFalse();
        assertThat(result.reason()).isEqualTo(reason);
    }
}
