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

    protected ExperienceCategory() {
    }

    ExperienceCategory(String name) {
        this.name = name;
    }

    void rename(String name) {
        this.name = name;
    }
}
