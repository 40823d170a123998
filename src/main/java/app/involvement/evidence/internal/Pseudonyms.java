package app.involvement.evidence.internal;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.function.LongFunction;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Partners' pseudonyms in one review (DD042): an HMAC-SHA256 of the partner's id under the assignment's own random
 * key, shown as {@code P-XXXX-XXXX} (8 characters of a 30-character alphabet without look-alikes: about 39 bits). The same
 * partner gets the same pseudonym every time within the review; another review's key gives an unrelated one; the
 * name is never an input, and without the key the id cannot be recovered or linked across reviews.
 */
final class Pseudonyms {

    /** Crockford-like: no I, L, O, U, 0 or 1, so a reviewer can read a pseudonym aloud without ambiguity. */
    private static final char[] ALPHABET = "23456789ABCDEFGHJKMNPQRSTVWXYZ".toCharArray();
    private static final int LETTERS = 8;
    private static final SecureRandom RANDOM = new SecureRandom();

    private Pseudonyms() {
    }

    /** A fresh random key for a new assignment, as 64 hex digits. */
    static String newKey() {
        byte[] key = new byte[32];
        RANDOM.nextBytes(key);
        return HexFormat.of().formatHex(key);
    }

    /** The pseudonym function of the review with this key. */
    static LongFunction<String> of(String hexKey) {
        byte[] key = HexFormat.of().parseHex(hexKey);
        return partnerId -> pseudonym(key, partnerId);
    }

    private static String pseudonym(byte[] key, long partnerId) {
        byte[] digest;
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
            digest = mac.doFinal(Long.toString(partnerId).getBytes(StandardCharsets.US_ASCII));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is part of every Java runtime", e);
        }
        long bits = 0;
        for (int i = 0; i < 8; i++) {
            bits = (bits << 8) | (digest[i] & 0xff);
        }
        bits = bits >>> 1; // non-negative
        var code = new StringBuilder("P-");
        for (int i = 0; i < LETTERS; i++) {
            if (i == 4) {
                code.append('-');
            }
            code.append(ALPHABET[(int) (bits % ALPHABET.length)]);
            bits /= ALPHABET.length;
        }
        return code.toString();
    }
}
