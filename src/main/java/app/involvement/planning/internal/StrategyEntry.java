package app.involvement.planning.internal;

import app.involvement.planning.StrategyInput;
import app.involvement.shared.TenantScopedEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.LocalDate;

/** The provider's involvement strategy (one per provider). */
@Entity
@Table(name = "involvement_strategy")
class StrategyEntry extends TenantScopedEntity {

    @Column(nullable = false)
    private String title;
    @Column(nullable = false)
    private String body;
    @Column(nullable = false)
    private String owner;
    @Column(name = "starts_on", nullable = false)
    private LocalDate startsOn;
    @Column(name = "ends_on", nullable = false)
    private LocalDate endsOn;
    @Column(name = "updated_by")
    private String updatedBy;

    protected StrategyEntry() {
    }

    StrategyEntry(StrategyInput input, String by) {
        change(input, by);
    }

    void change(StrategyInput input, String by) {
        title = input.title();
        body = input.text();
        owner = input.owner();
        startsOn = input.startsOn();
        endsOn = input.endsOn();
        updatedBy = by;
    }

    String getTitle() {
        return title;
    }

    String getBody() {
        return body;
    }

    String getOwner() {
        return owner;
    }

    LocalDate getStartsOn() {
        return startsOn;
    }

    LocalDate getEndsOn() {
        return endsOn;
    }

    String getUpdatedBy() {
        return updatedBy;
    }
}
