package app.involvement.identity.internal;

import app.involvement.shared.BaseEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Duration;
import java.time.Instant;

/** A person's authenticator app: its secret, the last time step used, and the wrong codes in a row. */
@Entity
@Table(name = "second_factor")
class SecondFactor extends BaseEntity {

    @Column(name = "user_id", nullable = false, updatable = false)
    private Long userId;

    @Column(nullable = false, length = 64)
    private String secret;

    @Column(name = "last_used_step", nullable = false)
    private long lastUsedStep;

    @Column(name = "failed_count", nullable = false)
    private int failedCount;

    @Column(name = "locked_until")
    private Instant lockedUntil;

    @Column(name = "enrolled_at", nullable = false)
    private Instant enrolledAt;

    protected SecondFactor() {
    }

    SecondFactor(Long userId, String secret, long usedStep, Instant enrolledAt) {
        this.userId = userId;
        this.secret = secret;
        this.lastUsedStep = usedStep;
        this.enrolledAt = enrolledAt;
    }

    boolean isLockedAt(Instant now) {
        return lockedUntil != null && lockedUntil.isAfter(now);
    }

    /** Counts a wrong code; returns true when this one locked the second step. */
    boolean recordFailure(int maxFailures, Duration lockFor, Instant now) {
        failedCount++;
        if (failedCount >= maxFailures) {
            failedCount = 0;
            lockedUntil = now.plus(lockFor);
            return true;
        }
        return false;
    }

    /** A code of this time step was accepted: it and every earlier step can never be used again. */
    void recordSuccess(long step) {
        lastUsedStep = Math.max(lastUsedStep, step);
        recordSuccess();
    }

    void recordSuccess() {
        failedCount = 0;
        lockedUntil = null;
    }

    Long getUserId() {
        return userId;
    }

    String getSecret() {
        return secret;
    }

    long getLastUsedStep() {
        return lastUsedStep;
    }
}
