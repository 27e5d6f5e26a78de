package id.rekon.pispk.normalise;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

/**
 * Collects why one row cannot become a record, in the order the mapper checks its required
 * columns; the reject reason is all of them joined with {@code "; "}. One instance per row; not
 * thread-safe.
 */
public final class RejectReasons {

    private final List<String> reasons = new ArrayList<>(2);

    /**
     * Requires a value.
     *
     * @return the value (may be {@code null}, then a reason {@code <column> kosong} was added)
     */
    public String required(String column, String value) {
        if (value == null || value.isBlank()) {
            reasons.add(column + " kosong");
        }
        return value;
    }

    /**
     * Requires a readable date.
     *
     * @return the date, or {@code null} after adding {@code <column> kosong} or
     *         {@code <column> tidak dapat dibaca: "<text>" (<why>)}
     */
    public LocalDate required(String column, Tanggal tanggal) {
        String problem = tanggal.problem(column);
        if (problem != null) {
            reasons.add(problem);
        }
        return tanggal.value();
    }

    /** Adds a reason of the mapper's own. */
    public void add(String reason) {
        reasons.add(reason);
    }

    public boolean isEmpty() {
        return reasons.isEmpty();
    }

    /** A reject when a reason was added, else the record {@code build} makes. */
    public <T> MapResult<T> result(Supplier<T> build) {
        return reasons.isEmpty() ? MapResult.ok(build.get()) : MapResult.reject(String.join("; ", reasons));
    }
}
