package app.involvement.training.internal;

import jakarta.persistence.LockModeType;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

/** Tenant-filtered by Hibernate. */
interface TrainingEventRepository extends JpaRepository<TrainingEvent, Long> {

    /** One small row per session with its bookings counted; {@code mine} counts the given partner's booking. */
    record Row(Long id, Long moduleId, String title, LocalDate heldOn, String startTime, String place, boolean online,
            int places, long booked, long mine) {
    }

    String ROW = "select new app.involvement.training.internal.TrainingEventRepository$Row(e.id, e.moduleId, m.title,"
            + " e.heldOn, e.startTime, e.place, e.online, e.places,"
            + " (select count(b) from TrainingBookingEntry b where b.eventId = e.id),"
            + " (select count(b) from TrainingBookingEntry b where b.eventId = e.id and b.partnerId = :partnerId))"
            + " from TrainingEvent e join TrainingModule m on m.id = e.moduleId";

    @Query(ROW + " where e.moduleId = :moduleId and e.heldOn >= :from order by e.heldOn, e.startTime, e.id")
    List<Row> findUpcomingOfModule(Long moduleId, LocalDate from, Long partnerId, Pageable pageable);

    @Query(ROW + " where e.heldOn >= :from order by e.heldOn, e.startTime, e.id")
    List<Row> findUpcoming(LocalDate from, Long partnerId, Pageable pageable);

    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select e from TrainingEvent e where e.id = :id")
    Optional<TrainingEvent> lockById(Long id);
}
