package app.involvement.sessions.internal;

import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

/** Tenant-filtered by Hibernate. */
interface SessionDeclarationRepository extends JpaRepository<SessionDeclaration, Long> {

    Optional<SessionDeclaration> findBySessionIdAndPartnerId(Long sessionId, Long partnerId);
}
