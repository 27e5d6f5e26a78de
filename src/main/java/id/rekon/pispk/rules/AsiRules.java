package id.rekon.pispk.rules;

import id.rekon.pispk.model.AnggotaDiKeluarga;
import id.rekon.pispk.model.PersonCase;
import id.rekon.pispk.model.Anggota;
import id.rekon.pispk.model.Pengukuran;
import id.rekon.pispk.model.RuleCode;
import id.rekon.pispk.model.Sumber;
import id.rekon.pispk.model.Temuan;

import java.time.LocalDate;
import java.util.Optional;
import java.util.function.Consumer;

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
public final class AsiRules implements PersonRule {

    @Override
    public void evaluate(PersonCase person, RuleContext context, Consumer<Temuan> findings) {
        PersonView v = PersonView.of(person, context.settings());
        Optional<Banding> banding = banding(v, context);
        if (banding.isEmpty() || banding.get().setuju()) {
            return;
        }
        AnggotaDiKeluarga a = v.anggota().orElseThrow();
        LocalDate kunjungan = a.keluarga().tanggalKunjungan();
        Pengukuran p = jawabanEppgbm(v).orElseThrow();
        boolean ya = banding.get().pispkYa();
        findings.accept(TemuanBuilder.temuan(ya ? RuleCode.ASI_01 : RuleCode.ASI_02, v.pemilik(Sumber.EPPGBM),
                        v.subjek())
                .anggota(a, kunjungan).posyandu(v.posyandu())
                .nilai("ASI eksklusif: " + (ya ? "Y" : "T"),
                        "e-PPGBM: " + (p.asiEksklusif() ? "ASI eksklusif" : "tidak ASI eksklusif")
                                + " (dicatat " + Teks.tanggal(p.tanggalUkur()) + ")")
                .keterangan("Kunjungan PIS-PK " + Teks.tanggal(kunjungan) + ".")
                .build());
    }

    /** The comparison the rule and the concordance share; empty when the child is not compared. */
    static Optional<Banding> banding(PersonView v, RuleContext context) {
        RuleSettings s = context.settings();
        return JawabanAnak.dari(v, Anggota::asiEksklusif, s.asiMinMonths(), s.asiMaxMonths())
                .flatMap(j -> jawabanEppgbm(v).map(p -> new Banding(Indikator.ASI, j.ya(), p.asiEksklusif(), true)));
    }

    /** The most recent measurement with a recorded ASI answer. */
    static Optional<Pengukuran> jawabanEppgbm(PersonView v) {
        for (int i = v.eppgbm().size() - 1; i >= 0; i--) {
            if (v.eppgbm().get(i).asiEksklusif() != null) {
                return Optional.of(v.eppgbm().get(i));
            }
        }
        return Optional.empty();
    }
}
