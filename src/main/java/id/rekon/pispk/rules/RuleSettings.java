package id.rekon.pispk.rules;

import id.rekon.pispk.match.AmbangPencocokan;

/**
 * Every window and threshold of the rules, each a job setting whose default is the spec's value.
 * Built by name: {@link #builder()} from the defaults, {@link #toBuilder()} or a {@code with…} from
 * other settings; the job definition binds its {@code aturan} keys to the components by name. The
 * positional constructor is the record's own and only {@link Builder#build()} calls it.
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

    /** The spec's values, as {@link Builder} starts with them. */
    public static RuleSettings defaults() {
        return builder().build();
    }

    /** A builder holding the spec's defaults: set by name only what differs. */
    public static Builder builder() {
        return new Builder();
    }

    /** A builder holding these settings. */
    public Builder toBuilder() {
        return new Builder()
                .tumbuhWindowDays(tumbuhWindowDays)
                .tumbuhMinMonths(tumbuhMinMonths)
                .tumbuhMaxMonths(tumbuhMaxMonths)
                .balitaMaxMonths(balitaMaxMonths)
                .asiMinMonths(asiMinMonths)
                .asiMaxMonths(asiMaxMonths)
                .surveiMaxMonths(surveiMaxMonths)
                .kuaAkadDays(kuaAkadDays)
                .probableMatchThreshold(probableMatchThreshold)
                .nameSimilarityThreshold(nameSimilarityThreshold);
    }

    // One "with" per setting, so a test or a caller changes one by name; each goes through the
    // builder, so a new setting is written once there and not in every "with".

    public RuleSettings withTumbuhWindowDays(int v) {
        return toBuilder().tumbuhWindowDays(v).build();
    }

    public RuleSettings withTumbuhMinMonths(int v) {
        return toBuilder().tumbuhMinMonths(v).build();
    }

    public RuleSettings withTumbuhMaxMonths(int v) {
        return toBuilder().tumbuhMaxMonths(v).build();
    }

    public RuleSettings withBalitaMaxMonths(int v) {
        return toBuilder().balitaMaxMonths(v).build();
    }

    public RuleSettings withAsiMinMonths(int v) {
        return toBuilder().asiMinMonths(v).build();
    }

    public RuleSettings withAsiMaxMonths(int v) {
        return toBuilder().asiMaxMonths(v).build();
    }

    public RuleSettings withSurveiMaxMonths(int v) {
        return toBuilder().surveiMaxMonths(v).build();
    }

    public RuleSettings withKuaAkadDays(int v) {
        return toBuilder().kuaAkadDays(v).build();
    }

    public RuleSettings withProbableMatchThreshold(double v) {
        return toBuilder().probableMatchThreshold(v).build();
    }

    public RuleSettings withNameSimilarityThreshold(double v) {
        return toBuilder().nameSimilarityThreshold(v).build();
    }

    /**
     * Builds {@link RuleSettings} by name, starting from the spec's defaults, so no caller spells out
     * the positional constructor. Not thread-safe: one builder per settings built.
     */
    public static final class Builder {

        private int tumbuhWindowDays = 31;
        private int tumbuhMinMonths = 2;
        private int tumbuhMaxMonths = 59;
        private int balitaMaxMonths = 60;
        private int asiMinMonths = 7;
        private int asiMaxMonths = 23;
        private int surveiMaxMonths = 12;
        private int kuaAkadDays = 90;
        private double probableMatchThreshold = 0.85;
        private double nameSimilarityThreshold = 0.85;

        private Builder() {
        }

        public Builder tumbuhWindowDays(int v) {
            this.tumbuhWindowDays = v;
            return this;
        }

        public Builder tumbuhMinMonths(int v) {
            this.tumbuhMinMonths = v;
            return this;
        }

        public Builder tumbuhMaxMonths(int v) {
            this.tumbuhMaxMonths = v;
            return this;
        }

        public Builder balitaMaxMonths(int v) {
            this.balitaMaxMonths = v;
            return this;
        }

        public Builder asiMinMonths(int v) {
            this.asiMinMonths = v;
            return this;
        }

        public Builder asiMaxMonths(int v) {
            this.asiMaxMonths = v;
            return this;
        }

        public Builder surveiMaxMonths(int v) {
            this.surveiMaxMonths = v;
            return this;
        }

        public Builder kuaAkadDays(int v) {
            this.kuaAkadDays = v;
            return this;
        }

        public Builder probableMatchThreshold(double v) {
            this.probableMatchThreshold = v;
            return this;
        }

        public Builder nameSimilarityThreshold(double v) {
            this.nameSimilarityThreshold = v;
            return this;
        }

        public RuleSettings build() {
            return new RuleSettings(tumbuhWindowDays, tumbuhMinMonths, tumbuhMaxMonths, balitaMaxMonths, asiMinMonths,
                    asiMaxMonths, surveiMaxMonths, kuaAkadDays, probableMatchThreshold, nameSimilarityThreshold);
        }
    }
}
