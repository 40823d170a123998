package app.involvement.provider;

import java.time.Instant;
import java.time.LocalDate;

/**
 * One version of a programme's definition of service users and carers and the justification of the
 * groups chosen. The author's name is a snapshot taken when the version was written.
 */
public record DefinitionVersion(Long id, int number, String definition, String justification, Long authorUserId,
        String authorName, Instant createdAt, LocalDate nextReviewOn) {

    /** True once the planned review date has passed. */
    public boolean reviewDue(LocalDate today) {
        return nextReviewOn.isBefore(today);
    }
}
