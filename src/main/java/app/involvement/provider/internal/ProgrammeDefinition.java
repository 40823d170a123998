package app.involvement.provider.internal;

import app.involvement.provider.DefinitionVersion;
import app.involvement.provider.ProgrammeLimits;
import app.involvement.shared.Limits;
import app.involvement.shared.TenantScopedEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;

/** One version of a programme's definition of service users and carers; versions are never changed. */
@Entity
@Table(name = "programme_definition")
class ProgrammeDefinition extends TenantScopedEntity {

    @Column(name = "programme_id", nullable = false, updatable = false)
    private Long programmeId;

    @Column(name = "version_number", nullable = false, updatable = false)
    private int number;

    @Column(name = "definition_text", nullable = false, updatable = false, length = ProgrammeLimits.DEFINITION_TEXT)
    private String definition;

    @Column(nullable = false, updatable = false, length = ProgrammeLimits.JUSTIFICATION)
    private String justification;

    @Column(name = "author_user_id", nullable = false, updatable = false)
    private Long authorUserId;

    @Column(name = "author_name", nullable = false, updatable = false, length = Limits.PERSON_NAME)
    private String authorName;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "next_review_on", nullable = false, updatable = false)
    private LocalDate nextReviewOn;

    protected ProgrammeDefinition() {
    }

    ProgrammeDefinition(Long programmeId, int number, String definition, String justification, Long authorUserId,
            String authorName, Instant createdAt, LocalDate nextReviewOn) {
        this.programmeId = programmeId;
        this.number = number;
        this.definition = definition;
        this.justification = justification;
        this.authorUserId = authorUserId;
        this.authorName = authorName;
        this.createdAt = createdAt;
        this.nextReviewOn = nextReviewOn;
    }

    DefinitionVersion version() {
        return new DefinitionVersion(getId(), number, definition, justification, authorUserId, authorName, createdAt,
                nextReviewOn);
    }
}
