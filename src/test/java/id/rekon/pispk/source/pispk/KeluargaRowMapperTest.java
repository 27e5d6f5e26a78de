package id.rekon.pispk.source.pispk;

import id.rekon.pispk.model.Asal;
import id.rekon.pispk.model.Jawaban;
import id.rekon.pispk.model.Keluarga;
import id.rekon.pispk.model.NikStatus;
import id.rekon.pispk.normalise.MapResult;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.math.BigDecimal;
import java.time.LocalDate;

import static id.rekon.pispk.source.Fixtures.CLASSIFIER;
import static id.rekon.pispk.source.Fixtures.TANGGAL;
import static id.rekon.pispk.source.TestRows.row;
import static id.rekon.pispk.source.TestRows.with;
import static id.rekon.pispk.source.TestRows.without;
import static id.rekon.pispk.source.pispk.KeluargaColumn.*;
import static org.assertj.core.api.Assertions.assertThat;

class KeluargaRowMapperTest {

    private static final String KK = "5302011505150001";

    private static final Object[] GOOD = {
            KODE_KELUARGA, "KEL-0001",
            NO_KK, "'" + KK,
            NAMA_KEPALA_KELUARGA, "Tn. Yohanes  Nope",
            ALAMAT, "Jl. Ahmad Yani",
            RT_RW, "3/2",
            KODE_DESA, "53.02.01.1001",
            DESA, "Kota Baru",
            KECAMATAN, "Kota Soe",
            KODE_PUSKESMAS, "p5302010101",
            NAMA_PUSKESMAS, "Kota Soe",
            TANGGAL_KUNJUNGAN, "12/03/2026",
            AIR_BERSIH, "Y",
            JAMBAN_SEHAT, "T",
            IKS, "0,583"};

    private final KeluargaRowMapper mapper = new KeluargaRowMapper(CLASSIFIER, TANGGAL);

    @Test
    void mapsAGoodRow() {
        MapResult<Keluarga> result = mapper.map(row("keluarga.csv", 7, GOOD));

        assertThat(result.isOk()).isTrue();
        Keluarga k = result.value();
        assertThat(k.asal()).isEqualTo(new Asal("keluarga.csv", 7));
        assertThat(k.kodeKeluarga()).isEqualTo("KEL-0001");
        assertThat(k.noKk().status()).isEqualTo(NikStatus.VALID);
        assertThat(k.noKk().key()).isEqualTo(KK);
        assertThat(k.namaKepala().normal()).isEqualTo("YOHANES NOPE");
        assertThat(k.namaKepala().asli()).isEqualTo("Tn. Yohanes  Nope");
        assertThat(k.alamat()).isEqualTo("Jl. Ahmad Yani");
        assertThat(k.rtRw()).isEqualTo("003/002");
        assertThat(k.kodeDesa()).isEqualTo("5302011001");
        assertThat(k.desa()).isEqualTo("Kota Baru");
        assertThat(k.kecamatan()).isEqualTo("Kota Soe");
        assertThat(k.kodePuskesmas()).isEqualTo("P5302010101");
        assertThat(k.namaPuskesmas()).isEqualTo("Kota Soe");
        assertThat(k.tanggalKunjungan()).isEqualTo(LocalDate.of(2026, 3, 12));
        assertThat(k.airBersih()).isEqualTo(Jawaban.Y);
        assertThat(k.jambanSehat()).isEqualTo(Jawaban.T);
        assertThat(k.iks()).isEqualByComparingTo("0.583");
    }

    @ParameterizedTest(name = "RT/RW [{0}] RT [{1}] RW [{2}] -> {3}")
    @CsvSource(delimiter = '|', nullValues = "null", value = {
            "3/2          | null | null | 003/002",
            "003 / 002    | null | null | 003/002",
            "RT 03 RW 12  | null | null | 003/012",
            "null         | 3    | 12   | 003/012",
            "null         | 003  | null | 003/-",
            "null         | null | null | null",
            "-            | -    | -    | null",
    })
    void combinesRtAndRw(String rtRw, String rt, String rw, String expected) {
        Object[] pairs = without(GOOD, RT_RW);
        if (rtRw != null) {
            pairs = with(pairs, RT_RW, rtRw);
        }
        if (rt != null) {
            pairs = with(pairs, RT, rt);
        }
        if (rw != null) {
            pairs = with(pairs, RW, rw);
        }
        assertThat(mapper.map(row("k.csv", 2, pairs)).value().rtRw()).isEqualTo(expected);
    }

    @Test
    void optionalValuesThatCannotBeReadBecomeNull() {
        Object[] pairs = with(with(with(with(GOOD, KODE_DESA, "53.02.01"), AIR_BERSIH, "?"), IKS, "n/a"), ALAMAT, " ");
        Keluarga k = mapper.map(row("k.csv", 2, pairs)).value();
        assertThat(k.kodeDesa()).isNull();
        assertThat(k.airBersih()).isNull();
        assertThat(k.iks()).isNull();
        assertThat(k.alamat()).isNull();
    }

    @Test
    void iksAsPercentage() {
        assertThat(mapper.map(row("k.csv", 2, with(GOOD, IKS, "58,3%"))).value().iks())
                .isEqualByComparingTo(new BigDecimal("0.583"));
    }

    @Test
    void aBadNoKkIsFlaggedNotRejected() {
        MapResult<Keluarga> result = mapper.map(row("k.csv", 2, with(GOOD, NO_KK, id.rekon.pispk.model.CellValue.number(KK))));
        assertThat(result.isOk()).isTrue();
        assertThat(result.value().noKk().status()).isEqualTo(NikStatus.DAMAGED);
        assertThat(mapper.map(row("k.csv", 2, without(GOOD, NO_KK))).value().noKk().status())
                .isEqualTo(NikStatus.BLANK);
    }

    @ParameterizedTest(name = "{0} [{1}]")
    @CsvSource(delimiter = '|', value = {
            "KODE_KELUARGA     | ''          | Kode Keluarga kosong",
            "KODE_PUSKESMAS    | '  '        | Kode Puskesmas kosong",
            "TANGGAL_KUNJUNGAN | 31/02/2026  | Tanggal Kunjungan tidak dapat dibaca: \"31/02/2026\" (tanggal tidak ada di kalender)",
            "TANGGAL_KUNJUNGAN | kemarin     | Tanggal Kunjungan tidak dapat dibaca: \"kemarin\" (format tanggal tidak dikenali)",
            "TANGGAL_KUNJUNGAN | ''          | Tanggal Kunjungan kosong",
    })
    void rejects(KeluargaColumn column, String value, String reason) {
        MapResult<Keluarga> result = mapper.map(row("k.csv", 2, with(GOOD, column, value)));
        assertThat(result.isOk()).isFalse();
        assertThat(result.reason()).isEqualTo(reason);
    }

    @Test
    void namesEveryProblemOfTheRow() {
        Object[] pairs = with(with(GOOD, KODE_KELUARGA, ""), TANGGAL_KUNJUNGAN, "00/01/2026");
        assertThat(mapper.map(row("k.csv", 2, pairs)).reason())
                .isEqualTo("Kode Keluarga kosong; Tanggal Kunjungan tidak dapat dibaca: \"00/01/2026\" "
                        + "(tanggal tidak ada di kalender)");
    }
}
