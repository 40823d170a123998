package app.involvement.retention.internal;

import app.involvement.retention.RetentionPeriods;
import app.involvement.shared.TenantScopedEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;

/** The provider's retention periods (one row, made on the lead's first save; defaults until then). */
@Entity
@Table(name = "retention_setting")
class RetentionSettingEntry extends TenantScopedEntity {

    @Column(name = "inactive_partner_months", nullable = false)
    private int inactivePartnerMonths;
    @Column(name = "finance_years", nullable = false)
    private int financeYears;
    @Column(name = "audit_years", nullable = false)
    private int auditYears;
    @Column(name = "sent_mail_days", nullable = false)
    private int sentMailDays;
    @Column(name = "updated_by", length = 254)
    private String updatedBy;
    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    protected RetentionSettingEntry() {
    }

    RetentionSettingEntry(RetentionPeriods periods, String by, Instant at) {
        change(periods, by, at);
    }

    void change(RetentionPeriods periods, String by, Instant at) {
        inactivePartnerMonths = periods.inactivePartnerMonths();
        financeYears = periods.financeYears();
        auditYears = periods.auditYears();
        sentMailDays = periods.sentMailDays();
        updatedBy = by;
        updatedAt = at;
    }

    RetentionPeriods periods() {
        return new RetentionPeriods(inactivePartnerMonths, financeYears, auditYears, sentMailDays);
    }
}
