package app.involvement.identity;

import java.io.Serializable;

/** One provider a person belongs to, with their role there. */
public record MembershipView(Long membershipId, Long providerId, String providerName, Role role) implements Serializable {
}
