package id.rekon.pispk.rules;

import id.rekon.pispk.model.AnggotaDiKeluarga;
import id.rekon.pispk.model.PersonCase;
import id.rekon.pispk.model.Jawaban;
import id.rekon.pispk.model.PesertaPcare;
import id.rekon.pispk.model.RuleCode;
import id.rekon.pispk.model.Sumber;
import id.rekon.pispk.model.Temuan;

import java.util.Optional;
import java.util.function.Consumer;

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
 * An N answer is not compared. Stateless, thread-safe.
 */
public final class HipertensiRules implements PersonRule {

    @Override
    public void evaluate(PersonCase person, RuleContext context, Consumer<Temuan> findings) {
        PersonView v = PersonView.of(person, context.settings());
        Optional<Banding> banding = banding(v, context);
        if (banding.isEmpty() || banding.get().setuju()) {
            return;
        }
        AnggotaDiKeluarga a = v.anggota().orElseThrow();
        String owner = v.pemilik(Sumber.PCARE);
        if (banding.get().pispkYa()) {
            String program;
            String keterangan;
            if (v.pcare().isEmpty()) {
                program = "PCare: tidak ditemukan";
                keterangan = "Tidak ada peserta PCare dengan NIK ini.";
            } else {
                PesertaPcare p = v.pcare().get(0);
                program = "PCare: bukan peserta Prolanis HT" + (p.prolanisDm() ? " (Prolanis DM)" : "");
                keterangan = Teks.kartuPcare(p) + ", status " + Teks.statusPcare(p) + ".";
            }
            findings.accept(TemuanBuilder.temuan(RuleCode.HT_01, owner, v.subjek())
                    .anggota(a, context.runDate()).nilai("Hipertensi berobat teratur: Y", program)
                    .keterangan(keterangan).build());
        } else {
            PesertaPcare p = v.pcare().stream().filter(PesertaPcare::prolanisHt).findFirst().orElseThrow();
            findings.accept(TemuanBuilder.temuan(RuleCode.HT_02, owner, v.subjek())
                    .anggota(a, context.runDate())
                    .nilai("Hipertensi berobat teratur: " + Teks.jawaban(a.anggota().hipertensiBerobat()),
                            "PCare: peserta Prolanis " + (p.prolanisDm() ? "HT+DM" : "HT"))
                    .keterangan(Teks.kartuPcare(p) + ", status " + Teks.statusPcare(p) + ".")
                    .build());
        }
    }

    /** The comparison the rule and the concordance share; empty when the person is not compared. */
    static Optional<Banding> banding(PersonView v, RuleContext context) {
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
            return Optional.of(new Banding(Indikator.HIPERTENSI, jawaban == Jawaban.Y, prolanis, true));
        }
        if (jawaban == null && prolanis) {
            return Optional.of(new Banding(Indikator.HIPERTENSI, false, true, false));
        }
        return Optional.empty();
    }
}
