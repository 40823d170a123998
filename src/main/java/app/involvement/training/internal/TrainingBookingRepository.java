package app.involvement.training.internal;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

/** Tenant-filtered by Hibernate. */
interface TrainingBookingRepository extends JpaRepository<TrainingBookingEntry, Long> {

    long countByEventId(Long eventId);

    List<TrainingBookingEntry> findByEventIdOrderById(Long eventId);

    Optional<TrainingBookingEntry> findByEventIdAndPartnerId(Long eventId, Long partnerId);
}
