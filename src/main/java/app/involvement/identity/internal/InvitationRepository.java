package app.involvement.identity.internal;

import app.involvement.identity.PendingInvitation;
import app.involvement.identity.Role;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface InvitationRepository extends JpaRepository<Invitation, Long> {

    Optional<Invitation> findByTokenHash(String tokenHash);

    @Query("select i from Invitation i where i.tenantId = :tenantId and i.email = :email"
            + " and i.acceptedAt is null and i.revokedAt is null")
    List<Invitation> findOpen(Long tenantId, String email);

    @Query("select i from Invitation i where i.tenantId = :tenantId and i.partnerId = :partnerId"
            + " and i.acceptedAt is null and i.revokedAt is null")
    List<Invitation> findOpenForPartner(Long tenantId, Long partnerId);

    @Query("select new app.involvement.identity.PendingInvitation(i.id, i.email, i.role, i.expiresAt)"
            + " from Invitation i where i.tenantId = :tenantId and i.acceptedAt is null and i.revokedAt is null"
            + " and i.expiresAt > :now order by i.createdAt desc")
    List<PendingInvitation> findPending(Long tenantId, Instant now, Pageable pageable);

    @Query("select new app.involvement.identity.PendingInvitation(i.id, i.email, i.role, i.expiresAt)"
            + " from Invitation i where i.tenantId = :tenantId and i.role = :role and i.acceptedAt is null"
            + " and i.revokedAt is null and i.expiresAt > :now order by i.createdAt desc, i.id desc")
    List<PendingInvitation> findPendingInRole(Long tenantId, Role role, Instant now, Pageable pageable);
}
