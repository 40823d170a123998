package app.involvement.planning.internal;

import app.involvement.planning.ActivityStatus;
import app.involvement.planning.QualityActivity;
import app.involvement.planning.QualityActivityInput;
import app.involvement.shared.TenantScopedEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;

/** A quality activity raised in a review cycle. */
@Entity
@Table(name = "quality_activity")
class QualityActivityEntry extends TenantScopedEntity {

    @Column(name = "cycle_id", nullable = false)
    private Long cycleId;
    @Column(nullable = false)
    private String question;
    private String response;
    @Column(name = "evidence_path")
    private String evidencePath;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private ActivityStatus status;

    protected QualityActivityEntry() {
    }

    QualityActivityEntry(Long cycleId, QualityActivityInput input) {
        this.cycleId = cycleId;
        change(input);
    }

    void change(QualityActivityInput input) {
        question = input.question();
        response = input.response();
        evidencePath = input.evidencePath();
        status = input.status();
    }

    Long getCycleId() {
        return cycleId;
    }

    QualityActivity view() {
        return new QualityActivity(getId(), question, response, evidencePath, status);
    }
}
