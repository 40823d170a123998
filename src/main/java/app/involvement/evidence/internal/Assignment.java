package app.involvement.evidence.internal;

import app.involvement.evidence.AssignmentStatus;
import app.involvement.shared.BaseEntity;
import app.involvement.shared.ReviewKind;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;

/**
 * A reviewer's assignment to one provider for one review (platform table, DD042). Its pseudonym key makes the
 * partners' pseudonyms of this review and of no other.
 */
@Entity
@Table(name = "review_assignment")
class Assignment extends BaseEntity {

    @Column(name = "provider_id", nullable = false, updatable = false)
    private Long providerId;

    @Column(name = "reviewer_user_id", nullable = false, updatable = false)
    private Long reviewerUserId;

    @Column(name = "reviewer_email", nullable = false, updatable = false, length = 254)
    private String reviewerEmail;

    @Column(name = "reviewer_name", nullable = false, updatable = false, length = 120)
    private String reviewerName;

    @Enumerated(EnumType.STRING)
    @Column(name = "review_kind", nullable = false, updatable = false, length = 20)
    private ReviewKind kind;

    @Column(name = "starts_on", nullable = false, updatable = false)
    private LocalDate startsOn;

    @Column(name = "ends_on", nullable = false, updatable = false)
    private LocalDate endsOn;

    @Column(name = "pseudonym_key", nullable = false, updatable = false, length = 64)
    private String pseudonymKey;

    @Column(name = "created_by", nullable = false, updatable = false, length = 254)
    private String createdBy;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "ended_early_at")
    private Instant endedEarlyAt;

    @Column(name = "ended_early_by", length = 254)
    private String endedEarlyBy;

    protected Assignment() {
    }

    Assignment(Long providerId, Long reviewerUserId, String reviewerEmail, String reviewerName, ReviewKind kind,
            LocalDate startsOn, LocalDate endsOn, String pseudonymKey, String createdBy, Instant createdAt) {
        this.providerId = providerId;
        this.reviewerUserId = reviewerUserId;
        this.reviewerEmail = reviewerEmail;
        this.reviewerName = reviewerName;
        this.kind = kind;
        this.startsOn = startsOn;
        this.endsOn = endsOn;
        this.pseudonymKey = pseudonymKey;
        this.createdBy = createdBy;
        this.createdAt = createdAt;
    }

    /** Where the window stands on this UK day. */
    AssignmentStatus status(LocalDate today) {
        if (endedEarlyAt != null) {
            return AssignmentStatus.ENDED_EARLY;
        }
        if (today.isBefore(startsOn)) {
            return AssignmentStatus.UPCOMING;
        }
        return today.isAfter(endsOn) ? AssignmentStatus.ENDED : AssignmentStatus.CURRENT;
    }

    void endEarly(String by, Instant at) {
        this.endedEarlyBy = by;
        this.endedEarlyAt = at;
    }

    Long getProviderId() {
        return providerId;
    }

    Long getReviewerUserId() {
        return reviewerUserId;
    }

    String getReviewerEmail() {
        return reviewerEmail;
    }

    String getReviewerName() {
        return reviewerName;
    }

    ReviewKind getKind() {
        return kind;
    }

    LocalDate getStartsOn() {
        return startsOn;
    }

    LocalDate getEndsOn() {
        return endsOn;
    }

    String getPseudonymKey() {
        return pseudonymKey;
    }

    String getCreatedBy() {
        return createdBy;
    }

    Instant getCreatedAt() {
        return createdAt;
    }

    Instant getEndedEarlyAt() {
        return endedEarlyAt;
    }
}
