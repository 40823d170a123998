package app.involvement.insights.internal;

import app.involvement.insights.PitfallThresholds;
import app.involvement.shared.TenantScopedEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;

/** The provider's pitfall thresholds (one row, made on the lead's first save; defaults until then). */
@Entity
@Table(name = "pitfall_threshold")
class PitfallThresholdEntry extends TenantScopedEntity {

    @Column(name = "reliance_top_partners", nullable = false)
    private int relianceTopPartners;
    @Column(name = "reliance_share_percent", nullable = false)
    private int relianceSharePercent;
    @Column(name = "coverage_percent", nullable = false)
    private int coveragePercent;
    @Column(name = "unevaluated_sessions", nullable = false)
    private int unevaluatedSessions;
    @Column(name = "overdue_actions", nullable = false)
    private int overdueActions;
    @Column(name = "shrink_percent", nullable = false)
    private int shrinkPercent;
    @Column(name = "updated_by", length = 254)
    private String updatedBy;
    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    protected PitfallThresholdEntry() {
    }

    PitfallThresholdEntry(PitfallThresholds thresholds, String by, Instant at) {
        change(thresholds, by, at);
    }

    void change(PitfallThresholds thresholds, String by, Instant at) {
        relianceTopPartners = thresholds.relianceTopPartners();
        relianceSharePercent = thresholds.relianceSharePercent();
        coveragePercent = thresholds.coveragePercent();
        unevaluatedSessions = thresholds.unevaluatedSessions();
        overdueActions = thresholds.overdueActions();
        shrinkPercent = thresholds.shrinkPercent();
        updatedBy = by;
        updatedAt = at;
    }

    PitfallThresholds thresholds() {
        return new PitfallThresholds(relianceTopPartners, relianceSharePercent, coveragePercent, unevaluatedSessions,
                overdueActions, shrinkPercent);
    }
}
