package id.rekon.pispk.normalise;

import java.util.Objects;

/**
 * The outcome of mapping one source row: either a domain record, or a reject with an Indonesian
 * reason naming the column and the value seen (e.g. {@code Tanggal Lahir tidak dapat dibaca:
 * "31/02/2021"}). Several problems of one row are joined with {@code "; "}.
 *
 * @param <T> the domain record type
 */
public sealed interface MapResult<T> permits MapResult.Ok, MapResult.Reject {

    static <T> MapResult<T> ok(T value) {
        return new Ok<>(value);
    }

    static <T> MapResult<T> reject(String reason) {
        return new Reject<>(reason);
    }

    /** Whether the row gave a record. */
    boolean isOk();

    /** The record; throws {@link IllegalStateException} on a reject. */
    T value();

    /** The reject reason; throws {@link IllegalStateException} when the row was mapped. */
    String reason();

    /** A mapped row. */
    record Ok<T>(T value) implements MapResult<T> {
        public Ok {
            Objects.requireNonNull(value, "value");
        }

        @Override
        public boolean isOk() {
            return true;
        }

        @Override
        public String reason() {
            throw new IllegalStateException("row was mapped, it has no reject reason");
        }
    }

    /** A rejected row, with the reason shown to the operator. */
    record Reject<T>(String reason) implements MapResult<T> {
        public Reject {
            if (reason == null || reason.isBlank()) {
                throw new IllegalArgumentException("a reject needs a reason");
            }
        }

        @Override
        public boolean isOk() {
            return false;
        }

        @Override
        public T value() {
            throw new IllegalStateException("row was rejected: " + reason);
        }
    }
}
