package id.rekon.pispk.rules;

import id.rekon.pispk.match.AmbangPencocokan;

/**
 * Every window and threshold of the rules, each a job setting whose default is the spec's value.
 *
 * @param tumbuhWindowDays        TUMBUH: measurement from visit minus this many days to the visit, inclusive (31)
 * @param tumbuhMinMonths         TUMBUH: youngest age asked, months at the visit (2)
 * @param tumbuhMaxMonths         TUMBUH: oldest age asked, months at the visit (59)
 * @param balitaMaxMonths         BALITA: a child is under this many months on the run date (60)
 * @param asiMinMonths            ASI: youngest age, months at the visit (7)
 * @param asiMaxMonths            ASI: oldest age, months at the visit (23)
 * @param surveiMaxMonths         SURVEI-01: a visit this many whole months or more before the run date (12)
 * @param kuaAkadDays             KUA-03: akad after the run date and at most this many days after it (90)
 * @param probableMatchThreshold  MATCH-01: minimum score in [0,1] to propose a pair (0.85)
 * @param nameSimilarityThreshold DEMO-03: names below this Jaro-Winkler similarity are dissimilar (0.85)
 */
public record RuleSettings(
        int tumbuhWindowDays,
        int tumbuhMinMonths,
        int tumbuhMaxMonths,
        int balitaMaxMonths,
        int asiMinMonths,
        int asiMaxMonths,
        int surveiMaxMonths,
        int kuaAkadDays,
        double probableMatchThreshold,
        double nameSimilarityThreshold) implements AmbangPencocokan {

    public static RuleSettings defaults() {
        return new RuleSettings(31, 2, 59, 60, 7, 23, 12, 90, 0.85, 0.85);
    }

    // One "with" per setting, so a test or a caller changes one by name instead of repeating ten
    // positional values (job definitions bind them by name from YAML: JobDefinitionLoader).

    public RuleSettings withTumbuhWindowDays(int v) {
        return new RuleSettings(v, tumbuhMinMonths, tumbuhMaxMonths, balitaMaxMonths, asiMinMonths, asiMaxMonths, surveiMaxMonths, kuaAkadDays, probableMatchThreshold, nameSimilarityThreshold);
    }

    public RuleSettings withTumbuhMinMonths(int v) {
        return new RuleSettings(tumbuhWindowDays, v, tumbuhMaxMonths, balitaMaxMonths, asiMinMonths, asiMaxMonths, surveiMaxMonths, kuaAkadDays, probableMatchThreshold, nameSimilarityThreshold);
    }

    public RuleSettings withTumbuhMaxMonths(int v) {
        return new RuleSettings(tumbuhWindowDays, tumbuhMinMonths, v, balitaMaxMonths, asiMinMonths, asiMaxMonths, surveiMaxMonths, kuaAkadDays, probableMatchThreshold, nameSimilarityThreshold);
    }

    public RuleSettings withBalitaMaxMonths(int v) {
        return new RuleSettings(tumbuhWindowDays, tumbuhMinMonths, tumbuhMaxMonths, v, asiMinMonths, asiMaxMonths, surveiMaxMonths, kuaAkadDays, probableMatchThreshold, nameSimilarityThreshold);
    }

    public RuleSettings withAsiMinMonths(int v) {
        return new RuleSettings(tumbuhWindowDays, tumbuhMinMonths, tumbuhMaxMonths, balitaMaxMonths, v, asiMaxMonths, surveiMaxMonths, kuaAkadDays, probableMatchThreshold, nameSimilarityThreshold);
    }

    public RuleSettings withAsiMaxMonths(int v) {
        return new RuleSettings(tumbuhWindowDays, tumbuhMinMonths, tumbuhMaxMonths, balitaMaxMonths, asiMinMonths, v, surveiMaxMonths, kuaAkadDays, probableMatchThreshold, nameSimilarityThreshold);
    }

    public RuleSettings withSurveiMaxMonths(int v) {
        return new RuleSettings(tumbuhWindowDays, tumbuhMinMonths, tumbuhMaxMonths, balitaMaxMonths, asiMinMonths, asiMaxMonths, v, kuaAkadDays, probableMatchThreshold, nameSimilarityThreshold);
    }

    public RuleSettings withKuaAkadDays(int v) {
        return new RuleSettings(tumbuhWindowDays, tumbuhMinMonths, tumbuhMaxMonths, balitaMaxMonths, asiMinMonths, asiMaxMonths, surveiMaxMonths, v, probableMatchThreshold, nameSimilarityThreshold);
    }

    public RuleSettings withProbableMatchThreshold(double v) {
        return new RuleSettings(tumbuhWindowDays, tumbuhMinMonths, tumbuhMaxMonths, balitaMaxMonths, asiMinMonths, asiMaxMonths, surveiMaxMonths, kuaAkadDays, v, nameSimilarityThreshold);
    }

    public RuleSettings withNameSimilarityThreshold(double v) {
        return new RuleSettings(tumbuhWindowDays, tumbuhMinMonths, tumbuhMaxMonths, balitaMaxMonths, asiMinMonths, asiMaxMonths, surveiMaxMonths, kuaAkadDays, probableMatchThreshold, v);
    }
}
