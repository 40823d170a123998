package app.involvement.identity.internal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;

/**
 * Random link tokens (256 bits) and their SHA-256 hashes. Only the hash is stored, so a copy of the
 * database does not give anyone a working link.
 */
final class OneTimeTokens {

    private static final SecureRandom RANDOM = new SecureRandom();
    static final int MAX_TOKEN_LENGTH = 64;

    private OneTimeTokens() {
    }

    static String newToken() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    static String hash(String token) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A token as it may arrive from a link: anything else is not worth a database look-up. */
    static boolean isWellFormed(String token) {
        return token != null && !token.isEmpty() && token.length() <= MAX_TOKEN_LENGTH
                && token.chars().allMatch(c -> Character.isLetterOrDigit(c) || c == '-' || c == '_');
    }
}
