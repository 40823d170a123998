package app.involvement.sessions.internal;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

/** Tenant-filtered by Hibernate. */
interface SessionExperienceRepository extends JpaRepository<SessionExperience, Long> {

    List<SessionExperience> findBySessionId(Long sessionId);

    void deleteBySessionId(Long sessionId);
}
