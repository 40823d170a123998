package app.involvement.provider.internal;

import app.involvement.provider.HcpcProfession;
import app.involvement.provider.ProgrammeDetails;
import app.involvement.provider.ProgrammeLimits;
import app.involvement.provider.ProgrammeSummary;
import app.involvement.shared.TenantScopedEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.Instant;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** A programme the provider runs, e.g. "BSc (Hons) Physiotherapy". */
@Entity
@Table(name = "programme")
class Programme extends TenantScopedEntity {

    @Column(nullable = false, length = ProgrammeLimits.NAME)
    private String name;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(nullable = false, length = 40)
    private HcpcProfession profession;

    @Column(nullable = false, length = ProgrammeLimits.LEVEL)
    private String level;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "lead_user_id")
    private Long leadUserId;

    @Column(name = "coordinator_user_id")
    private Long coordinatorUserId;

    protected Programme() {
    }

    Programme(String name, HcpcProfession profession, String level, Instant createdAt) {
        this.name = name;
        this.profession = profession;
        this.level = level;
        this.createdAt = createdAt;
    }

    void change(String name, HcpcProfession profession, String level, Long leadUserId, Long coordinatorUserId) {
        this.name = name;
        this.profession = profession;
        this.level = level;
        this.leadUserId = leadUserId;
        this.coordinatorUserId = coordinatorUserId;
    }

    Programme named(Long leadUserId, Long coordinatorUserId) {
        this.leadUserId = leadUserId;
        this.coordinatorUserId = coordinatorUserId;
        return this;
    }

    ProgrammeSummary summary() {
        return new ProgrammeSummary(getId(), name, profession, level);
    }

    ProgrammeDetails details() {
        return new ProgrammeDetails(getId(), name, profession, level, leadUserId, coordinatorUserId);
    }
}
