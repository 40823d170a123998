package app.involvement.training.internal;

import app.involvement.shared.TenantScopedEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

/** An activity type (provider module's reference data, by id) requires a module. */
@Entity
@Table(name = "training_requirement")
class TrainingRequirement extends TenantScopedEntity {

    @Column(name = "module_id", nullable = false, updatable = false)
    private Long moduleId;

    @Column(name = "activity_type_id", nullable = false, updatable = false)
    private Long activityTypeId;

    protected TrainingRequirement() {
    }

    TrainingRequirement(Long moduleId, Long activityTypeId) {
        this.moduleId = moduleId;
        this.activityTypeId = activityTypeId;
    }

    Long getActivityTypeId() {
        return activityTypeId;
    }
}
