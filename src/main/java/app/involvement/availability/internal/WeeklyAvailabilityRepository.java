package app.involvement.availability.internal;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

/** Tenant-filtered by Hibernate. */
interface WeeklyAvailabilityRepository extends JpaRepository<WeeklyAvailability, Long> {

    List<WeeklyAvailability> findByPartnerId(Long partnerId);

    /** Locks the partner's row until the transaction ends (native SQL: the tenant is named explicitly). */
    @Query(value = "select id from partner where id = :partnerId and tenant_id = :tenantId for update", nativeQuery = true)
    Long lockPartner(Long partnerId, Long tenantId);

    @Modifying
    @Query("delete from WeeklyAvailability w where w.partnerId = :partnerId")
    void deleteByPartner(Long partnerId);
}
