package id.rekon.pispk.store;

/** A database problem while reading or writing the store. */
public class StoreException extends RuntimeException {

    public StoreException(String message, Throwable cause) {
        super(message, cause);
    }
}
