package id.rekon.pispk.rules;

import id.rekon.pispk.model.RuleCode;
import id.rekon.pispk.model.Sex;
import id.rekon.pispk.model.Sumber;
import id.rekon.pispk.model.Temuan;
import id.rekon.pispk.model.TemuanId;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;

import static id.rekon.pispk.rules.Fx.HARI;
import static id.rekon.pispk.rules.Fx.NIK_ANAK;
import static id.rekon.pispk.rules.Fx.PKM;
import static org.assertj.core.api.Assertions.assertThat;

class TemuanBuilderTest {

    @Test
    void fillsIdAndDisplayFieldsFromAMember() {
        Temuan t = TemuanBuilder.temuan(RuleCode.BALITA_02, PKM, NIK_ANAK).anggota(Fx.anggota().build(), HARI)
                .posyandu("MELATI").nilai("a", "b").keterangan("c").build();

        assertThat(t.idTemuan()).isEqualTo(TemuanId.of(RuleCode.BALITA_02, PKM, NIK_ANAK));
        assertThat(t.subjek()).isEqualTo(NIK_ANAK);
        assertThat(t.nik()).isEqualTo(NIK_ANAK);
        assertThat(t.nama()).isEqualTo("AISYAH PUTRI");
        assertThat(t.tanggalLahir()).isEqualTo(LocalDate.of(2024, 3, 5));
        assertThat(t.umurBulan()).isEqualTo(31);
        assertThat(t.jenisKelamin()).isEqualTo(Sex.P);
        assertThat(t.kodeKeluarga()).isEqualTo("K001");
        assertThat(t.desa()).isEqualTo("OEBOBO");
        assertThat(t.rtRw()).isEqualTo("001/002");
        assertThat(t.posyandu()).isEqualTo("MELATI");
        assertThat(t.sumber()).isEqualTo(Sumber.EPPGBM);
        assertThat(t.nilaiPispk()).isEqualTo("a");
        assertThat(t.nilaiProgram()).isEqualTo("b");
        assertThat(t.keterangan()).isEqualTo("c");
    }

    @Test
    void monthEndAgeFollowsUmur() {
        // Born 31 January: 1 month on 28 February (Umur's month-end convention).
        Temuan t = TemuanBuilder.temuan(RuleCode.BALITA_02, PKM, "x")
                .orang(null, null, LocalDate.of(2026, 1, 31), null, LocalDate.of(2026, 2, 28)).build();
        assertThat(t.umurBulan()).isEqualTo(1);
    }

    @Test
    void blankOwnerIsUnrouted() {
        Temuan t = TemuanBuilder.temuan(RuleCode.BALITA_01, " ", "x").build();
        assertThat(t.kodePuskesmas()).isNull();
        assertThat(t.idTemuan()).isEqualTo(TemuanId.of(RuleCode.BALITA_01, null, "x"));
    }

    @Test
    void noAgeForABirthAfterTheReferenceDate() {
        Temuan t = TemuanBuilder.temuan(RuleCode.BALITA_01, PKM, "x")
                .orang(null, null, HARI.plusDays(3), null, HARI).build();
        assertThat(t.umurBulan()).isNull();
    }

    @Test
    void anEppgbmChildCarriesItsParentsAndAddress() {
        Temuan t = TemuanBuilder.temuan(RuleCode.BALITA_01, PKM, "x").pengukuran(Fx.ukur().build(), HARI).build();
        assertThat(t.namaOrangTua()).isEqualTo("SITI AMINAH / BUDI SANTOSO");
        assertThat(t.kecamatan()).isEqualTo("KOTA RAJA");
    }

    @Test
    void aKuaCoupleCarriesTheBridesAddress() {
        Temuan t = TemuanBuilder.temuan(RuleCode.KUA_02, PKM, "x")
                .pasangan(new id.rekon.pispk.model.PasanganKua(Fx.nikah().build(), false), HARI).build();
        assertThat(t.alamat()).isEqualTo("JL. MAWAR 1");
        assertThat(t.desa()).isEqualTo("OEBOBO");
    }
}
