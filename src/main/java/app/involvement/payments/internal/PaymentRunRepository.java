package app.involvement.payments.internal;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface PaymentRunRepository extends JpaRepository<PaymentRun, Long> {

    /** Locks the run row: exporting, adding claims and marking paid are taken one at a time. */
    @Query(value = "select id from payment_run where id = :id and tenant_id = :tenantId for update", nativeQuery = true)
    Long lockById(Long id, Long tenantId);
}
