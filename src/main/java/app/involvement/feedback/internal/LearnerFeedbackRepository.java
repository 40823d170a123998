package app.involvement.feedback.internal;

import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface LearnerFeedbackRepository extends JpaRepository<LearnerFeedback, Long> {

    Optional<LearnerFeedback> findBySessionId(Long sessionId);
}
