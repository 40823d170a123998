package app.involvement.evidence;

import app.involvement.shared.ReviewKind;
import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;

/** What the platform admin enters to assign a reviewer to a provider for a review. */
public record NewReviewAssignment(@NotNull Long reviewerUserId, @NotNull Long providerId, @NotNull ReviewKind kind,
        @NotNull LocalDate startsOn, @NotNull LocalDate endsOn) {
}
