package app.involvement.identity;

/** A member of the current provider's staff who can be named on a programme (lead or coordinator). */
public record StaffChoice(Long userId, String displayName, Role role) {
}
