package app.involvement.provider.internal;

import app.involvement.provider.HcpcProfession;
import app.involvement.provider.ProgrammeLimits;
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

    protected Programme() {
    }

    Programme(String name, HcpcProfession profession, String level, Instant createdAt) {
        this.name = name;
        this.profession = profession;
        this.level = level;
        this.createdAt = createdAt;
    }
}
