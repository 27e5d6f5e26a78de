package id.rekon.pispk.job.rules;

import id.rekon.pispk.store.PersonCaseCursor;

/**
 * A case after the rules looked at it on the reader's pool: what they said ({@code null}: nothing), or
 * what a rule threw. The failure travels with the case so that it fails the step in the processor, at
 * that case, as it did when the step's own thread applied the rules.
 */
public record Dinilai(Evaluasi evaluasi, Throwable gagal) {

    /**
     * The evaluation of {@code kasus}, or the failure of a rule on it; a person still to be read off
     * the store ({@link PersonCaseCursor.Unread}) is read first, and a failure to read it travels the same way.
     */
    static Dinilai dari(RuleEvaluator evaluator, Object kasus) {
        try {
            Object dibaca = kasus instanceof PersonCaseCursor.Unread u ? u.read() : kasus;
            return new Dinilai(evaluator.evaluate(dibaca), null);
        } catch (RuntimeException | Error e) {
            return new Dinilai(null, e);
        }
    }

    /** What the rules said ({@code null}: nothing); throws what a rule threw. */
    Evaluasi hasil() {
        if (gagal instanceof RuntimeException r) {
            throw r;
        }
        if (gagal instanceof Error e) {
            throw e;
        }
        return evaluasi;
    }
}
