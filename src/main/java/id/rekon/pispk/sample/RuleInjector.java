package id.rekon.pispk.sample;

import java.util.Set;

/**
 * Plants one rule family's discrepancies (and near misses) into a clean family and records in the
 * manifest every finding each causes. One class per family of {@code model.RuleFamily}; the list
 * the generator uses is {@link RuleInjectors#all}.
 *
 * <p>An injector is called only for its own {@link #cases()}, when {@link Injector}'s pacing says
 * one is due; it draws from the run's {@link Rng} in a fixed order, since the generated data is
 * reproducible only if the draws are.
 */
interface RuleInjector {

    /** The injections this injector plants (each is planted by exactly one injector). */
    Set<Injection> cases();

    /**
     * Plants {@code k} in family {@code f} and records its findings; {@code false} when the family
     * has no suitable person (the injection is then tried in a later family).
     */
    boolean plant(Injection k, Family f);
}
