package app.involvement.feedback.internal;

import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface PartnerFeedbackRepository extends JpaRepository<PartnerFeedback, Long> {

    Optional<PartnerFeedback> findBySessionIdAndPartnerId(Long sessionId, Long partnerId);

    Optional<PartnerFeedback> findByIdAndSessionId(Long id, Long sessionId);
}
