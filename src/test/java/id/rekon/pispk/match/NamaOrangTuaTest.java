package id.rekon.pispk.match;

import id.rekon.pispk.model.Anggota;
import id.rekon.pispk.model.Nama;
import id.rekon.pispk.model.Nik;
import id.rekon.pispk.model.Sex;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class NamaOrangTuaTest {

    private final Anggota kepala = anggota("Kepala Keluarga", "BUDI SANTOSO", Sex.L, 1990);
    private final Anggota istri = anggota("Istri", "SITI AMINAH", Sex.P, 1992);
    private final Anggota kakak = anggota("Anak", "AHMAD", Sex.L, 2015);
    private final Anggota anak = anggota("Anak", "AISYAH", Sex.P, 2025);
    private final Anggota menantu = anggota("Menantu", "RINA", Sex.P, 1995);
    private final Anggota cucu = anggota("Cucu", "BAYU", Sex.L, 2025);

    @Test
    void childsParentsAreHeadAndWifeMotherFirst() {
        assertThat(NamaOrangTua.dariKeluarga(anak, List.of(kakak, kepala, anak, istri)))
                .containsExactly("SITI AMINAH", "BUDI SANTOSO");
    }

    @Test
    void orderOfMembersDoesNotMatter() {
        assertThat(NamaOrangTua.dariKeluarga(anak, List.of(istri, anak, kepala, kakak)))
                .isEqualTo(NamaOrangTua.dariKeluarga(anak, List.of(kakak, kepala, anak, istri)));
    }

    @Test
    void grandchildsParentsAreChildAndInLaw() {
        Anggota ayah = anggota("Anak", "ANDI", Sex.L, 1993);
        assertThat(NamaOrangTua.dariKeluarga(cucu, List.of(kepala, istri, ayah, menantu, cucu)))
                .containsExactly("RINA", "ANDI");
    }

    @Test
    void headYoungerThanTwelveYearsOlderIsNotAParent() {
        Anggota adik = anggota("Anak", "ADIK", Sex.P, 2016);
        Anggota kepalaMuda = anggota("Kepala Keluarga", "KAKAK", Sex.L, 2008);
        assertThat(NamaOrangTua.dariKeluarga(adik, List.of(kepalaMuda, adik))).isEmpty();
    }

    static Anggota anggota(String hubungan, String nama, Sex sex, int tahun) {
        return new Anggota(null, "K1", "1", Nik.blank(), new Nama(nama, nama), hubungan,
                LocalDate.of(tahun, 6, 1), sex, null, null, null, null, null, null, null, null, null, null, null, null);
    }
}
