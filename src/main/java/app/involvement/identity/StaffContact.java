package app.involvement.identity;

/** How to reach a member of the current provider's staff: their name and e-mail address. */
public record StaffContact(Long userId, String displayName, String email) {
}
