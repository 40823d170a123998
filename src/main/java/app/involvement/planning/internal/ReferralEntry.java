package app.involvement.planning.internal;

import app.involvement.planning.Referral;
import app.involvement.planning.ReferralInput;
import app.involvement.planning.ReferralStatus;
import app.involvement.shared.ReviewKind;
import app.involvement.shared.TenantScopedEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.LocalDate;

/** A referral made in a review cycle. */
@Entity
@Table(name = "review_referral")
class ReferralEntry extends TenantScopedEntity {

    @Column(name = "cycle_id", nullable = false)
    private Long cycleId;
    @Column(nullable = false)
    private String issue;
    @Enumerated(EnumType.STRING)
    @Column(name = "referred_to", nullable = false)
    private ReviewKind referredTo;
    @Column(name = "due_on", nullable = false)
    private LocalDate dueOn;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private ReferralStatus status;
    @Column(name = "about_involvement", nullable = false)
    private boolean aboutInvolvement;

    protected ReferralEntry() {
    }

    ReferralEntry(Long cycleId, ReferralInput input) {
        this.cycleId = cycleId;
        change(input);
    }

    void change(ReferralInput input) {
        issue = input.issue();
        referredTo = input.referredTo();
        dueOn = input.dueOn();
        status = input.status();
        aboutInvolvement = input.aboutInvolvement();
    }

    Long getCycleId() {
        return cycleId;
    }

    Referral view() {
        return new Referral(getId(), cycleId, issue, referredTo, dueOn, status, aboutInvolvement);
    }
}
