package id.rekon.pispk.rules;

import id.rekon.pispk.model.AnggotaDiKeluarga;
import id.rekon.pispk.model.Arah;
import id.rekon.pispk.model.PersonCase;
import id.rekon.pispk.model.RuleCode;
import id.rekon.pispk.model.Temuan;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * The template of the families that compare one PIS-PK member's indicator with one program register
 * (JKN, TUMBUH, ASI, HT): decide whether the person is compared and what each side says
 * ({@link #banding}), stay silent when they agree, otherwise emit the guideline's one finding for the
 * direction of the disagreement: PIS-PK (+) / program (−) or PIS-PK (−) / program (+).
 *
 * <p>A family says only what differs: its {@link Indikator} (hence the program source and the owner),
 * its two rule codes, when a person is compared and what each side says, and the Indonesian text of
 * each direction ({@link Uraian}). The subject, the owner, the member's identity and the e-PPGBM
 * posyandu are written here, alike for all of them. The concordance ({@link KonkordansiCalculator})
 * reads the same {@link #banding}, so every disagreement it counts is exactly one finding.
 *
 * <p>Families whose two directions are not one answer against another (the rosters, BALITA; the
 * couples, KUA) do not fit and implement {@link PersonRule} or {@link CoupleRule} directly.
 * Implementations are stateless and thread-safe.
 */
abstract class BandingProgramRules implements PersonRule {

    private final Indikator indikator;
    private final RuleCode pispkPlus;
    private final RuleCode pispkMinus;

    /**
     * @param pispkPlus  the code of PIS-PK (+) / program (−)
     * @param pispkMinus the code of PIS-PK (−) / program (+)
     */
    BandingProgramRules(Indikator indikator, RuleCode pispkPlus, RuleCode pispkMinus) {
        this.indikator = Objects.requireNonNull(indikator, "indikator");
        // A code in the wrong direction or against another program would file the finding under the
        // wrong team and the wrong column of Ringkasan: refuse it when the family is built.
        periksa(pispkPlus, Arah.PISPK_PLUS, indikator);
        periksa(pispkMinus, Arah.PISPK_MINUS, indikator);
        this.pispkPlus = pispkPlus;
        this.pispkMinus = pispkMinus;
    }

    @Override
    public final void evaluate(PersonCase person, RuleContext context, Consumer<Temuan> findings) {
        PersonView v = PersonView.of(person, context.settings());
        Optional<Banding> banding = banding(v, context);
        if (banding.isEmpty() || banding.get().setuju()) {
            return;
        }
        AnggotaDiKeluarga a = v.anggota().orElseThrow();
        boolean pispkYa = banding.get().pispkYa();
        Uraian uraian = pispkYa ? pispkYaProgramTidak(v, a, context) : pispkTidakProgramYa(v, a, context);
        TemuanBuilder t = TemuanBuilder.temuan(pispkYa ? pispkPlus : pispkMinus, v.pemilik(indikator.program()),
                        v.subjek())
                .anggota(a, umurPada(a, context))
                .nilai(uraian.nilaiPispk(), uraian.nilaiProgram())
                .keterangan(uraian.keterangan());
        if (denganPosyandu()) {
            t.posyandu(v.posyandu());
        }
        findings.accept(t.build());
    }

    Indikator indikator() {
        return indikator;
    }

    /**
     * The comparison the finding and the concordance share; empty when the person is not compared
     * (no NIK key, NIK-04, a blank or N answer, outside the asked ages, no program data tonight, a
     * probable match standing for the program's absence, ...). Each family says which.
     */
    abstract Optional<Banding> banding(PersonView v, RuleContext context);

    /** What a PIS-PK (+) / program (−) finding says; called only on such a disagreement. */
    abstract Uraian pispkYaProgramTidak(PersonView v, AnggotaDiKeluarga a, RuleContext context);

    /** What a PIS-PK (−) / program (+) finding says; called only on such a disagreement. */
    abstract Uraian pispkTidakProgramYa(PersonView v, AnggotaDiKeluarga a, RuleContext context);

    /** The date the member's age is counted on: the run date, unless the indicator was asked by age at the visit. */
    LocalDate umurPada(AnggotaDiKeluarga a, RuleContext context) {
        return context.runDate();
    }

    /** Whether the finding shows the posyandu of the person's latest e-PPGBM measurement that names one. */
    boolean denganPosyandu() {
        return true;
    }

    /** A comparison on which both sides gave an answer (counted in the concordance). */
    final Banding banding(boolean pispkYa, boolean programYa) {
        return new Banding(indikator, pispkYa, programYa, true);
    }

    /** A finding's Indonesian values and note: the PIS-PK value, the program value, the explanation. */
    record Uraian(String nilaiPispk, String nilaiProgram, String keterangan) {
    }

    private static void periksa(RuleCode code, Arah arah, Indikator indikator) {
        Objects.requireNonNull(code, "code");
        if (code.arah() != arah || code.sumberProgram() != indikator.program()) {
            throw new IllegalArgumentException(code.code() + " is not " + arah + " against " + indikator.program());
        }
    }
}
