package app.involvement.provider.internal;

import app.involvement.provider.ActivityArea;
import app.involvement.provider.ReferenceData;
import app.involvement.shared.TenantScopedEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** A kind of involvement activity, in one of the HCPC's areas. */
@Entity
@Table(name = "activity_type")
class ActivityType extends TenantScopedEntity {

    @Column(nullable = false, length = ReferenceData.NAME_MAX)
    private String name;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(nullable = false, length = 30)
    private ActivityArea area;

    protected ActivityType() {
    }

    ActivityType(String name, ActivityArea area) {
        this.name = name;
        this.area = area;
    }

    String getName() {
        return name;
    }

    ActivityArea getArea() {
        return area;
    }

    void change(String name, ActivityArea area) {
        this.name = name;
        this.area = area;
    }
}
