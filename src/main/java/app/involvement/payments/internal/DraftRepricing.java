package app.involvement.payments.internal;

import app.involvement.payments.ClaimStatus;
import app.involvement.tenancy.TenantContext;
import jakarta.persistence.EntityManager;
import java.time.LocalDate;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * After a rate card is added or changed, the claims still being completed (draft or rejected) that it covers, or
 * that were priced from it before, get their fee or voucher from the cards as they now are. Submitted, approved,
 * authorised and paid claims keep the amounts they were submitted with (DD032). Each claim row is locked, as the
 * claim editor does, so a submission at the same moment is priced either before or after, never half.
 */
@Component
class DraftRepricing {

    private final EntityManager entityManager;
    private final FeeCalculator fees;

    DraftRepricing(EntityManager entityManager, FeeCalculator fees) {
        this.entityManager = entityManager;
        this.fees = fees;
    }

    /** @return how many open claims were priced again */
    int reprice(Long rateCardId, LocalDate from, LocalDate to) {
        // a plain "for update" in native SQL, filtered by tenant explicitly: MariaDB refuses "for update of"
        List<?> ids = entityManager.createNativeQuery("""
                select id from payment_claim
                where tenant_id = :tenant and status in (:open)
                and (rate_card_id = :card or (held_on >= :from and held_on <= :to))
                order by id for update""")
                .setParameter("tenant", TenantContext.require())
                .setParameter("open", List.of(ClaimStatus.DRAFT.name(), ClaimStatus.REJECTED.name()))
                .setParameter("card", rateCardId)
                .setParameter("from", from)
                .setParameter("to", to == null ? RateCardRules.LATEST : to)
                .getResultList();
        for (Object id : ids) {
            var claim = entityManager.find(PaymentClaim.class, ((Number) id).longValue());
            entityManager.refresh(claim);
            claim.price(fees.feeFor(claim.session(), claim.getRoute()));
        }
        return ids.size();
    }
}
