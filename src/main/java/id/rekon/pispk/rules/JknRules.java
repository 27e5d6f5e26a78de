package id.rekon.pispk.rules;

import id.rekon.pispk.model.AnggotaDiKeluarga;
import id.rekon.pispk.model.PersonCase;
import id.rekon.pispk.model.PesertaPcare;
import id.rekon.pispk.model.RuleCode;
import id.rekon.pispk.model.Sumber;
import id.rekon.pispk.model.Temuan;

import java.util.Optional;
import java.util.function.Consumer;

/**
 * JKN-01 and JKN-02: the member's {@code Kartu JKN} answer against PCare, for people matched by NIK.
 *
 * <ul>
 *   <li>JKN-01 (PIS-PK +, program −): {@code Kartu JKN} = Ya and no PCare row with the NIK, or none
 *   AKTIF. Graded: "tidak ditemukan" (absent) and "TIDAK AKTIF (segment)" (inactive) say different
 *   things to the JKN holder, in {@code nilaiProgram} and {@code keterangan}.</li>
 *   <li>JKN-02 (PIS-PK −, program +): {@code Kartu JKN} = Tidak and a PCare row AKTIF.</li>
 * </ul>
 * A blank answer is not compared. PCare lists every participant registered at a facility of the
 * region, so absence there is an answer ("no card"). Silent for a person without a NIK key and for a
 * NIK held by two people in one source (NIK-04 is the one finding then), and on a night without
 * any PCare data. Silent too, and not compared, for a member with no PCare row under the NIK but a
 * probable PCare match (MATCH-01 is then the one action, spec rule 4). Stateless, thread-safe.
 */
public final class JknRules implements PersonRule {

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
            TemuanBuilder t = TemuanBuilder.temuan(RuleCode.JKN_01, owner, v.subjek())
                    .anggota(a, context.runDate()).posyandu(v.posyandu());
            if (v.pcare().isEmpty()) {
                t.nilai("Kartu JKN: Ya", "PCare: tidak ditemukan")
                        .keterangan("Tidak ada peserta PCare dengan NIK ini.");
            } else {
                PesertaPcare p = v.pcare().get(0);
                t.nilai("Kartu JKN: Ya", "PCare: " + Teks.statusPcare(p))
                        .keterangan("Terdaftar di PCare tetapi tidak aktif: " + Teks.kartuPcare(p) + ".");
            }
            findings.accept(t.build());
        } else {
            PesertaPcare p = v.pcare().stream().filter(PesertaPcare::aktif).findFirst().orElseThrow();
            findings.accept(TemuanBuilder.temuan(RuleCode.JKN_02, owner, v.subjek())
                    .anggota(a, context.runDate()).posyandu(v.posyandu())
                    .nilai("Kartu JKN: Tidak", "PCare: " + Teks.statusPcare(p))
                    .keterangan("Peserta aktif: " + Teks.kartuPcare(p) + ".")
                    .build());
        }
    }

    /** The comparison the rule and the concordance share; empty when the person is not compared. */
    static Optional<Banding> banding(PersonView v, RuleContext context) {
        // Without any PCare data tonight, "not in PCare" says nothing (see Cakupan).
        if (!v.dibandingkanLewatNik() || !context.cakupan().ada(Sumber.PCARE, null)
                || v.programDiPasanganKemungkinan(Sumber.PCARE)) {
            return Optional.empty();
        }
        Boolean kartu = v.anggota().orElseThrow().anggota().kartuJkn();
        if (kartu == null) {
            return Optional.empty();
        }
        boolean aktif = v.pcare().stream().anyMatch(PesertaPcare::aktif);
        return Optional.of(new Banding(Indikator.JKN, kartu, aktif, true));
    }
}
