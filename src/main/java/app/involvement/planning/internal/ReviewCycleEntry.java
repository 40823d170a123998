package app.involvement.planning.internal;

import app.involvement.planning.ReviewCycleInput;
import app.involvement.shared.ReviewKind;
import app.involvement.shared.TenantScopedEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.LocalDate;

/** A review by the regulator; its programmes, activities and referrals are rows of their own. */
@Entity
@Table(name = "review_cycle")
class ReviewCycleEntry extends TenantScopedEntity {

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private ReviewKind kind;
    @Column(name = "starts_on", nullable = false)
    private LocalDate startsOn;
    @Column(name = "ends_on")
    private LocalDate endsOn;
    private String summary;
    @Column(name = "updated_by")
    private String updatedBy;

    protected ReviewCycleEntry() {
    }

    ReviewCycleEntry(ReviewCycleInput input, String by) {
        change(input, by);
    }

    void change(ReviewCycleInput input, String by) {
        kind = input.kind();
        startsOn = input.startsOn();
        endsOn = input.endsOn();
        summary = input.summary();
        updatedBy = by;
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

    String getSummary() {
        return summary;
    }
}
