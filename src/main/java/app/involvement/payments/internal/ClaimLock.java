package app.involvement.payments.internal;

import app.involvement.tenancy.TenantContext;
import jakarta.persistence.EntityManager;

/**
 * Takes a claim's row lock and reads the claim as it is now, so a change racing another (a second submission, an
 * approval and a rejection at once) waits for it and then sees its result. Native SQL: MariaDB refuses the
 * {@code for update of} Hibernate's MySQL dialect writes for a pessimistic refresh (DD022, DD035). The caller's
 * transaction runs at READ COMMITTED, so the read after the lock includes everything committed before it.
 */
final class ClaimLock {

    private ClaimLock() {
    }

    static void lock(EntityManager entityManager, PaymentClaim claim) {
        entityManager.flush();
        entityManager.createNativeQuery("select id from payment_claim where id = :id and tenant_id = :tenant for update")
                .setParameter("id", claim.getId()).setParameter("tenant", TenantContext.require()).getResultList();
        entityManager.refresh(claim);
    }
}
