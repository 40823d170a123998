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

    /** Sessions of this type need a current risk assessment (DD023). */
    @Column(name = "risk_assessment_required", nullable = false)
    private boolean riskAssessmentRequired;

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

    boolean isRiskAssessmentRequired() {
        return riskAssessmentRequired;
    }

    void requireRiskAssessment(boolean required) {
        this.riskAssessmentRequired = required;
    }

    void change(String name, ActivityArea area) {
        this.name = name;
        this.area = area;
    }
}
