package app.involvement.training.internal;

import app.involvement.shared.TenantScopedEntity;
import app.involvement.training.TrainingDelivery;
import app.involvement.training.TrainingLimits;
import app.involvement.training.TrainingModuleInput;
import app.involvement.training.TrainingModuleSummary;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.LocalDate;

/** A training module of one provider. */
@Entity
@Table(name = "training_module")
class TrainingModule extends TenantScopedEntity {

    @Column(nullable = false, length = TrainingLimits.TITLE)
    private String title;

    @Column(length = TrainingLimits.DESCRIPTION)
    private String description;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private TrainingDelivery delivery;

    @Column(name = "validity_months")
    private Integer validityMonths;

    protected TrainingModule() {
    }

    TrainingModule(TrainingModuleInput input) {
        change(input);
    }

    final void change(TrainingModuleInput input) {
        this.title = input.title();
        this.description = input.description();
        this.delivery = input.delivery();
        this.validityMonths = input.validityMonths();
    }

    String getTitle() {
        return title;
    }

    /** The last day a completion on {@code completedOn} counts; null when the module never expires. */
    LocalDate validUntil(LocalDate completedOn) {
        return validityMonths == null ? null : completedOn.plusMonths(validityMonths).minusDays(1);
    }

    TrainingModuleInput input() {
        return new TrainingModuleInput(title, description, delivery, validityMonths);
    }

    TrainingModuleSummary summary() {
        return new TrainingModuleSummary(getId(), title, delivery, validityMonths);
    }
}
