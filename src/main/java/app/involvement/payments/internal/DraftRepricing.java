package app.involvement.payments.internal;

import app.involvement.payments.ClaimStatus;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
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
        var open = entityManager.createQuery("""
                select c from PaymentClaim c
                where c.status in :open
                and (c.rateCardId = :card or (c.heldOn >= :from and c.heldOn <= :to))
                order by c.id""", PaymentClaim.class)
                .setParameter("open", List.of(ClaimStatus.DRAFT, ClaimStatus.REJECTED))
                .setParameter("card", rateCardId)
                .setParameter("from", from)
                .setParameter("to", to == null ? RateCardRules.LATEST : to)
                .setLockMode(LockModeType.PESSIMISTIC_WRITE)
                .getResultList();
        open.forEach(claim -> claim.price(fees.feeFor(claim.session(), claim.getRoute())));
        return open.size();
    }
}
