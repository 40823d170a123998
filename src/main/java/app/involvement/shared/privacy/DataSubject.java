package app.involvement.shared.privacy;

/**
 * The partner a copy or an erasure is about, in one provider.
 *
 * @param tenantId  the provider
 * @param partnerId the partner record in that provider's pool
 * @param userId    their login, if they have one
 * @param email     their e-mail address on the partner record or the login (may be null), to find audit entries
 *                  and mail about them
 */
public record DataSubject(long tenantId, long partnerId, Long userId, String email) {
}
