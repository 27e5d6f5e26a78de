package id.rekon.pispk.sample;

import java.util.List;
import java.util.Random;

/**
 * The generator's single source of randomness. {@link Random} is used on purpose: its algorithm
 * is fixed by its specification, so a seed gives the same data on every JDK. Not thread-safe in
 * the sense that matters here: the generator is single-threaded so the sequence is reproducible.
 */
final class Rng {

    private final Random random;

    Rng(long seed) {
        this.random = new Random(seed);
    }

    /** A uniform integer in {@code [lo, hi]}, both included. */
    int between(int lo, int hi) {
        if (hi < lo) {
            throw new IllegalArgumentException(lo + " > " + hi);
        }
        return lo + random.nextInt(hi - lo + 1);
    }

    boolean chance(double p) {
        return random.nextDouble() < p;
    }

    double uniform() {
        return random.nextDouble();
    }

    double gaussian() {
        return random.nextGaussian();
    }

    <T> T pick(List<T> values) {
        return values.get(random.nextInt(values.size()));
    }

    <T> T pick(T[] values) {
        return values[random.nextInt(values.length)];
    }
}
