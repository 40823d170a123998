package app.involvement.identity;

import app.involvement.shared.Limits;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Password rules after NCSC and OWASP ASVS: 12 to 128 characters, no composition rules, pasting
 * allowed, and no password from the list of commonly used ones or built from the person's e-mail
 * (its local part, or the whole address).
 */
public final class PasswordPolicy {

    private static final Set<String> COMMON = load();

    private PasswordPolicy() {
    }

    /** @return the message key of the first rule the password breaks, if any */
    public static Optional<String> problem(String password, String email) {
        if (password == null || password.codePointCount(0, password.length()) < Limits.PASSWORD_MIN) {
            return Optional.of("password.too-short");
        }
        if (password.codePointCount(0, password.length()) > Limits.PASSWORD_MAX) {
            return Optional.of("password.too-long");
        }
        String lower = password.toLowerCase(Locale.ROOT);
        if (COMMON.contains(lower) || password.chars().distinct().count() <= 2) {
            return Optional.of("password.common");
        }
        if (email != null && email.contains("@")) {
            if (lower.contains(email.trim().toLowerCase(Locale.ROOT))) {
                return Optional.of("password.like-email");
            }
            String local = email.substring(0, email.indexOf('@')).toLowerCase(Locale.ROOT);
            if (local.length() >= 4 && lower.contains(local) && lower.length() - local.length() < 6) {
                return Optional.of("password.like-email");
            }
        }
        return Optional.empty();
    }

    private static Set<String> load() {
        var in = PasswordPolicy.class.getResourceAsStream("/identity/common-passwords.txt");
        if (in == null) {
            throw new IllegalStateException("common-passwords.txt missing");
        }
        try (var reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            return reader.lines().map(String::trim).filter(l -> !l.isEmpty() && !l.startsWith("#"))
                    .map(l -> l.toLowerCase(Locale.ROOT)).collect(Collectors.toUnmodifiableSet());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
