package app.involvement.planning.internal;

import app.involvement.planning.Objective;
import app.involvement.planning.ObjectiveInput;
import app.involvement.planning.ObjectiveStatus;
import app.involvement.shared.TenantScopedEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;

/** An objective of the strategy. */
@Entity
@Table(name = "strategy_objective")
class ObjectiveEntry extends TenantScopedEntity {

    @Column(name = "strategy_id", nullable = false)
    private Long strategyId;
    @Column(nullable = false)
    private String title;
    @Column(nullable = false)
    private String measure;
    @Column(nullable = false)
    private String target;
    @Column(nullable = false)
    private String owner;
    private String progress;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private ObjectiveStatus status;

    protected ObjectiveEntry() {
    }

    ObjectiveEntry(Long strategyId, ObjectiveInput input) {
        this.strategyId = strategyId;
        change(input);
    }

    void change(ObjectiveInput input) {
        title = input.title();
        measure = input.measure();
        target = input.target();
        owner = input.owner();
        progress = input.progress();
        status = input.status();
    }

    Objective view() {
        return new Objective(getId(), title, measure, target, owner, progress, status);
    }
}
