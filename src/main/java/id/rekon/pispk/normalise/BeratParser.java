package id.rekon.pispk.normalise;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * Reads e-PPGBM weights into kilograms, whatever unit the operator typed.
 *
 * <ul>
 *   <li>{@code Berat}: a value over 100 is in grams ({@code 12500} is 12.5 kg), otherwise kg.</li>
 *   <li>{@code BB Lahir}: a value below 10 is in kg ({@code 3,2}), otherwise grams
 *       ({@code 3200} is 3.2 kg).</li>
 * </ul>
 * Zero or negative means "not weighed" and gives {@code null}, as do blank and unreadable
 * values. Immutable and thread-safe.
 */
public final class BeratParser {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);
    private static final BigDecimal TEN = BigDecimal.TEN;

    private final DesimalParser desimal;

    public BeratParser() {
        this(new DesimalParser());
    }

    public BeratParser(DesimalParser desimal) {
        this.desimal = Objects.requireNonNull(desimal, "desimal");
    }

    /** Weight at measurement, in kg, or {@code null}. */
    public BigDecimal beratKg(String text) {
        BigDecimal v = positive(text);
        return v == null ? null : v.compareTo(HUNDRED) > 0 ? grams(v) : v;
    }

    /** Birth weight, in kg, or {@code null}. */
    public BigDecimal beratLahirKg(String text) {
        BigDecimal v = positive(text);
        return v == null ? null : v.compareTo(TEN) < 0 ? v : grams(v);
    }

    private BigDecimal positive(String text) {
        BigDecimal v = desimal.parse(text);
        return v == null || v.signum() <= 0 ? null : v;
    }

    private static BigDecimal grams(BigDecimal grams) {
        BigDecimal kg = grams.movePointLeft(3).stripTrailingZeros();
        return kg.scale() < 0 ? kg.setScale(0) : kg;
    }
}
