package id.rekon.pispk.normalise;

/**
 * The known Kemendagri province codes, so that {@link NikClassifier} can judge the first two
 * digits of a NIK without doing any I/O itself. Implemented by {@code region.Kemendagri}.
 * Implementations must be thread-safe.
 */
@FunctionalInterface
public interface ProvinceCodes {

    /**
     * @param twoDigits two ASCII digits, e.g. {@code "53"}
     * @return whether it is a province code of today's Kemendagri table
     */
    boolean isKnownProvince(String twoDigits);
}
