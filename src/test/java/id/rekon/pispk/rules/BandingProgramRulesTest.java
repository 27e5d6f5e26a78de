package id.rekon.pispk.rules;

import id.rekon.pispk.model.AnggotaDiKeluarga;
import id.rekon.pispk.model.Jawaban;
import id.rekon.pispk.model.RuleCode;
import id.rekon.pispk.model.Temuan;
import id.rekon.pispk.model.TemuanId;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import static id.rekon.pispk.rules.Fx.NIK_ANAK;
import static id.rekon.pispk.rules.Fx.NIK_DEWASA;
import static id.rekon.pispk.rules.Fx.PKM;
import static id.rekon.pispk.rules.Fx.anggota;
import static id.rekon.pispk.rules.Fx.jalankan;
import static id.rekon.pispk.rules.Fx.kasus;
import static id.rekon.pispk.rules.Fx.pcare;
import static id.rekon.pispk.rules.Fx.ukur;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The template alone, through a family that says only what each side answers and the text. */
class BandingProgramRulesTest {

    /**
     * Compares the member's JKN answer with a program answer fixed by the test. An inner class on
     * purpose: job.RulesConfiguration scans this package for rule classes, and a top-level or static
     * one on the test class path would join the end-to-end runs.
     */
    private class Contoh extends BandingProgramRules {

        private final Boolean programYa;

        Contoh(Boolean programYa) {
            super(Indikator.JKN, RuleCode.JKN_01, RuleCode.JKN_02);
            this.programYa = programYa;
        }

        @Override
        Optional<Banding> banding(PersonView v, RuleContext context) {
            Boolean kartu = v.anggota().orElseThrow().anggota().kartuJkn();
            return kartu == null || programYa == null ? Optional.empty() : Optional.of(banding(kartu, programYa));
        }

        @Override
        Uraian pispkYaProgramTidak(PersonView v, AnggotaDiKeluarga a, RuleContext context) {
            return new Uraian("pispk ya", "program tidak", "plus");
        }

        @Override
        Uraian pispkTidakProgramYa(PersonView v, AnggotaDiKeluarga a, RuleContext context) {
            return new Uraian("pispk tidak", "program ya", "minus");
        }
    }

    /** Born so that it is 23 months old at the visit (20 Oct 2026) and 24 on the run date (1 Nov 2026). */
    private static AnggotaDiKeluarga anak(Boolean kartu) {
        return anggota().lahir(LocalDate.of(2024, 10, 25)).jkn(kartu).build();
    }

    private static List<Temuan> jalankanAnak(BandingProgramRules rule, Boolean kartu) {
        return jalankan(rule, kasus(NIK_ANAK, List.of(anak(kartu)), List.of(ukur().posyandu("MAWAR").build()),
                List.of()));
    }

    @Test
    void agreementAndNoComparisonAreSilent() {
        assertThat(jalankanAnak(new Contoh(true), true)).isEmpty();
        assertThat(jalankanAnak(new Contoh(false), false)).isEmpty();
        assertThat(jalankanAnak(new Contoh(null), true)).isEmpty();
        assertThat(jalankanAnak(new Contoh(true), null)).isEmpty();
    }

    @Test
    void pispkYesProgramNoIsTheFirstCodeWithTheFamilysText() {
        assertThat(jalankanAnak(new Contoh(false), true)).singleElement().satisfies(f -> {
            assertThat(f.kodeAturan()).isEqualTo(RuleCode.JKN_01);
            assertThat(f.idTemuan()).isEqualTo(TemuanId.of(RuleCode.JKN_01, PKM, NIK_ANAK));
            assertThat(f.kodePuskesmas()).isEqualTo(PKM);
            assertThat(f.nik()).isEqualTo(NIK_ANAK);
            assertThat(f.kodeKeluarga()).isEqualTo("K001");
            assertThat(f.nilaiPispk()).isEqualTo("pispk ya");
            assertThat(f.nilaiProgram()).isEqualTo("program tidak");
            assertThat(f.keterangan()).isEqualTo("plus");
            assertThat(f.umurBulan()).as("age on the run date by default").isEqualTo(24);
            assertThat(f.posyandu()).isEqualTo("MAWAR");
        });
    }

    @Test
    void pispkNoProgramYesIsTheSecondCode() {
        assertThat(jalankanAnak(new Contoh(true), false)).singleElement().satisfies(f -> {
            assertThat(f.kodeAturan()).isEqualTo(RuleCode.JKN_02);
            assertThat(f.nilaiPispk()).isEqualTo("pispk tidak");
            assertThat(f.nilaiProgram()).isEqualTo("program ya");
            assertThat(f.keterangan()).isEqualTo("minus");
        });
    }

    @Test
    void aFamilyMayCountAgeAtTheVisitAndLeaveThePosyanduOut() {
        Contoh rule = new Contoh(false) {
            @Override
            LocalDate umurPada(AnggotaDiKeluarga a, RuleContext context) {
                return a.keluarga().tanggalKunjungan();
            }

            @Override
            boolean denganPosyandu() {
                return false;
            }
        };

        assertThat(jalankanAnak(rule, true)).singleElement().satisfies(f -> {
            assertThat(f.umurBulan()).isEqualTo(23);
            assertThat(f.posyandu()).isNull();
        });
    }

    @Test
    void aCodeInTheWrongDirectionOrAgainstAnotherProgramIsRefused() {
        assertThatThrownBy(() -> new BandingProgramRules(Indikator.JKN, RuleCode.JKN_02, RuleCode.JKN_01) {
            @Override
            Optional<Banding> banding(PersonView v, RuleContext context) {
                return Optional.empty();
            }

            @Override
            Uraian pispkYaProgramTidak(PersonView v, AnggotaDiKeluarga a, RuleContext context) {
                return null;
            }

            @Override
            Uraian pispkTidakProgramYa(PersonView v, AnggotaDiKeluarga a, RuleContext context) {
                return null;
            }
        }).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("JKN-02");
        assertThatThrownBy(() -> new BandingProgramRules(Indikator.ASI, RuleCode.HT_01, RuleCode.ASI_02) {
            @Override
            Optional<Banding> banding(PersonView v, RuleContext context) {
                return Optional.empty();
            }

            @Override
            Uraian pispkYaProgramTidak(PersonView v, AnggotaDiKeluarga a, RuleContext context) {
                return null;
            }

            @Override
            Uraian pispkTidakProgramYa(PersonView v, AnggotaDiKeluarga a, RuleContext context) {
                return null;
            }
        }).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("HT-01");
    }

    @Test
    void jknShowsThePosyanduOfAMeasurementUnderTheNikAndHtDoesNot() {
        AnggotaDiKeluarga ibu = anggota().nik(NIK_DEWASA).nama("SITI AMINAH").lahir(LocalDate.of(1990, 8, 17))
                .jkn(true).ht(Jawaban.Y).build();
        var ukurIbu = ukur().nik(Fx.nik(NIK_DEWASA)).nama("SITI AMINAH").lahir(LocalDate.of(1990, 8, 17)).build();
        var orang = kasus(NIK_DEWASA, List.of(ibu), List.of(ukurIbu), List.of(pcare().tidakAktif("PBPU").build()));

        assertThat(jalankan(new JknRules(), orang)).singleElement()
                .satisfies(f -> assertThat(f.posyandu()).isEqualTo("MELATI"));
        assertThat(jalankan(new HipertensiRules(), orang)).singleElement()
                .satisfies(f -> assertThat(f.posyandu()).isNull());
    }
}
