package app.involvement.provider.internal;

import app.involvement.provider.ReferenceData;
import app.involvement.shared.TenantScopedEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

/** A kind of lived experience the provider wants its pool to cover. */
@Entity
@Table(name = "experience_category")
class ExperienceCategory extends TenantScopedEntity {

    @Column(nullable = false, length = ReferenceData.NAME_MAX)
    private String name;

    /** Set when a change of meaning replaced it: partners' consent stays attached, nobody can choose it anew. */
    @Column(name = "retired_at")
    private java.time.Instant retiredAt;

    protected ExperienceCategory() {
    }

    ExperienceCategory(String name) {
        this.name = name;
    }

    void rename(String name) {
        this.name = name;
    }

    void retire(java.time.Instant at) {
        this.retiredAt = at;
    }

    String getName() {
        return name;
    }
}
