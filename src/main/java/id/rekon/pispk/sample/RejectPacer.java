package id.rekon.pispk.sample;

/**
 * Decides when a writer adds a row the job must reject: at a small random rate, and at least
 * {@code min} times per file so even a tiny sample shows every kind.
 */
final class RejectPacer {

    private final Rng rng;
    private final double rate;
    private final int min;
    private int count;

    RejectPacer(Rng rng, double rate, int min) {
        this.rng = rng;
        this.rate = rate;
        this.min = min;
    }

    /** Whether to add a bad row now; counts it when yes. */
    boolean due() {
        if (rng.chance(rate)) {
            count++;
            return true;
        }
        return false;
    }

    /** At the end of a file: whether bad rows are still owed to reach the minimum; counts it when yes. */
    boolean owed() {
        if (count < min) {
            count++;
            return true;
        }
        return false;
    }

    /** Starts counting again for a new file part. */
    void reset() {
        count = 0;
    }
}
