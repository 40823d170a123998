package app.involvement.availability.internal;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

/** Tenant-filtered by Hibernate. */
interface DatedAvailabilityRepository extends JpaRepository<DatedAvailability, Long> {

    @Query("select d from DatedAvailability d where d.partnerId = :partnerId and d.endsOn >= :from order by d.startsOn, d.id")
    List<DatedAvailability> findCurrent(Long partnerId, LocalDate from, Pageable pageable);

    @Query("select count(d) > 0 from DatedAvailability d where d.partnerId = :partnerId"
            + " and d.startsOn <= :to and d.endsOn >= :from")
    boolean overlaps(Long partnerId, LocalDate from, LocalDate to);

    @Query("select count(d) from DatedAvailability d where d.partnerId = :partnerId and d.endsOn >= :from")
    long countCurrent(Long partnerId, LocalDate from);

    Optional<DatedAvailability> findByIdAndPartnerId(Long id, Long partnerId);
}
