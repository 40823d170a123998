package app.involvement.planning.internal;

import app.involvement.planning.PolicyKind;
import app.involvement.shared.TenantScopedEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.Instant;

/** A policy or process; its content is in its versions ({@link PolicyVersionEntry}). */
@Entity
@Table(name = "planning_policy")
class PolicyEntry extends TenantScopedEntity {

    @Column(nullable = false)
    private String title;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private PolicyKind kind;
    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    protected PolicyEntry() {
    }

    PolicyEntry(String title, PolicyKind kind, Instant createdAt) {
        this.title = title;
        this.kind = kind;
        this.createdAt = createdAt;
    }

    String getTitle() {
        return title;
    }

    PolicyKind getKind() {
        return kind;
    }
}
