package app.involvement.shared;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * E-mail addresses as the portal accepts and stores them: trimmed, lower case, at most
 * {@link Limits#EMAIL} long. One rule for every form and service (DD014): before the @ letters, digits
 * and {@code . _ % + - '} (no leading, trailing or double dot, at most 64 characters); after it a domain
 * of at least two dot-separated labels of letters, digits and inner hyphens. Anything that could be
 * markup or a second address ({@code < > " , ;} spaces) is refused, with a message saying what is wrong.
 */
public final class EmailAddress {

    public static final int LOCAL_PART_MAX = 64;

    private static final Pattern LOCAL_PART = Pattern.compile("[a-z0-9._%+'-]+");
    private static final Pattern DOMAIN = Pattern.compile(
            "(?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\\.)+[a-z](?:[a-z0-9-]{0,61}[a-z0-9])?");

    private EmailAddress() {
    }

    public static String normalise(String email) {
        return email == null ? "" : email.trim().toLowerCase(Locale.ROOT);
    }

    public static boolean isValid(String email) {
        return problem(email).isEmpty();
    }

    /** @return the message key of what is wrong with the address (arguments: {@link #arguments}), if anything */
    public static Optional<String> problem(String email) {
        String e = normalise(email);
        if (e.isEmpty()) {
            return Optional.of("email.required");
        }
        if (e.length() > Limits.EMAIL) {
            return Optional.of("email.too-long");
        }
        int at = e.indexOf('@');
        if (at < 0 || at != e.lastIndexOf('@')) {
            return Optional.of("email.one-at");
        }
        String local = e.substring(0, at);
        if (local.isEmpty() || local.length() > LOCAL_PART_MAX || !LOCAL_PART.matcher(local).matches()) {
            return Optional.of("email.local-part");
        }
        if (local.startsWith(".") || local.endsWith(".") || local.contains("..")) {
            return Optional.of("email.dots");
        }
        if (!DOMAIN.matcher(e.substring(at + 1)).matches()) {
            return Optional.of("email.domain");
        }
        return Optional.empty();
    }

    /** The arguments of a {@link #problem} message. */
    public static Object[] arguments(String messageKey) {
        return switch (messageKey) {
            case "email.too-long" -> new Object[] {Limits.EMAIL};
            case "email.local-part" -> new Object[] {LOCAL_PART_MAX};
            default -> new Object[0];
        };
    }

    /** @throws BusinessRuleException with the key of what is wrong, for anything that is not an address */
    public static String require(String email) {
        problem(email).ifPresent(key -> {
            throw new BusinessRuleException(key, arguments(key));
        });
        return normalise(email);
    }
}
