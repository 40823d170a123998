package app.involvement.sessions;

import app.involvement.shared.Language;

/** Someone a session e-mail goes to, with the language they read their e-mails in. {@code partnerId} is null for staff. */
public record MailRecipient(Long partnerId, String name, String email, Language language) {
}
