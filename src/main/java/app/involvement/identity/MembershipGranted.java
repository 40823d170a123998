package app.involvement.identity;

/**
 * A person was given a role in a provider by accepting an invitation. Published in the accepting
 * transaction; listeners that write react after it commits, inside the provider's tenant.
 * {@code partnerId} is the pool record a partner invitation was sent for, null for a new record.
 */
public record MembershipGranted(Long tenantId, Long userId, String email, String displayName, Role role,
        Long partnerId) {
}
