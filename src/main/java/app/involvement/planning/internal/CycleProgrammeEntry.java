package app.involvement.planning.internal;

import app.involvement.shared.TenantScopedEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

/** A programme a review cycle covered. */
@Entity
@Table(name = "review_cycle_programme")
class CycleProgrammeEntry extends TenantScopedEntity {

    @Column(name = "cycle_id", nullable = false)
    private Long cycleId;
    @Column(name = "programme_id", nullable = false)
    private Long programmeId;

    protected CycleProgrammeEntry() {
    }

    CycleProgrammeEntry(Long cycleId, Long programmeId) {
        this.cycleId = cycleId;
        this.programmeId = programmeId;
    }
}
