package id.rekon.pispk.store;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Comparator;

/**
 * The order the engine gives subject keys in clear: BLOB order, unsigned bytes of the UTF-8 text
 * (not Java's UTF-16 string order). With the store encrypted the engine orders by ciphertext, so the
 * candidate readers sort again with this and the matcher sees the same lists either way.
 */
final class KeyOrder {

    static final Comparator<String> TEXT = Comparator.comparing(
            (String key) -> key.getBytes(StandardCharsets.UTF_8), Arrays::compareUnsigned);

    private KeyOrder() {
    }
}
