package app.involvement.sessions;

import java.time.Instant;

/** A partner on a session as staff see it. */
public record OfferRow(Long offerId, Long partnerId, String preferredName, OfferStatus status, Integer backupRank,
        Instant offeredAt, Instant expiresAt, Instant respondedAt, String withdrawalReason, Attendance attendance) {
}
