package id.rekon.pispk.sample;

/**
 * The discrepancies the generator injects into the clean base, each with the findings it causes
 * (each is planted by one {@link RuleInjector}, see {@link RuleInjectors}). {@code rate} is per family;
 * {@code min} is the count reached even in a tiny run; a {@code fixed} one (a boundary case) is made
 * exactly {@code min} times whatever the size.
 *
 * <p>The declaration order is the order {@link Injector} tries them in, and every injector draws
 * from the one random sequence: adding, removing or moving a constant changes the data generated for
 * a seed.
 */
enum Injection {
    JKN01_ABSENT(1), JKN01_INACTIVE(1), JKN02(1),
    TUMBUH01(1), TUMBUH02(1),
    TUMBUH01_EDGE_OUT_32(true), TUMBUH02_EDGE_IN_31(true), TUMBUH_EDGE_IN_31_NONE(true), TUMBUH_EDGE_VISIT_NONE(true),
    BALITA01_OMITTED(1), BALITA01_DUMMY_ZERO(1), BALITA01_DUMMY_MOTHER(1), BALITA01_NIK_NUMERIC(0.5),
    BALITA01_NIK_SCIENTIFIC(0.5), BALITA01_DUMMY_THEN_REAL(0.5),
    BALITA01_EDGE_59(true), BALITA01_EDGE_60_NONE(true),
    BALITA02_NO_EPPGBM(1), BALITA02_BLANK_NIK(0.5), BALITA02_EDGE_59(true), BALITA02_EDGE_60_NONE(true),
    ASI01(1), ASI02(1),
    HT01(1), HT02(1),
    KUA01(1), KUA02(1), KUA02_NIK_NUMERIC(0.5), KUA02_NIK_INVALID(0.5), KUA03_PISPK(0.5), KUA03_OUTSIDERS(0.5),
    KUA03_EDGE_1(true), KUA03_EDGE_90(true), KUA03_EDGE_0_NONE(true), KUA03_EDGE_91_NONE(true),
    DEMO01(1), DEMO02(1), DEMO03(1), DEMO04(1),
    NIK01_PISPK(1, 4), NIK01_PCARE(0.5), NIK02_PISPK_NUMERIC(0.5), NIK02_PISPK_SCIENTIFIC(0.5),
    NIK02_PCARE_SCIENTIFIC(0.5), NIK02_EPPGBM_PARTIAL(0.5), NIK04_PISPK(0.5), NIK05_DATE(0.5), NIK05_SEX(0.5),
    MATCH01_DUMMY_ZERO(0.5), MATCH01_DUMMY_MOTHER(0.5), MATCH01_BY_NY(0.5),
    MATCH01_PCARE_DAMAGED(1), MATCH01_PCARE_INVALID(0.5), MATCH01_PCARE_BLANK(0.5), MATCH01_KUA_DAMAGED(0.5),
    MATCH01_NONE_FATHER_SON(0.5), MATCH01_NONE_NAMESAKE(0.5), MATCH01_NONE_TWIN(0.5),
    SURVEI01(1), SURVEI01_EDGE_12(true), SURVEI01_EDGE_11_NONE(true);

    /** Share of families that get each common injection (0.4%). */
    static final double BASE_RATE = 0.004;

    final double weight;
    final boolean fixed;

    final int min;

    Injection(double weight) {
        this(weight, weight >= 1 ? 2 : 1);
    }

    Injection(double weight, int min) {
        this.weight = weight;
        this.min = min;
        this.fixed = false;
    }

    Injection(boolean fixed) {
        this.weight = 0;
        this.min = 1;
        this.fixed = fixed;
    }

    /** How many to make in a run of {@code families}. */
    int target(int families) {
        if (fixed) {
            return 1;
        }
        return Math.max(min, (int) Math.round(BASE_RATE * weight * families));
    }

    boolean survei() {
        return name().startsWith("SURVEI");
    }
}
