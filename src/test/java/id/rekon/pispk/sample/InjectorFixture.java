package id.rekon.pispk.sample;

import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.fail;

/**
 * A small kabupaten and a family factory for testing one {@link RuleInjector} at a time: clean
 * families are made until the injector finds a suitable person, and the manifest then holds exactly
 * what that one planting recorded (families are made without findings, and an injector records
 * nothing when it declines).
 */
final class InjectorFixture {

    static final LocalDate RUN = LocalDate.of(2026, 11, 1);

    final Rng rng = new Rng(5);
    final Kabupaten kab;
    final FamilyFactory factory;
    final ManifestBuilder mb = new ManifestBuilder();
    final InjectionKit kit;
    private int next;

    InjectorFixture() {
        Wilayah w = Wilayah.load(SampleDataGenerator.KABUPATEN, DefaultSample.WILAYAH);
        kab = Kabupaten.build(w, 300, rng);
        factory = new FamilyFactory(kab, rng, new Names(rng), new NikAllocator(), RUN);
        kit = new InjectionKit(factory, kab, rng, mb);
    }

    /** A clean family, alternating between the two puskesmas (raw survey workbook, two CSVs). */
    Family family() {
        int i = next++;
        return factory.create(i, kab.puskesmas().get(i % 2), FamilyFactory.VisitPlan.NORMAL);
    }

    /** The first of fresh families in which {@code injector} plants {@code k}. */
    Family planted(RuleInjector injector, Injection k) {
        for (int tries = 0; tries < 400; tries++) {
            Family f = family();
            if (injector.plant(k, f)) {
                return f;
            }
            if (!mb.findings().isEmpty()) {
                fail(k + " declined a family but recorded " + mb.findings());
            }
        }
        return fail(k + " found no suitable family in 400");
    }

    List<Manifest.Finding> findings() {
        return mb.findings();
    }

    /** The member, e-PPGBM-only child or other person of {@code f} whose NIK is {@code nik}. */
    static Person withNik(Family f, String nik) {
        return java.util.stream.Stream.concat(f.members.stream(), f.eppgbmOnly.stream())
                .filter(p -> nik.equals(p.nik)).findFirst().orElseThrow();
    }
}
