package id.rekon.pispk.model;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;

/**
 * Makes the stable {@code id_temuan}: the same rule on the same subject in the same puskesmas gets
 * the same id on every run, whatever the file or row order, because it depends on nothing else.
 * Form: {@code <rule code>-<10 base32 chars of SHA-256>}, e.g. {@code JKN-01-K7Q2M4XZ9A}, readable
 * over the phone and safe in Excel.
 */
public final class TemuanId {

    private static final char[] ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789".toCharArray();

    private TemuanId() {
    }

    /**
     * @param rule          the rule
     * @param kodePuskesmas owner, may be {@code null} (unrouted)
     * @param subjek        the subject key: a NIK, a source record key, a family code, a pair key
     */
    public static String of(RuleCode rule, String kodePuskesmas, String subjek) {
        String input = rule.code() + "|" + (kodePuskesmas == null ? "" : kodePuskesmas) + "|" + subjek;
        byte[] hash = sha256(input.getBytes(StandardCharsets.UTF_8));
        StringBuilder sb = new StringBuilder(rule.code()).append('-');
        long bits = 0;
        for (int i = 0; i < 8; i++) {
            bits = (bits << 8) | (hash[i] & 0xFF);
        }
        for (int i = 0; i < 10; i++) {
            sb.append(ALPHABET[(int) ((bits >>> (64 - 5 * (i + 1))) & 31)]);
        }
        return sb.toString();
    }

    private static byte[] sha256(byte[] input) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(input);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 unavailable", e);
        }
    }
}
