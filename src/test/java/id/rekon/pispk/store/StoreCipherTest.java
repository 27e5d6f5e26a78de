package id.rekon.pispk.store;

import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Random;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/** The encryption of tonight's store's columns: reversible, equality-preserving where the SQL needs it. */
class StoreCipherTest {

    private final StoreCipher cipher = StoreCipher.of("kunci-uji-rahasia-123");

    @Test
    void theNikPermutationIsReversibleAndNeverCollides() {
        Random random = new Random(11);
        Set<Long> stored = new HashSet<>();
        for (int i = 0; i < 200_000; i++) {
            long nik = i < 100_000 ? 5302014101240000L + i : Math.abs(random.nextLong()) % 10_000_000_000_000_000L;
            long s = cipher.nik(nik);
            assertThat(cipher.nikBack(s)).isEqualTo(nik);
            assertThat(s).isNotEqualTo(nik);
            stored.add(s);
        }
        assertThat(stored).hasSizeGreaterThan(199_990); // random NIKs may repeat; consecutive ones never collide
        for (long edge : new long[] {0L, 1L, -1L, Long.MAX_VALUE, Long.MIN_VALUE, 9_999_999_999_999_999L}) {
            assertThat(cipher.nikBack(cipher.nik(edge))).isEqualTo(edge);
        }
    }

    @Test
    void keysAreDeterministicAndReversibleAndShowNothingOfTheText() {
        String key = "PISPK|5302010101000123|SITI AMINAH|2024-01-01";
        byte[] a = cipher.key(key);
        assertThat(cipher.key(key)).isEqualTo(a);
        assertThat(cipher.key(key + "X")).isNotEqualTo(a);
        assertThat(cipher.keyBack(a)).isEqualTo(key);
        assertThat(new String(a, StandardCharsets.ISO_8859_1)).doesNotContain("SITI").doesNotContain("PISPK");
        assertThat(cipher.keyBack(cipher.key(""))).isEmpty();
        assertThat(cipher.keyBack(null)).isNull();
        String long_ = "NAMA YANG SANGAT PANJANG ".repeat(40) + "ÉÑ 名前";
        assertThat(cipher.keyBack(cipher.key(long_))).isEqualTo(long_);
    }

    @Test
    void payloadsGetAFreshNonceEachTimeAndComeBack() {
        byte[] plain = "payload dengan nama SITI".repeat(30).getBytes(StandardCharsets.UTF_8);
        byte[] one = cipher.payload(plain);
        byte[] two = cipher.payload(plain);
        assertThat(one).isNotEqualTo(two);
        assertThat(cipher.payloadBack(one)).isEqualTo(plain);
        assertThat(cipher.payloadBack(two)).isEqualTo(plain);
        assertThat(cipher.payloadBack(cipher.payload(new byte[0]))).isEmpty();
    }

    @Test
    void anotherKeyGivesOtherValuesAndOffKeepsTheClearValues() {
        StoreCipher other = StoreCipher.of("kunci-lain-rahasia-456");
        assertThat(other.nik(5302014101240001L)).isNotEqualTo(cipher.nik(5302014101240001L));
        assertThat(other.check()).isNotEqualTo(cipher.check());
        assertThat(StoreCipher.OFF.on()).isFalse();
        assertThat(StoreCipher.OFF.nik(5302014101240001L)).isEqualTo(5302014101240001L);
        assertThat(StoreCipher.OFF.key("K-1")).isEqualTo("K-1".getBytes(StandardCharsets.UTF_8));
        assertThat(StoreCipher.OFF.check()).isNull();
        assertThat(StoreCipher.of(null)).isSameAs(StoreCipher.OFF);
    }
}
