package id.rekon.pispk.store;

import javax.crypto.Cipher;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Arrays;

/**
 * Encryption of tonight's store ({@link RecordStore}) at the application level, so that the DuckDB
 * file, its write-ahead log and its spill files hold no NIK, name or family code in clear when the
 * operator has configured a key ({@code REKON_H2_KUNCI} / {@code REKON_H2_KUNCI_FILE}, docs/keamanan.md).
 *
 * <p>Why not DuckDB's own encryption: duckdb_jdbc 2.0.0.1 refuses to write an encrypted database
 * unless the httpfs extension is loaded ("DuckDB currently has a read-only crypto module loaded"), and
 * that extension is downloaded at run time, which an offline district server cannot do.
 *
 * <p>Each column keeps what the SQL needs from it:
 * <ul>
 * <li>{@code nik}: a keyed permutation of the 64-bit value (a 4-round Feistel network whose round
 * function is AES). Being a bijection it keeps equality, so grouping, joins and {@code IN} work
 * unchanged; only the order of the groups differs, which no output depends on (findings are ordered
 * by their id). The inverse gives the NIK back where the code needs it.
 * <li>{@code person} and {@code family}: deterministic encryption (SIV: IV = HMAC-SHA256 of the text,
 * truncated to 16 bytes, then AES-CTR with that IV; stored as IV || ciphertext). Equal texts stay
 * equal, so {@code GROUP BY}, {@code PARTITION BY} and joins keep working; the readers that need
 * subject-key order within a group or block sort again after decrypting ({@link #sortsAgain()}).
 * <li>{@code payload}: AES-CTR with a fresh nonce per row (a random 8-byte prefix per thread and a
 * row counter), stored as nonce || ciphertext. Nothing selects on it.
 * </ul>
 * CTR without an authentication tag: the store is a night's scratch file in the owner-only data
 * folder, and the goal is that a copy of it (backup, stolen disk) reveals nothing; anyone able to
 * write the file can already stop the night.
 *
 * <p>Subkeys come from the operator's key through HKDF-SHA256 with a label per purpose, so the H2 key
 * itself is never used for anything else. Cipher objects are made once per thread (AES-NI through
 * the JDK's intrinsics), never per row; CTR is done with the ECB primitive over a counter block so no
 * {@code Cipher.init} runs per row.
 *
 * <p>Thread-safe; {@link #OFF} stores everything in clear (UTF-8 bytes, the NIK as its number).
 */
public final class StoreCipher {

    /** No key configured: the store keeps its columns in clear. */
    public static final StoreCipher OFF = new StoreCipher();

    private static final int IV = 16;
    private static final int NONCE = 12;

    private final byte[] nikKey;
    private final byte[] sivMacKey;
    private final byte[] sivEncKey;
    private final byte[] payloadKey;
    private final byte[] check;
    private final ThreadLocal<Engine> engines;

    private StoreCipher() {
        nikKey = sivMacKey = sivEncKey = payloadKey = check = null;
        engines = null;
    }

    private StoreCipher(String key) {
        byte[] prk = hmac("rekon-pispk/data-malam/v1".getBytes(StandardCharsets.US_ASCII),
                key.getBytes(StandardCharsets.UTF_8));
        nikKey = expand(prk, "nik", 16);
        sivMacKey = expand(prk, "siv-mac", 32);
        sivEncKey = expand(prk, "siv-enc", 16);
        payloadKey = expand(prk, "payload", 16);
        check = Arrays.copyOf(expand(prk, "cek-kunci", 32), 16);
        engines = ThreadLocal.withInitial(Engine::new);
    }

    /** The cipher for a configured key, or {@link #OFF} when the key is {@code null}. */
    public static StoreCipher of(String key) {
        return key == null ? OFF : new StoreCipher(key);
    }

    public boolean on() {
        return engines != null;
    }

    /**
     * Whether readers must sort by subject key again after decrypting: the engine orders the
     * encrypted bytes, which is a stable order, but not the text's.
     */
    boolean sortsAgain() {
        return on();
    }

    /**
     * A value derived from the key that tells whether a store was written with the same key, and
     * reveals nothing of it ({@code null} when off).
     */
    byte[] check() {
        return check == null ? null : check.clone();
    }

    /** The NIK as stored. */
    long nik(long nik) {
        if (!on()) {
            return nik;
        }
        Engine e = engines.get();
        int l = (int) (nik >>> 32);
        int r = (int) nik;
        for (int round = 0; round < 4; round++) {
            int next = l ^ e.round(round, r);
            l = r;
            r = next;
        }
        return ((long) l << 32) | (r & 0xFFFFFFFFL);
    }

    /** The NIK back from its stored value. */
    long nikBack(long stored) {
        if (!on()) {
            return stored;
        }
        Engine e = engines.get();
        int l = (int) (stored >>> 32);
        int r = (int) stored;
        for (int round = 3; round >= 0; round--) {
            int previous = r ^ e.round(round, l);
            r = l;
            l = previous;
        }
        return ((long) l << 32) | (r & 0xFFFFFFFFL);
    }

    /** A subject key or family code as stored: equal texts give equal bytes. */
    byte[] key(String text) {
        byte[] plain = text.getBytes(StandardCharsets.UTF_8);
        if (!on()) {
            return plain;
        }
        Engine e = engines.get();
        byte[] out = new byte[IV + plain.length];
        e.mac.update(plain);
        byte[] tag = e.doFinalMac();
        System.arraycopy(tag, 0, out, 0, IV);
        e.ctr(e.siv, out, 0, plain, 0, plain.length, out, IV);
        return out;
    }

