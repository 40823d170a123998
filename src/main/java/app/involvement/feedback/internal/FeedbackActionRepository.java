package app.involvement.feedback.internal;

import org.springframework.data.jpa.repository.JpaRepository;

interface FeedbackActionRepository extends JpaRepository<FeedbackAction, Long> {
}
