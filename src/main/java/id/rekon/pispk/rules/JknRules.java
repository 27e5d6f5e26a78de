package id.rekon.pispk.rules;

import id.rekon.pispk.model.AnggotaDiKeluarga;
import id.rekon.pispk.model.PesertaPcare;
import id.rekon.pispk.model.RuleCode;
import id.rekon.pispk.model.Sumber;

import java.util.Optional;

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
 * probable PCare match (MATCH-01 is then the one action, spec rule 4). Ages on the run date.
 * Stateless, thread-safe.
 */
public final class JknRules extends BandingProgramRules {

    public JknRules() {
        super(Indikator.JKN, RuleCode.JKN_01, RuleCode.JKN_02);
    }

    @Override
    Optional<Banding> banding(PersonView v, RuleContext context) {
        // Without any PCare data tonight, "not in PCare" says nothing (see Cakupan).
        if (!v.dibandingkanLewatNik() || !context.cakupan().ada(Sumber.PCARE, null)
                || v.programDiPasanganKemungkinan(Sumber.PCARE)) {
            return Optional.empty();
        }
        Boolean kartu = v.anggota().orElseThrow().anggota().kartuJkn();
        if (kartu == null) {
            return Optional.empty();
        }
        return Optional.of(banding(kartu, v.pcare().stream().anyMatch(PesertaPcare::aktif)));
    }

    @Override
    Uraian pispkYaProgramTidak(PersonView v, AnggotaDiKeluarga a, RuleContext context) {
        if (v.pcare().isEmpty()) {
            return new Uraian("Kartu JKN: Ya", "PCare: tidak ditemukan", "Tidak ada peserta PCare dengan NIK ini.");
        }
        PesertaPcare p = v.pcare().get(0);
        return new Uraian("Kartu JKN: Ya", "PCare: " + Teks.statusPcare(p),
                "Terdaftar di PCare tetapi tidak aktif: " + Teks.kartuPcare(p) + ".");
    }

    @Override
    Uraian pispkTidakProgramYa(PersonView v, AnggotaDiKeluarga a, RuleContext context) {
        PesertaPcare p = v.pcare().stream().filter(PesertaPcare::aktif).findFirst().orElseThrow();
        return new Uraian("Kartu JKN: Tidak", "PCare: " + Teks.statusPcare(p),
                "Peserta aktif: " + Teks.kartuPcare(p) + ".");
    }
}
