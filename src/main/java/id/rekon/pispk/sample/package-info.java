/**
 * Synthetic data: a generator that writes a whole kabupaten's nightly inbox (the five export
 * kinds of {@code docs/sources}, with every kind of damage real exports carry), a region master,
 * and a {@code manifest.json} holding the ground truth an end-to-end test compares the job with.
 *
 * <p>The generator is deliberately independent of the product's readers, normalisers and rules:
 * it builds a clean population on which no rule fires, injects discrepancies person by person and
 * records, as it writes, every finding each one must cause. It only borrows enums and
 * {@link id.rekon.pispk.model.Umur} from {@code model}, so ages are counted the way the spec
 * defines them.
 *
 * <p>The discrepancies: {@link id.rekon.pispk.sample.Injector} paces the {@link id.rekon.pispk.sample.Injection}s
 * over the run and hands each to the {@link id.rekon.pispk.sample.RuleInjector} of its rule family
 * ({@code JknInjector}, {@code BalitaInjector}, ..., listed in {@link id.rekon.pispk.sample.RuleInjectors}),
 * which plants it with the shared {@link id.rekon.pispk.sample.InjectionKit} and records its findings;
 * SURVEI-01 is chosen with the visit date ({@code SurveiInjector}) and a whole damaged export is
 * {@code EksporRusakInjector}'s. The data for a seed depends on the order of the random draws, so
 * an injector's draws stay where they are.
 *
 * <p>Everything streams: families are generated and written one at a time, every output file
 * stays open for the whole run, and no list of all people is ever held. Entry point:
 * {@link id.rekon.pispk.sample.SampleDataGenerator}.
 */
package id.rekon.pispk.sample;
