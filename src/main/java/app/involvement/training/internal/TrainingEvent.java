package app.involvement.training.internal;

import app.involvement.shared.TenantScopedEntity;
import app.involvement.training.TrainingEventInput;
import app.involvement.training.TrainingEvents;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.LocalDate;

/** A scheduled session of a module. */
@Entity
@Table(name = "training_event")
class TrainingEvent extends TenantScopedEntity {

    @Column(name = "module_id", nullable = false, updatable = false)
    private Long moduleId;

    @Column(name = "held_on", nullable = false)
    private LocalDate heldOn;

    @Column(name = "start_time", length = 5)
    private String startTime;

    @Column(nullable = false, length = TrainingEvents.PLACE)
    private String place;

    @Column(nullable = false)
    private boolean online;

    @Column(nullable = false)
    private int places;

    protected TrainingEvent() {
    }

    TrainingEvent(Long moduleId, TrainingEventInput input) {
        this.moduleId = moduleId;
        this.heldOn = input.heldOn();
        this.startTime = input.startTime();
        this.place = input.place();
        this.online = input.online();
        this.places = input.places();
    }

    Long getModuleId() {
        return moduleId;
    }

    LocalDate getHeldOn() {
        return heldOn;
    }

    int getPlaces() {
        return places;
    }
}
