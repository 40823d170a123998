package app.involvement.privacy.internal;

import app.involvement.shared.TenantScopedEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;

/** A partner confirmed they read one version of the provider's notice: who, which version, when. */
@Entity
@Table(name = "privacy_notice_confirmation")
class NoticeConfirmation extends TenantScopedEntity {

    @Column(name = "user_id", nullable = false)
    private Long userId;
    @Column(name = "partner_id")
    private Long partnerId;
    @Column(name = "version_number", nullable = false)
    private int number;
    @Column(name = "confirmed_at", nullable = false)
    private Instant confirmedAt;

    protected NoticeConfirmation() {
    }

    NoticeConfirmation(Long userId, Long partnerId, int number, Instant confirmedAt) {
        this.userId = userId;
        this.partnerId = partnerId;
        this.number = number;
        this.confirmedAt = confirmedAt;
    }

    int getNumber() {
        return number;
    }

    Instant getConfirmedAt() {
        return confirmedAt;
    }
}
