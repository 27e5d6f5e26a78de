package id.rekon.pispk.match;

/**
 * The two thresholds the probable matcher needs. An interface of the matcher's own, which the rules'
 * settings ({@code rules.RuleSettings}) implement, so that the matcher does not depend on the rules
 * package (the rules depend on the matcher's cases, not the other way round).
 */
public interface AmbangPencocokan {

    /** Minimum score in [0,1] for a pair to be proposed (MATCH-01). */
    double probableMatchThreshold();

    /** Names (and parents' names) below this Jaro-Winkler similarity are different people. */
    double nameSimilarityThreshold();
}
