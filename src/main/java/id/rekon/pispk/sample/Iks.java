package id.rekon.pispk.sample;

import id.rekon.pispk.model.Jawaban;

import java.util.List;
import java.util.function.Function;

/**
 * The Keluarga Sehat index the app writes with each family, computed the spec's way from the
 * written answers: {@code IKS = ΣY / (12 − ΣN)} over the twelve family-level indicators.
 */
final class Iks {

    private static final List<Function<Person, Jawaban>> MEMBER_INDICATORS = List.of(
            p -> p.kb, p -> p.bersalin, p -> p.imunisasi, p -> p.asi, p -> p.pemantauan,
            p -> p.tb, p -> p.ht, p -> p.odgj);

    private Iks() {
    }

    static double of(Family f) {
        int y = 0;
        int n = 0;
        for (Function<Person, Jawaban> ind : MEMBER_INDICATORS) {
            Jawaban j = familyValue(f, ind);
            if (j == Jawaban.Y) {
                y++;
            } else if (j == Jawaban.N) {
                n++;
            }
        }
        boolean smoker = false;
        boolean allJkn = true;
        for (Person p : f.members) {
            if (p.inPispk) {
                smoker |= Boolean.TRUE.equals(p.merokok);
                allJkn &= Boolean.TRUE.equals(p.jkn);
            }
        }
        y += smoker ? 0 : 1;
        y += allJkn ? 1 : 0;
        y += f.airBersih ? 1 : 0;
        y += f.jamban ? 1 : 0;
        return Math.round(1000.0 * y / (12 - n)) / 1000.0;
    }

    private static Jawaban familyValue(Family f, Function<Person, Jawaban> ind) {
        boolean anyT = false;
        for (Person p : f.members) {
            if (!p.inPispk) {
                continue;
            }
            Jawaban j = ind.apply(p);
            if (j == Jawaban.Y) {
                return Jawaban.Y;
            }
            anyT |= j == Jawaban.T;
        }
        return anyT ? Jawaban.T : Jawaban.N;
    }
}
