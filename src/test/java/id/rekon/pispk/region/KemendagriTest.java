package id.rekon.pispk.region;

import id.rekon.pispk.model.NikStatus;
import id.rekon.pispk.normalise.NikClassifier;
import id.rekon.pispk.model.CellValue;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class KemendagriTest {

    private static final Kemendagri SHIPPED = Kemendagri.fromClasspath();

    @Test
    void knowsTheProvincesShipped() {
        assertThat(SHIPPED.isKnownProvince("53")).isTrue();
        assertThat(SHIPPED.isKnownProvince("96")).isTrue();
        assertThat(SHIPPED.isKnownProvince("99")).isFalse();
        assertThat(SHIPPED.isKnownProvince("20")).isFalse();
        assertThat(SHIPPED.isKnownProvince(null)).isFalse();
        assertThat(SHIPPED.semuaProvinsi()).hasSize(38);
        assertThat(SHIPPED.provinsi("53")).get().extracting(Wilayah::nama).isEqualTo("Nusa Tenggara Timur");
    }

    @Test
    void looksUpEveryLevelWithOrWithoutDots() {
        assertThat(SHIPPED.kabupaten("53.02")).get().extracting(Wilayah::kodeInduk).isEqualTo("53");
        assertThat(SHIPPED.kecamatan("530201")).get().extracting(Wilayah::nama).isEqualTo("Kota Soe");
        assertThat(SHIPPED.kecamatan("53.02.01")).get().extracting(Wilayah::kodeInduk).isEqualTo("5302");
        Wilayah desa = SHIPPED.desa("11.01.01.2001").orElseThrow();
        assertThat(desa.kode()).isEqualTo("1101012001");
        assertThat(desa.nama()).isEqualTo("Keude Bakongan");
        assertThat(desa.kodeBertitik()).isEqualTo("11.01.01.2001");
        assertThat(SHIPPED.desa("9999999999")).isEmpty();
    }

    @Test
    void quotedNamesAreRead() {
        assertThat(SHIPPED.desa("3513152017")).get().extracting(Wilayah::nama).isEqualTo("Soka\"an");
    }

    @Test
    void loadsOnlyTheLevelAsked() {
        List<String> opened = new ArrayList<>();
        Map<String, String> files = Map.of("provinces.csv", "code,name\n53,Nusa Tenggara Timur\n",
                "villages.csv", "code,district_code,name\n53.02.01.2001,53.02.01,Kota Baru\n");
        Kemendagri k = Kemendagri.from(name -> {
            opened.add(name);
            String text = files.get(name);
            return text == null ? null : (InputStream) new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8));
        });

        assertThat(k.isKnownProvince("53")).isTrue();
        assertThat(k.provinsi("53")).isPresent();
        assertThat(opened).containsExactly("provinces.csv");

        assertThat(k.desa("5302012001")).get().extracting(Wilayah::kodeInduk).isEqualTo("530201");
        assertThat(opened).containsExactly("provinces.csv", "villages.csv");

        assertThatThrownBy(() -> k.kabupaten("5302")).hasMessageContaining("wilayah/regencies.csv");
    }

    @Test
    void drivesTheNikClassifier() {
        NikClassifier classifier = new NikClassifier(SHIPPED);
        assertThat(classifier.classify(CellValue.text("5302011205900001")).status()).isEqualTo(NikStatus.VALID);
        assertThat(classifier.classify(CellValue.text("9902011205900001")).status()).isEqualTo(NikStatus.INVALID);
    }
}
