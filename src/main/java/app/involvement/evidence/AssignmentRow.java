package app.involvement.evidence;

import app.involvement.shared.ReviewKind;
import java.time.Instant;
import java.time.LocalDate;

/** One assignment as the platform admin's list shows it. */
public record AssignmentRow(Long id, String providerName, String reviewerName, String reviewerEmail, ReviewKind kind,
        LocalDate startsOn, LocalDate endsOn, AssignmentStatus status, String createdBy, Instant createdAt,
        Instant endedEarlyAt) {
}
