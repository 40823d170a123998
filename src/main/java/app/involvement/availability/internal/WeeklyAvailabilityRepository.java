package app.involvement.availability.internal;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

/** Tenant-filtered by Hibernate. */
interface WeeklyAvailabilityRepository extends JpaRepository<WeeklyAvailability, Long> {

    List<WeeklyAvailability> findByPartnerId(Long partnerId);

    @Modifying
    @Query("delete from WeeklyAvailability w where w.partnerId = :partnerId")
    void deleteByPartner(Long partnerId);
}
