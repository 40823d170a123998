package app.involvement.training.internal;

import java.time.LocalDate;
import java.util.List;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
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

    /**
     * Locks the session's row until the transaction ends; null for an id this provider does not hold (native
     * SQL, as MariaDB refuses Hibernate's "for update of": the tenant is named explicitly).
     */
    @Query(value = "select id from training_event where id = :id and tenant_id = :tenantId for update", nativeQuery = true)
    Long lockById(Long id, Long tenantId);
}
