package app.involvement.feedback.internal;

import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Limit;
import org.springframework.data.jpa.repository.JpaRepository;

interface StaffFeedbackRepository extends JpaRepository<StaffFeedback, Long> {

    Optional<StaffFeedback> findBySessionIdAndAuthorUserId(Long sessionId, Long authorUserId);

    List<StaffFeedback> findBySessionIdOrderByGivenAtAsc(Long sessionId, Limit limit);
}
