package id.rekon.pispk.store;

import id.rekon.pispk.model.Anggota;
import id.rekon.pispk.model.Asal;
import id.rekon.pispk.model.Jawaban;
import id.rekon.pispk.model.Nama;
import id.rekon.pispk.model.Nik;
import id.rekon.pispk.model.NikStatus;
import id.rekon.pispk.model.Pengukuran;
import id.rekon.pispk.model.RuleCode;
import id.rekon.pispk.model.Sex;
import id.rekon.pispk.model.StatusKawin;
import id.rekon.pispk.model.Temuan;
import org.junit.jupiter.api.Test;
import tools.jackson.dataformat.cbor.CBORMapper;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class PayloadCodecTest {

    private final PayloadCodec codec = new PayloadCodec();

    private final Anggota anggota = new Anggota(new Asal("anggota.csv", 7), "P5302010101-0001", "3",
            new Nik("5302014101240001", "5302014101240001", NikStatus.VALID, ""), new Nama("By Ny Siti", "SITI"),
            "Anak", LocalDate.of(2024, 1, 1), Sex.P, StatusKawin.BELUM_KAWIN, null, null, null, Jawaban.Y, null,
            Jawaban.T, null, null, null, null, Boolean.TRUE);

    private final Pengukuran pengukuran = new Pengukuran(new Asal("eppgbm.xlsx", 9), Nik.blank(),
            new Nama("AN. BUDI", "BUDI"), Sex.L, LocalDate.of(2025, 2, 3), new BigDecimal("3.10"), "SITI / ANTON",
            List.of("SITI", "ANTON"), null, "NTT", "TTS", "SOE", "PUSKESMAS SOE", "P5302010101", "KOTA SOE",
            "MAWAR", "01", "02", null, LocalDate.of(2026, 10, 5), null, null, null, null, null, null, null, null,
            Boolean.FALSE);

    @Test
    void theProductsRecordsComeBackEqualWithNullsListsDecimalsAndEnums() {
        assertThat(codec.read(codec.write(anggota), Anggota.class)).isEqualTo(anggota);
        assertThat(codec.read(codec.write(pengukuran), Pengukuran.class)).isEqualTo(pengukuran);
    }

    @Test
    void recordsAreWrittenWithoutTheirFieldNames() {
        String bytes = new String(codec.write(anggota), StandardCharsets.ISO_8859_1);
        assertThat(bytes).contains("P5302010101-0001", "anggota.csv").doesNotContain("kodeKeluarga", "tanggalLahir", "asal");
    }

    @Test
    void otherValuesKeepTheirUsualShape() {
        Map<String, Object> map = Map.of("kode", "K-1");
        assertThat(codec.read(codec.write(map), Map.class)).isEqualTo(map);
    }

    @Test
    void payloadsWrittenAsObjectsByEarlierVersionsAreStillRead() {
        byte[] old = CBORMapper.builder().build().writeValueAsBytes(pengukuran);
        assertThat(new String(old, StandardCharsets.ISO_8859_1)).contains("tanggalLahir");
        assertThat(codec.read(old, Pengukuran.class)).isEqualTo(pengukuran);
    }

    @Test
    void findingsWrittenBeforeTheyCarriedAddressAndParentsAreStillRead() {
        // the history keeps months of findings written with the 17 components Temuan had before
        Temuan now = new Temuan("BALITA-01-AAAAAAAAAA", RuleCode.BALITA_01, "P5302010101", "s", "", "BUDI",
                LocalDate.of(2025, 2, 3), 20, Sex.L, "", "KOTA SOE", "001/002", "MAWAR", null, "a", "b", "c",
                "JL. MAWAR", "SITI / ANTON", "SOE");
        List<Object> components = new java.util.ArrayList<>(CBORMapper.builder().build()
                .readValue(codec.write(now), List.class));
        assertThat(components).hasSize(22); // the last, pencocokan, null but for MATCH-01
        assertThat(components.get(17)).isEqualTo(true); // isRouted(), where earlier versions wrote it last
        byte[] old = CBORMapper.builder().build().writeValueAsBytes(components.subList(0, 18));

        Temuan read = codec.read(old, Temuan.class);

        assertThat(read.idTemuan()).isEqualTo(now.idTemuan());
        assertThat(read.keterangan()).isEqualTo("c");
        assertThat(read.alamat()).isEmpty();
        assertThat(read.namaOrangTua()).isEmpty();
        assertThat(read.kecamatan()).isEmpty();
        assertThat(codec.read(codec.write(now), Temuan.class)).isEqualTo(now);
    }
}
