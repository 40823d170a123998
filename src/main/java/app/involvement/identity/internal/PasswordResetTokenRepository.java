package app.involvement.identity.internal;

import java.time.Instant;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

interface PasswordResetTokenRepository extends JpaRepository<PasswordResetToken, Long> {

    Optional<PasswordResetToken> findByTokenHash(String tokenHash);

    /** Revokes the account's links that are still open, except the one with id {@code keep} (0 keeps none). */
    @Modifying(flushAutomatically = true, clearAutomatically = true)
    @Query("update PasswordResetToken t set t.revokedAt = :now where t.userId = :userId"
            + " and t.usedAt is null and t.revokedAt is null and t.id <> :keep")
    int revokeOpen(Long userId, long keep, Instant now);
}
