package app.involvement.planning;

import java.time.LocalDate;

/** A policy in the list, with its newest version's facts. */
public record PolicySummary(Long id, String title, PolicyKind kind, int version, String owner, LocalDate approvedOn,
        LocalDate nextReviewOn) {
}
