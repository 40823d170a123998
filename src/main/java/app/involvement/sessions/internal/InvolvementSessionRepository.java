package app.involvement.sessions.internal;

import app.involvement.sessions.SessionStatus;
import app.involvement.shared.BusinessRuleException;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

/** Tenant-filtered by Hibernate (except the native lock, which names the tenant). */
interface InvolvementSessionRepository extends JpaRepository<InvolvementSession, Long> {

    /**
     * Locks the session's row until the transaction ends, so offers on it are answered one at a time; null for an
     * id this provider does not hold. Native SQL, as MariaDB refuses Hibernate's "for update of" (DD022).
     */
    @Query(value = "select id from involvement_session where id = :id and tenant_id = :tenantId for update",
            nativeQuery = true)
    Long lockById(Long id, Long tenantId);

    /** This provider's session; an unknown or tampered id is refused and logged. */
    default InvolvementSession held(Long id, SessionAudit audit) {
        return Optional.ofNullable(id).flatMap(this::findById).orElseThrow(() -> audit.refused("session " + id));
    }

    /** As {@link #held}, and still planned: a cancelled or completed session cannot be changed. */
    default InvolvementSession planned(Long id, SessionAudit audit) {
        var session = held(id, audit);
        if (session.getStatus() != SessionStatus.PLANNED) {
            throw new BusinessRuleException("session.not-planned");
        }
        return session;
    }
}
