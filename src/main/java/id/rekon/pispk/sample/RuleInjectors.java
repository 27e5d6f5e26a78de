package id.rekon.pispk.sample;

import java.util.List;

/**
 * The registry of rule-family injectors. A new rule family's injector is added here; which
 * injector plants an {@link Injection} is found from their {@link RuleInjector#cases()}, and the
 * order injections are tried in is {@link Injection}'s declaration order, not this list's.
 */
final class RuleInjectors {

    private RuleInjectors() {
    }

    static List<RuleInjector> all(InjectionKit kit) {
        return List.of(
                new JknInjector(kit),
                new PertumbuhanInjector(kit),
                new BalitaInjector(kit),
                new AsiInjector(kit),
                new HipertensiInjector(kit),
                new KuaInjector(kit),
                new IdentitasInjector(kit),
                new PencocokanInjector(kit),
                new KualitasNikInjector(kit));
    }
}
