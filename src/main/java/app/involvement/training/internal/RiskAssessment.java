package app.involvement.training.internal;

import app.involvement.shared.TenantScopedEntity;
import app.involvement.training.RiskAssessmentInput;
import app.involvement.training.SupportLimits;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.LocalDate;

/** A risk assessment of an activity type, or of one planned session of it named in free text. */
@Entity
@Table(name = "risk_assessment")
class RiskAssessment extends TenantScopedEntity {

    @Column(name = "activity_type_id", nullable = false)
    private Long activityTypeId;

    @Column(name = "session_reference", length = SupportLimits.SESSION_REFERENCE)
    private String sessionReference;

    @Column(name = "session_date")
    private LocalDate sessionDate;

    @Column(nullable = false, length = SupportLimits.HAZARDS)
    private String hazards;

    @Column(name = "who_may_be_harmed", nullable = false, length = SupportLimits.WHO_MAY_BE_HARMED)
    private String whoMayBeHarmed;

    @Column(nullable = false, length = SupportLimits.CONTROLS)
    private String controls;

    @Column(name = "reviewer_user_id", nullable = false)
    private Long reviewerUserId;

    @Column(name = "assessed_on", nullable = false)
    private LocalDate assessedOn;

    @Column(name = "review_on", nullable = false)
    private LocalDate reviewOn;

    protected RiskAssessment() {
    }

    RiskAssessment(RiskAssessmentInput input) {
        change(input);
    }

    /** Takes the values of an input the service has already checked and trimmed. */
    void change(RiskAssessmentInput input) {
        this.activityTypeId = input.activityTypeId();
        this.sessionReference = input.sessionReference();
        this.sessionDate = input.sessionDate();
        this.hazards = input.hazards();
        this.whoMayBeHarmed = input.whoMayBeHarmed();
        this.controls = input.controls();
        this.reviewerUserId = input.reviewerUserId();
        this.assessedOn = input.assessedOn();
        this.reviewOn = input.reviewOn();
    }

    RiskAssessmentInput input() {
        return new RiskAssessmentInput(activityTypeId, sessionReference, sessionDate, hazards, whoMayBeHarmed, controls,
                reviewerUserId, assessedOn, reviewOn);
    }
}
