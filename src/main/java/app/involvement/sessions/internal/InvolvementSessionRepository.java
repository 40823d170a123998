package app.involvement.sessions.internal;

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
}
