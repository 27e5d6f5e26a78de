package id.rekon.pispk.rules;

import id.rekon.pispk.model.AnggotaDiKeluarga;
import id.rekon.pispk.model.Anggota;
import id.rekon.pispk.model.Pengukuran;
import id.rekon.pispk.model.RuleCode;

import java.time.LocalDate;
import java.util.Optional;

/**
 * ASI-01 and ASI-02: the {@code ASI Eksklusif} answer against e-PPGBM, for a child matched by NIK,
 * aged {@code asiMinMonths}..{@code asiMaxMonths} (7-23) whole months at the PIS-PK visit.
 * e-PPGBM's answer is that of its most recent measurement (by date, then content) that records one.
 *
 * <ul>
 *   <li>ASI-01 (PIS-PK +, program −): answer Y, e-PPGBM says not exclusive.</li>
 *   <li>ASI-02 (PIS-PK −, program +): answer T, e-PPGBM says exclusive.</li>
 * </ul>
 * Blank and N answers, and children without an e-PPGBM answer, are not compared. Stateless, thread-safe.
 */
public final class AsiRules extends BandingProgramRules {

    public AsiRules() {
        super(Indikator.ASI, RuleCode.ASI_01, RuleCode.ASI_02);
    }

    @Override
    Optional<Banding> banding(PersonView v, RuleContext context) {
        RuleSettings s = context.settings();
        return JawabanAnak.dari(v, Anggota::asiEksklusif, s.asiMinMonths(), s.asiMaxMonths())
                .flatMap(j -> jawabanEppgbm(v).map(p -> banding(j.ya(), p.asiEksklusif())));
    }

    @Override
    Uraian pispkYaProgramTidak(PersonView v, AnggotaDiKeluarga a, RuleContext context) {
        return uraian("Y", v, a);
    }

    @Override
    Uraian pispkTidakProgramYa(PersonView v, AnggotaDiKeluarga a, RuleContext context) {
        return uraian("T", v, a);
    }

    /** The answer was asked by age at the visit: the age shown is the one the rule judged. */
    @Override
    LocalDate umurPada(AnggotaDiKeluarga a, RuleContext context) {
        return a.keluarga().tanggalKunjungan();
    }

    private static Uraian uraian(String jawaban, PersonView v, AnggotaDiKeluarga a) {
        Pengukuran p = jawabanEppgbm(v).orElseThrow();
        return new Uraian("ASI eksklusif: " + jawaban,
                "e-PPGBM: " + (p.asiEksklusif() ? "ASI eksklusif" : "tidak ASI eksklusif")
                        + " (dicatat " + Teks.tanggal(p.tanggalUkur()) + ")",
                "Kunjungan PIS-PK " + Teks.tanggal(a.keluarga().tanggalKunjungan()) + ".");
    }

    /** The most recent measurement with a recorded ASI answer. */
    private static Optional<Pengukuran> jawabanEppgbm(PersonView v) {
        for (int i = v.eppgbm().size() - 1; i >= 0; i--) {
            if (v.eppgbm().get(i).asiEksklusif() != null) {
                return Optional.of(v.eppgbm().get(i));
            }
        }
        return Optional.empty();
    }
}
