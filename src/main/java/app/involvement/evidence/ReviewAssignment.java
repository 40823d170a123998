package app.involvement.evidence;

import app.involvement.shared.ReviewKind;
import java.time.LocalDate;

/** A reviewer assigned to one provider for one review, for the days from {@code startsOn} to {@code endsOn}. */
public record ReviewAssignment(Long id, Long providerId, String providerName, String reviewerEmail,
        String reviewerName, ReviewKind kind, LocalDate startsOn, LocalDate endsOn) {
}
