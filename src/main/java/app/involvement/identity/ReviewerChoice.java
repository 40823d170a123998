package app.involvement.identity;

/** A platform account with the HCPC reviewer role, as the platform admin picks it for an assignment. */
public record ReviewerChoice(Long userId, String email, String displayName) {
}
