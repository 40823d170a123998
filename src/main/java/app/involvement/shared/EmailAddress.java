package app.involvement.shared;

import java.util.Locale;
import java.util.regex.Pattern;

/** E-mail addresses as the portal stores them: trimmed, lower case, at most {@link Limits#EMAIL} long. */
public final class EmailAddress {

    private static final Pattern SHAPE = Pattern.compile("^[^@\\s]+@[^@\\s.]+(\\.[^@\\s.]+)+$");

    private EmailAddress() {
    }

    public static String normalise(String email) {
        return email == null ? "" : email.trim().toLowerCase(Locale.ROOT);
    }

    public static boolean isValid(String email) {
        String e = normalise(email);
        return !e.isEmpty() && e.length() <= Limits.EMAIL && SHAPE.matcher(e).matches();
    }

    /** @throws BusinessRuleException {@code email.invalid} for anything that is not an address */
    public static String require(String email) {
        if (!isValid(email)) {
            throw new BusinessRuleException("email.invalid");
        }
        return normalise(email);
    }
}
