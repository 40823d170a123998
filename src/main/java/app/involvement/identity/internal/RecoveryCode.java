package app.involvement.identity.internal;

import app.involvement.shared.BaseEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;

/** One single-use recovery code, stored hashed like a password. */
@Entity
@Table(name = "recovery_code")
class RecoveryCode extends BaseEntity {

    @Column(name = "user_id", nullable = false, updatable = false)
    private Long userId;

    @Column(name = "code_hash", nullable = false, updatable = false)
    private String codeHash;

    @Column(name = "used_at")
    private Instant usedAt;

    protected RecoveryCode() {
    }

    RecoveryCode(Long userId, String codeHash) {
        this.userId = userId;
        this.codeHash = codeHash;
    }

    void use(Instant now) {
        usedAt = now;
    }

    String getCodeHash() {
        return codeHash;
    }
}
