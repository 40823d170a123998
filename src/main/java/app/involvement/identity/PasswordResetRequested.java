package app.involvement.identity;

import app.involvement.shared.Language;
import java.time.Instant;

/** Someone asked to reset the password of an existing account; the link must reach them, in the account's language. */
public record PasswordResetRequested(String email, String displayName, String link, Instant expiresAt, Language language) {
}
