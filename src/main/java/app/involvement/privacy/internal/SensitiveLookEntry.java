package app.involvement.privacy.internal;

import app.involvement.pool.SensitiveSection;
import app.involvement.privacy.SensitiveLook;
import app.involvement.shared.TenantScopedEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.Instant;

/** A staff member opened a partner's experience categories or access needs. */
@Entity
@Table(name = "privacy_sensitive_look")
class SensitiveLookEntry extends TenantScopedEntity {

    @Column(name = "partner_id", nullable = false)
    private Long partnerId;
    @Column(name = "staff_email", nullable = false)
    private String staffEmail;
    @Column(name = "staff_name")
    private String staffName;
    @Column(name = "staff_role", nullable = false)
    private String staffRole;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private SensitiveSection section;
    @Column(name = "looked_at", nullable = false)
    private Instant lookedAt;

    protected SensitiveLookEntry() {
    }

    SensitiveLookEntry(Long partnerId, String staffEmail, String staffName, String staffRole, SensitiveSection section,
            Instant lookedAt) {
        this.partnerId = partnerId;
        this.staffEmail = staffEmail;
        this.staffName = staffName == null ? null : staffName.substring(0, Math.min(staffName.length(), 200));
        this.staffRole = staffRole;
        this.section = section;
        this.lookedAt = lookedAt;
    }

    SensitiveLook view() {
        return new SensitiveLook(lookedAt, staffName, staffEmail, staffRole, section);
    }
}
