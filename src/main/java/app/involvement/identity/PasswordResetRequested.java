package app.involvement.identity;

import java.time.Instant;

/** Someone asked to reset the password of an existing account; the link must reach them. */
public record PasswordResetRequested(String email, String displayName, String link, Instant expiresAt) {
}