    /** The text back from a stored key ({@code null} stays {@code null}). */
    String keyBack(byte[] stored) {
        if (stored == null) {
            return null;
        }
        if (!on()) {
            return new String(stored, StandardCharsets.UTF_8);
        }
        Engine e = engines.get();
        byte[] plain = new byte[stored.length - IV];
        e.ctr(e.siv, stored, 0, stored, IV, plain.length, plain, 0);
        return new String(plain, StandardCharsets.UTF_8);
    }

    /** A payload as stored. */
    byte[] payload(byte[] plain) {
        if (!on()) {
            return plain;
        }
        Engine e = engines.get();
        byte[] out = new byte[NONCE + plain.length];
        e.nextNonce(out);
        byte[] iv = new byte[IV];
        System.arraycopy(out, 0, iv, 0, NONCE);
        e.ctr(e.payload, iv, 0, plain, 0, plain.length, out, NONCE);
        return out;
    }

    /** A payload back from its stored bytes ({@code null} stays {@code null}). */
    byte[] payloadBack(byte[] stored) {
        if (stored == null || !on()) {
            return stored;
        }
        Engine e = engines.get();
        byte[] iv = new byte[IV];
        System.arraycopy(stored, 0, iv, 0, NONCE);
        byte[] plain = new byte[stored.length - NONCE];
        e.ctr(e.payload, iv, 0, stored, NONCE, plain.length, plain, 0);
        return plain;
    }

    /** One thread's cipher objects and buffers. */
    private final class Engine {
        final Cipher feistel = ecb(nikKey);
        final Cipher siv = ecb(sivEncKey);
        final Cipher payload = ecb(payloadKey);
        final Mac mac = mac(sivMacKey);
        final byte[] block = new byte[IV];
        final byte[] tag = new byte[32];
        final SecureRandom random = new SecureRandom();
        final byte[] prefix = new byte[8];
        int counter = -1;
        byte[] counters = new byte[256];
        byte[] stream = new byte[256];

        /** The Feistel round function: the first 32 bits of AES(round, half). */
        int round(int round, int half) {
            block[0] = (byte) round;
            block[1] = (byte) (half >>> 24);
            block[2] = (byte) (half >>> 16);
            block[3] = (byte) (half >>> 8);
            block[4] = (byte) half;
            try {
                feistel.update(block, 0, IV, tag, 0);
            } catch (GeneralSecurityException ex) {
                throw new IllegalStateException(ex);
            }
            return ((tag[0] & 0xFF) << 24) | ((tag[1] & 0xFF) << 16) | ((tag[2] & 0xFF) << 8) | (tag[3] & 0xFF);
        }

        byte[] doFinalMac() {
            try {
                mac.doFinal(tag, 0);
            } catch (GeneralSecurityException ex) {
                throw new IllegalStateException(ex);
            }
            return tag;
        }

        /** Writes a 12-byte nonce never used before by this key: per-thread random prefix, row counter. */
        void nextNonce(byte[] out) {
            if (counter == -1) {
                random.nextBytes(prefix);
                counter = 0;
            }
            System.arraycopy(prefix, 0, out, 0, 8);
            int c = counter++;
            out[8] = (byte) (c >>> 24);
            out[9] = (byte) (c >>> 16);
            out[10] = (byte) (c >>> 8);
            out[11] = (byte) c;
            // after 2^32 - 1 rows a new random prefix; the last 4 bytes of the IV count blocks
        }

        /** AES-CTR with a 128-bit big-endian counter starting at {@code iv}, one ECB call per value. */
        void ctr(Cipher ecb, byte[] iv, int ivOff, byte[] in, int inOff, int len, byte[] out, int outOff) {
            int blocks = (len + IV - 1) / IV;
            int n = blocks * IV;
            if (counters.length < n) {
                counters = new byte[Math.max(n, counters.length * 2)];
                stream = new byte[counters.length];
            }
            System.arraycopy(iv, ivOff, counters, 0, IV);
            for (int b = 1; b < blocks; b++) {
                int at = b * IV;
                System.arraycopy(counters, at - IV, counters, at, IV);
                for (int i = at + IV - 1; i >= at && ++counters[i] == 0; i--) {
                    // carry
                }
            }
            try {
                ecb.update(counters, 0, n, stream, 0);
            } catch (GeneralSecurityException ex) {
                throw new IllegalStateException(ex);
            }
            for (int i = 0; i < len; i++) {
                out[outOff + i] = (byte) (in[inOff + i] ^ stream[i]);
            }
        }
    }

    private static Cipher ecb(byte[] key) {
        try {
            // ECB only as the block primitive: the Feistel rounds and the CTR counter blocks above.
            Cipher c = Cipher.getInstance("AES/ECB/NoPadding");
            c.init(Cipher.ENCRYPT_MODE, new SecretKeySpec(key, "AES"));
            return c;
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES tidak tersedia di Java ini", e);
        }
    }

    private static Mac mac(byte[] key) {
        try {
            Mac m = Mac.getInstance("HmacSHA256");
            m.init(new SecretKeySpec(key, "HmacSHA256"));
            return m;
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HMAC-SHA256 tidak tersedia di Java ini", e);
        }
    }

    private static byte[] hmac(byte[] key, byte[] data) {
        Mac m = mac(key);
        return m.doFinal(data);
    }

    /** HKDF-Expand (RFC 5869) for one purpose; every length used here fits one 32-byte block. */
    private static byte[] expand(byte[] prk, String info, int length) {
        byte[] label = (info + "\u0001").getBytes(StandardCharsets.US_ASCII);
        return Arrays.copyOf(hmac(prk, label), length);
    }

    /** Whether two check values are the same (constant time). */
    static boolean sameCheck(byte[] a, byte[] b) {
        return MessageDigest.isEqual(a, b);
    }
}
