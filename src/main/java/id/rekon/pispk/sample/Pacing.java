package id.rekon.pispk.sample;

import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * When each {@link Injection} is due: each has a target count for the run, spread evenly over the
 * families; a {@code fixed} one (a boundary case) is due from the first third of the run on, until
 * made once.
 */
final class Pacing {

    private final int families;
    private final Map<Injection, Integer> target = new EnumMap<>(Injection.class);
    private final Map<Injection, Integer> applied = new EnumMap<>(Injection.class);

    Pacing(int families) {
        this.families = families;
        for (Injection k : Injection.values()) {
            target.put(k, k.target(families));
            applied.put(k, 0);
        }
    }

    /** Whether {@code k} is due in family number {@code index}. */
    boolean due(Injection k, int index) {
        int t = target.get(k);
        if (k.fixed) {
            return applied.get(k) < t && index >= families / 3;
        }
        return applied.get(k) < Math.floor((double) t * (index + 1) / families + 0.5);
    }

    /** Counts {@code k} made in family {@code f}. */
    void done(Injection k, Family f) {
        applied.merge(k, 1, Integer::sum);
        f.injections++;
    }

    /** How many of each injection were made, in declaration order. */
    Map<String, Integer> counts() {
        Map<String, Integer> m = new LinkedHashMap<>();
        applied.forEach((k, v) -> m.put(k.name(), v));
        return m;
    }
}
