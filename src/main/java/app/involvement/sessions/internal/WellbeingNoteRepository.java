package app.involvement.sessions.internal;

import app.involvement.sessions.WellbeingStage;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

/** Tenant-filtered by Hibernate. */
interface WellbeingNoteRepository extends JpaRepository<WellbeingNote, Long> {

    Optional<WellbeingNote> findBySessionIdAndPartnerIdAndStage(Long sessionId, Long partnerId, WellbeingStage stage);

    List<WellbeingNote> findBySessionIdAndPartnerId(Long sessionId, Long partnerId);
}
