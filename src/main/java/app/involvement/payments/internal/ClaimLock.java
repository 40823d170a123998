package app.involvement.payments.internal;

import app.involvement.shared.BusinessRuleException;
import app.involvement.tenancy.TenantContext;
import jakarta.persistence.EntityManager;

/**
 * Takes a claim's row lock and reads the claim as it is now, so a change racing another (a second submission, an
 * approval and a rejection at once) waits for it and then sees its result. Native SQL: MariaDB refuses the
 * {@code for update of} Hibernate's MySQL dialect writes for a pessimistic refresh (DD022, DD035). The caller's
 * transaction should run at READ COMMITTED, so the read after the lock includes everything committed before it;
 * under InnoDB's REPEATABLE READ it would see an older snapshot, so a claim whose status moved on meanwhile is
 * refused ("not at that step any more") rather than changed on stale facts.
 */
final class ClaimLock {

    private ClaimLock() {
    }

    static void lock(EntityManager entityManager, PaymentClaim claim) {
        entityManager.flush();
        var now = entityManager.createNativeQuery("select status from payment_claim where id = :id"
                + " and tenant_id = :tenant for update").setParameter("id", claim.getId())
                .setParameter("tenant", TenantContext.require()).getResultList();
        entityManager.refresh(claim);
        if (now.isEmpty() || !claim.getStatus().name().equals(String.valueOf(now.getFirst()))) {
            throw new BusinessRuleException("payments.claim.wrong-step");
        }
    }
}
