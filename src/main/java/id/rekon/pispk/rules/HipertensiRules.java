package id.rekon.pispk.rules;

import id.rekon.pispk.model.AnggotaDiKeluarga;
import id.rekon.pispk.model.Jawaban;
import id.rekon.pispk.model.PesertaPcare;
import id.rekon.pispk.model.RuleCode;
import id.rekon.pispk.model.Sumber;

import java.util.Optional;

/**
 * HT-01 and HT-02: {@code Hipertensi Berobat Teratur} against PCare's Prolanis HT membership (HT or
 * HT+DM), for people matched by NIK.
 *
 * <ul>
 *   <li>HT-01 (PIS-PK +, program −): answer Y and not in Prolanis HT: no PCare row
 *   ("tidak ditemukan") or rows without Prolanis HT ("bukan peserta Prolanis HT"), graded.</li>
 *   <li>HT-02 (PIS-PK −, program +): a Prolanis HT member whose answer is T or blank. A blank answer
 *   is a finding but not counted in the concordance: PIS-PK gave no answer to compare.</li>
 * </ul>
 * An N answer is not compared. Ages on the run date; no posyandu shown. Stateless, thread-safe.
 */
public final class HipertensiRules extends BandingProgramRules {

    public HipertensiRules() {
        super(Indikator.HIPERTENSI, RuleCode.HT_01, RuleCode.HT_02);
    }

    @Override
    Optional<Banding> banding(PersonView v, RuleContext context) {
        // Without any PCare data tonight, "not in Prolanis" says nothing (see Cakupan).
        // A member whose PCare row sits behind a probable match (no row under the NIK): MATCH-01
        // is the one action, "not in Prolanis" would only repeat it (spec rule 4).
        if (!v.dibandingkanLewatNik() || !context.cakupan().ada(Sumber.PCARE, null)
                || v.programDiPasanganKemungkinan(Sumber.PCARE)) {
            return Optional.empty();
        }
        Jawaban jawaban = v.anggota().orElseThrow().anggota().hipertensiBerobat();
        boolean prolanis = v.pcare().stream().anyMatch(PesertaPcare::prolanisHt);
        if (jawaban == Jawaban.Y || jawaban == Jawaban.T) {
            return Optional.of(banding(jawaban == Jawaban.Y, prolanis));
        }
        if (jawaban == null && prolanis) {
            return Optional.of(new Banding(indikator(), false, true, false));
        }
        return Optional.empty();
    }

    @Override
    Uraian pispkYaProgramTidak(PersonView v, AnggotaDiKeluarga a, RuleContext context) {
        if (v.pcare().isEmpty()) {
            return new Uraian("Hipertensi berobat teratur: Y", "PCare: tidak ditemukan",
                    "Tidak ada peserta PCare dengan NIK ini.");
        }
        PesertaPcare p = v.pcare().get(0);
        return new Uraian("Hipertensi berobat teratur: Y",
                "PCare: bukan peserta Prolanis HT" + (p.prolanisDm() ? " (Prolanis DM)" : ""),
                Teks.kartuPcare(p) + ", status " + Teks.statusPcare(p) + ".");
    }

    @Override
    Uraian pispkTidakProgramYa(PersonView v, AnggotaDiKeluarga a, RuleContext context) {
        PesertaPcare p = v.pcare().stream().filter(PesertaPcare::prolanisHt).findFirst().orElseThrow();
        return new Uraian("Hipertensi berobat teratur: " + Teks.jawaban(a.anggota().hipertensiBerobat()),
                "PCare: peserta Prolanis " + (p.prolanisDm() ? "HT+DM" : "HT"),
                Teks.kartuPcare(p) + ", status " + Teks.statusPcare(p) + ".");
    }

    /**
     * HT findings have never shown a posyandu: an adult has no e-PPGBM measurement to name one (only a
     * misfiled one would). Kept so the outputs do not move.
     */
    @Override
    boolean denganPosyandu() {
        return false;
    }
}
